using System.Net;
using System.Text;
using System.Text.Json;
using Argus.Web.Tests.Support;

namespace Argus.Web.Tests.Routes;

[Collection("server")]
public sealed class MatchRouteTests(ServerFixture fixture)
{
    private RunningServer Server => fixture.Server;

    private const string FirstCase = """{"queries":{"q1":{"schema":"Person","properties":{"name":["Ri Pyeong-chol"],"nationality":["kp"]}}}}""";

    [Fact]
    public async Task The_first_case_gives_UN_KPi_076_first_as_a_match_with_its_explanation()
    {
        var (status, json, _) = await Server.PostJsonAsync("/match/default", FirstCase);
        Assert.Equal(HttpStatusCode.OK, status);
        var q1 = json!.RootElement.GetProperty("responses").GetProperty("q1");
        Assert.Equal(200, q1.GetProperty("status").GetInt32());
        var top = q1.GetProperty("results")[0];
        Assert.Equal("un_sc_sanctions-KPi.076", top.GetProperty("id").GetString());
        Assert.True(top.GetProperty("match").GetBoolean());
        Assert.True(top.GetProperty("score").GetDouble() >= 0.75);
        var name = top.GetProperty("explanations").GetProperty("name");
        foreach (var field in new[] { "score", "detail", "query", "candidate" }) Assert.True(name.TryGetProperty(field, out _), field);
        Assert.Equal("Ri Pyeong-chol", name.GetProperty("query").GetString());
        Assert.Equal("eq", q1.GetProperty("total").GetProperty("relation").GetString());
        Assert.Equal(q1.GetProperty("results").GetArrayLength(), q1.GetProperty("total").GetProperty("value").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Responses_are_keyed_as_sent_and_echo_the_cleaned_query_with_the_callers_id()
    {
        var body = """
            {"queries":{
              "zeta":{"id":"my-1","schema":"Person","properties":{"name":"Ri Pyeong-chol","nationality":"North Korea","birthDate":1948}},
              "alpha":{"schema":"Company","properties":{"name":["Korea Ryonbong General Corporation"],"jurisdiction":["kp"]}}}}
            """;
        var (status, json, _) = await Server.PostJsonAsync("/match/default", body);
        Assert.Equal(HttpStatusCode.OK, status);
        var responses = json!.RootElement.GetProperty("responses");
        Assert.Equal(["zeta", "alpha"], responses.EnumerateObject().Select(p => p.Name).ToArray());
        var query = responses.GetProperty("zeta").GetProperty("query");
        Assert.Equal("my-1", query.GetProperty("id").GetString());
        Assert.Equal("Person", query.GetProperty("schema").GetString());
        var props = query.GetProperty("properties");
        Assert.Equal(["Ri Pyeong-chol"], props.GetProperty("name").EnumerateArray().Select(v => v.GetString()!).ToArray());
        Assert.Equal(["kp"], props.GetProperty("nationality").EnumerateArray().Select(v => v.GetString()!).ToArray());
        Assert.Equal(["1948"], props.GetProperty("birthDate").EnumerateArray().Select(v => v.GetString()!).ToArray());
        Assert.Equal(JsonValueKind.Null, responses.GetProperty("alpha").GetProperty("query").GetProperty("id").ValueKind);
    }

    /// <summary>Bodies in exactly the shapes of yente's models (data/common.py: EntityMatchQuery, EntityExample).</summary>
    [Fact]
    public async Task Bodies_in_the_shapes_of_yentes_models_are_answered()
    {
        var body = """
            {
              "weights": {"name_literal": 0.8},
              "config": {},
              "queries": {
                "entity1": {"id": "my-entity-id", "schema": "Person", "properties": {"name": ["John Doe"], "birthDate": ["1975-04-21"], "nationality": ["us"]}},
                "entity2": {"schema": "Company", "properties": {"name": ["Brilliant Amazing Limited"], "jurisdiction": ["hk"], "registrationNumber": ["84BA99810"]}},
                "entity3": {"schema": "Person", "properties": {"name": "Ri Pyeong-chol", "birthDate": [1948]}},
                "skipped": null
              }
            }
            """;
        var (status, json, response) = await Server.PostJsonAsync("/match/sanctions?limit=3&threshold=0.8&cutoff=0.6&algorithm=best", body);
        Assert.Equal(HttpStatusCode.OK, status);
        var responses = json!.RootElement.GetProperty("responses");
        Assert.Equal(["entity1", "entity2", "entity3"], responses.EnumerateObject().Select(p => p.Name).ToArray());
        foreach (var r in responses.EnumerateObject())
        {
            Assert.Equal(200, r.Value.GetProperty("status").GetInt32());
            Assert.Equal(JsonValueKind.Array, r.Value.GetProperty("results").ValueKind);
            Assert.Equal(JsonValueKind.Object, r.Value.GetProperty("total").ValueKind);
            Assert.True(r.Value.GetProperty("results").GetArrayLength() <= 3);
        }
        var top = responses.GetProperty("entity3").GetProperty("results")[0];
        foreach (var field in new[] { "id", "caption", "schema", "properties", "datasets", "score", "match", "explanations" })
            Assert.True(top.TryGetProperty(field, out _), field);
        Assert.Equal(3, json.RootElement.GetProperty("limit").GetInt32());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_POST_without_a_content_type_is_read_as_JSON()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(FirstCase));
        var (status, json, _) = await Server.SendAsync(Server.Request(HttpMethod.Post, "/match/default", Server.ReadKey, content));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("un_sc_sanctions-KPi.076", json!.RootElement.GetProperty("responses").GetProperty("q1").GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task One_dataset_alone_and_the_dataset_filters()
    {
        var alone = await Server.PostJsonAsync("/match/un_sc_sanctions", FirstCase);
        Assert.Equal(HttpStatusCode.OK, alone.Status);
        Assert.All(Results(alone.Json!), r => Assert.Equal("un_sc_sanctions", r.GetProperty("dataset").GetString()));
        Assert.NotEmpty(Results(alone.Json!));

        var unknownInclude = await Server.PostJsonAsync("/match/default?include_dataset=no_such_list", FirstCase);
        Assert.Equal(HttpStatusCode.OK, unknownInclude.Status);
        Assert.Empty(Results(unknownInclude.Json!));

        var excludeWins = await Server.PostJsonAsync("/match/default?include_dataset=un_sc_sanctions&exclude_dataset=un_sc_sanctions", FirstCase);
        Assert.Empty(Results(excludeWins.Json!));

        var excluded = await Server.PostJsonAsync("/match/default?exclude_entity_ids=un_sc_sanctions-KPi.076", FirstCase);
        Assert.DoesNotContain(Results(excluded.Json!), r => r.GetProperty("id").GetString() == "un_sc_sanctions-KPi.076");

        var noPeople = await Server.PostJsonAsync("/match/default?exclude_schema=Person", FirstCase);
        Assert.All(Results(noPeople.Json!), r => Assert.NotEqual("Person", r.GetProperty("schema").GetString()));

        var otherTopic = await Server.PostJsonAsync("/match/default?topics=crime", FirstCase);
        Assert.Empty(Results(otherTopic.Json!));
        var sanction = await Server.PostJsonAsync("/match/default?topics=sanction", FirstCase);
        Assert.NotEmpty(Results(sanction.Json!));

        var future = await Server.PostJsonAsync("/match/default?changed_since=2999-01-01", FirstCase);
        Assert.DoesNotContain(Results(future.Json!), r => r.GetProperty("id").GetString() == "un_sc_sanctions-KPi.076");
    }

    [Theory]
    [InlineData("/match/default", """{"queries":{"q":{"properties":{"name":["x"]}}}}""", 422)] // no schema
    [InlineData("/match/default", """{"queries":{"q":{"schema":"Person"}}}""", 422)] // no properties
    [InlineData("/match/default", """{"nothing":{}}""", 422)] // no queries
    [InlineData("/match/default", """{"queries":{"a":{"schema":"Person","properties":{"name":["x"]}},"b":{"schema":"Spaceship","properties":{"name":["x"]}}}}""", 400)]
    [InlineData("/match/default", """{"queries":{}}""", 400)]
    [InlineData("/match/default", """{"queries": {""", 400)] // malformed JSON
    [InlineData("/match/default?limit=501", FirstCase, 422)]
    [InlineData("/match/default?limit=abc", FirstCase, 422)]
    [InlineData("/match/default?threshold=2", FirstCase, 422)]
    [InlineData("/match/default?changed_since=yesterday", FirstCase, 422)]
    [InlineData("/match/default?algorithm=nonsense", FirstCase, 400)]
    [InlineData("/match/default?exclude_schema=Spaceship", FirstCase, 400)]
    [InlineData("/match/no_such_dataset", FirstCase, 404)]
    [InlineData("/match/default", """{"config":{"nm_number_mismatch":0.4},"queries":{"q":{"schema":"Person","properties":{"name":["x"]}}}}""", 400)]
    [InlineData("/match/default", """{"weights":{"name":"high"},"queries":{"q":{"schema":"Person","properties":{"name":["x"]}}}}""", 422)]
    public async Task Bad_requests_get_the_status_yente_gives_as_problem_json(string path, string body, int expected)
    {
        var (status, json, response) = await Server.PostJsonAsync(path, body);
        Assert.Equal(expected, (int)status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, json!.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Yentes_algorithm_names_are_read_as_Argus_own()
    {
        var (status, _, _) = await Server.PostJsonAsync("/match/default?algorithm=logic-v1", FirstCase);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    private static IEnumerable<JsonElement> Results(JsonDocument json) =>
        json.RootElement.GetProperty("responses").GetProperty("q1").GetProperty("results").EnumerateArray().ToArray();
}

using System.Net;
using System.Text;
using System.Text.Json;
using Argus.Model;
using Argus.Web.Reconcile;
using Argus.Web.Tests.Support;

namespace Argus.Web.Tests.Routes;

[Collection("server")]
public sealed class ReconcileRouteTests(ServerFixture fixture)
{
    private RunningServer Server => fixture.Server;

    private const string FirstCase = """{"q0": {"query": "Ri Pyeong-chol", "type": "Person", "properties": [{"pid": "birthDate", "v": "1948"}, {"pid": "country", "v": "kp"}]}, "q1": {"query": "Anna Kowalska", "limit": 3}}""";

    private Task<(HttpStatusCode Status, JsonDocument? Json, HttpResponseMessage Response)> PostForm(string path, string field, string value, string? key = null) =>
        Server.SendAsync(Server.Request(HttpMethod.Post, path, key ?? Server.ReadKey, new FormUrlEncodedContent([new(field, value)])));

    private static void AssertFirstCase(JsonDocument json)
    {
        ResponseSchemas.AssertValid("reconciliation-result-batch.json", json.RootElement);
        var first = json.RootElement.GetProperty("q0").GetProperty("result")[0];
        Assert.Equal("un_sc_sanctions-KPi.076", first.GetProperty("id").GetString());
        Assert.True(first.GetProperty("match").GetBoolean());
        Assert.True(json.RootElement.GetProperty("q1").GetProperty("result").GetArrayLength() <= 3);
    }

    [Fact]
    public async Task The_manifest_validates_and_passes_the_key_on_to_every_service()
    {
        var (status, json, _) = await Server.GetAsync($"/reconcile/default?api_key={Server.ReadKey}", key: null);
        Assert.Equal(HttpStatusCode.OK, status);
        ResponseSchemas.AssertValid("reconciliation-manifest.json", json!.RootElement);
        var root = json.RootElement;
        Assert.Equal($"/suggest/entity?api_key={Server.ReadKey}", root.GetProperty("suggest").GetProperty("entity").GetProperty("service_path").GetString());
        Assert.EndsWith("/reconcile/default", root.GetProperty("suggest").GetProperty("entity").GetProperty("service_url").GetString());
        Assert.Contains($"api_key={Server.ReadKey}", root.GetProperty("preview").GetProperty("url").GetString());

        var (plain, manifest, _) = await Server.GetAsync("/reconcile");
        Assert.Equal(HttpStatusCode.OK, plain);
        ResponseSchemas.AssertValid("reconciliation-manifest.json", manifest!.RootElement);
    }

    [Fact]
    public async Task Queries_posted_as_a_form_as_JSON_or_sent_by_GET_find_the_first_case_with_birth_date_and_country()
    {
        var (status, form, response) = await PostForm("/reconcile/default", "queries", FirstCase);
        Assert.Equal(HttpStatusCode.OK, status);
        AssertFirstCase(form!);
        Assert.Equal("2", response.Headers.GetValues("x-batch-size").Single());

        var (s2, json, _) = await Server.PostJsonAsync("/reconcile/default", $$"""{"queries": {{FirstCase}}}""");
        Assert.Equal(HttpStatusCode.OK, s2);
        AssertFirstCase(json!);

        var (s3, bare, _) = await Server.PostJsonAsync("/reconcile", FirstCase);
        Assert.Equal(HttpStatusCode.OK, s3);
        AssertFirstCase(bare!);

        var (s4, get, _) = await Server.GetAsync("/reconcile/un_sc_sanctions?queries=" + Uri.EscapeDataString(FirstCase));
        Assert.Equal(HttpStatusCode.OK, s4);
        AssertFirstCase(get!);
    }

    [Fact]
    public async Task A_dataset_scopes_the_queries_and_the_suggestions()
    {
        var (_, other, _) = await PostForm("/reconcile/us_ofac_sdn", "queries", FirstCase);
        Assert.DoesNotContain(other!.RootElement.GetProperty("q0").GetProperty("result").EnumerateArray(), r => r.GetProperty("id").GetString()!.StartsWith("un_sc_sanctions-"));
        var (_, inUn, _) = await Server.GetAsync("/reconcile/un_sc_sanctions/suggest/entity?prefix=pyong");
        ResponseSchemas.AssertValid("reconciliation-suggest.json", inUn!.RootElement);
        Assert.Contains(inUn.RootElement.GetProperty("result").EnumerateArray(), r => r.GetProperty("id").GetString() == "un_sc_sanctions-KPi.076");
        var (_, inOfac, _) = await Server.GetAsync("/reconcile/us_ofac_sdn/suggest/entity?prefix=pyong");
        Assert.All(inOfac!.RootElement.GetProperty("result").EnumerateArray(), r => Assert.StartsWith("us_ofac_sdn-", r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Types_properties_and_extension_are_suggested_and_validate()
    {
        var (_, types, _) = await Server.GetAsync("/reconcile/default/suggest/type?prefix=pers");
        ResponseSchemas.AssertValid("reconciliation-suggest.json", types!.RootElement);
        Assert.Equal("Person", types.RootElement.GetProperty("result")[0].GetProperty("id").GetString());
        var (_, props, _) = await Server.GetAsync("/reconcile/default/suggest/property?prefix=birth");
        ResponseSchemas.AssertValid("reconciliation-suggest.json", props!.RootElement);
        Assert.Equal("birthDate", props.RootElement.GetProperty("result")[0].GetProperty("id").GetString());
        var (_, proposed, _) = await Server.GetAsync("/reconcile/default/extend/property?type=Person");
        Assert.Equal("Person", proposed!.RootElement.GetProperty("type").GetString());
        Assert.Contains(proposed.RootElement.GetProperty("properties").EnumerateArray(), p => p.GetProperty("id").GetString() == "birthDate");

        var (status, extended, response) = await PostForm("/reconcile/default", "extend", """{"ids": ["un_sc_sanctions-KPi.076", "nobody-1"], "properties": [{"id": "birthDate"}, {"id": "nationality"}]}""");
        Assert.Equal(HttpStatusCode.OK, status);
        ResponseSchemas.AssertValid("reconciliation-extend.json", extended!.RootElement);
        var row = extended.RootElement.GetProperty("rows").GetProperty("un_sc_sanctions-KPi.076");
        Assert.Contains("1948", row.GetProperty("birthDate")[0].GetProperty("str").GetString());
        Assert.Equal("kp", row.GetProperty("nationality")[0].GetProperty("str").GetString());
        Assert.Equal("2", response.Headers.GetValues("x-batch-size").Single());
    }

    [Fact]
    public async Task The_preview_is_an_HTML_card_of_the_entity()
    {
        var response = await Server.Client.SendAsync(Server.Request(HttpMethod.Get, "/reconcile/default/preview?id=un_sc_sanctions-KPi.076", Server.ReadKey));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("KPi.076", html);
        Assert.Contains("1948", html);
    }

    [Fact]
    public void The_preview_escapes_every_value()
    {
        var e = new WatchlistEntity
        {
            Id = "x-<b>", Dataset = "x", Reference = "\"r\"", Schema = EntitySchema.Person, Caption = "<script>alert(1)</script>",
            Programs = ["A & B"],
        };
        var html = PreviewCard.Of(e);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("A &amp; B", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Theory]
    [InlineData("/reconcile/nowhere", "queries", "{\"q0\": {\"query\": \"Kim\"}}", 404, "No such dataset")]
    [InlineData("/reconcile/default", "nothing", "x", 400, "No queries or extend")]
    [InlineData("/reconcile/default", "queries", "{\"q0\": ", 400, "not valid JSON")]
    [InlineData("/reconcile/default", "queries", "{\"q0\": {\"query\": \"Kim\", \"type\": \"Planet\"}}", 400, "unknown type 'Planet'")]
    [InlineData("/reconcile/default", "queries", "{\"q0\": {\"query\": \"Kim\", \"properties\": [{\"pid\": \"birthDate\", \"v\": \"soon\"}]}}", 400, "birthDate 'soon'")]
    [InlineData("/reconcile/default?algorithm=nope", "queries", "{\"q0\": {\"query\": \"Kim\"}}", 400, "Invalid algorithm")]
    [InlineData("/reconcile/default", "extend", "{\"ids\": [\"x\"], \"properties\": [{\"id\": \"shoeSize\"}]}", 400, "unknown property 'shoeSize'")]
    [InlineData("/reconcile/default", "extend", "[", 400, "Cannot decode extend")]
    public async Task A_bad_request_is_a_problem_saying_what_to_fix(string path, string field, string value, int expected, string says)
    {
        var (status, json, response) = await PostForm(path, field, value);
        Assert.Equal(expected, (int)status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(says, json!.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task More_than_a_hundred_queries_are_refused()
    {
        var many = "{" + string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"q{i}\": {{\"query\": \"Kim\"}}")) + "}";
        var (status, json, _) = await PostForm("/reconcile/default", "queries", many);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("limit: 100", json!.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/reconcile/default/preview?id=nobody-1", 404)]
    [InlineData("/reconcile/default/preview", 422)]
    [InlineData("/reconcile/default/extend/property?type=Planet", 400)]
    [InlineData("/reconcile/default/suggest/entity?prefix=kim&limit=many", 422)]
    [InlineData("/reconcile/nowhere/suggest/type", 404)]
    public async Task Bad_service_calls_get_a_clear_4xx(string path, int expected)
    {
        var (status, _, _) = await Server.GetAsync(path);
        Assert.Equal(expected, (int)status);
    }

    [Fact]
    public async Task Reconciliation_needs_a_key_as_the_other_read_routes()
    {
        var (status, _, _) = await Server.GetAsync("/reconcile/default", key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        var (revoked, _, _) = await Server.SendAsync(Server.Request(HttpMethod.Post, "/reconcile/default", Server.RevokedKey, new FormUrlEncodedContent([new("queries", FirstCase)])));
        Assert.Equal(HttpStatusCode.Unauthorized, revoked);
        var big = new StringContent("queries=" + new string('a', 2 << 20), Encoding.UTF8, "application/x-www-form-urlencoded");
        var (tooBig, _, _) = await Server.SendAsync(Server.Request(HttpMethod.Post, "/reconcile/default", Server.ReadKey, big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig);
    }
}

using System.Net;
using Argus.Web.Tests.Support;

namespace Argus.Web.Tests.Routes;

/// <summary>The real responses of the yente-compatible routes validate against the schemas written from yente's models.</summary>
[Collection("server")]
public sealed class YenteSchemaTests(ServerFixture fixture)
{
    private RunningServer Server => fixture.Server;

    static YenteSchemaTests() => ResponseSchemas.Get("yente-entity.json"); // referenced by the others: registered first

    [Theory]
    [InlineData("/healthz", "yente-healthz.json")]
    [InlineData("/readyz", "yente-healthz.json")]
    [InlineData("/catalog", "yente-catalog.json")]
    [InlineData("/algorithms", "yente-algorithms.json")]
    [InlineData("/entities/un_sc_sanctions-KPi.076", "yente-entity.json")]
    [InlineData("/search/default?q=Ri+Pyong&limit=5", "yente-search-response.json")]
    public async Task A_read_route_answers_in_yentes_shape(string path, string schema)
    {
        var (status, json, _) = await Server.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        ResponseSchemas.AssertValid(schema, json!.RootElement);
    }

    [Fact]
    public async Task A_match_answers_in_yentes_shape()
    {
        var (status, json, _) = await Server.PostJsonAsync("/match/default", """{"queries": {"q1": {"schema": "Person", "properties": {"name": ["Ri Pyeong-chol"], "birthDate": ["1948"]}}}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        ResponseSchemas.AssertValid("yente-match-response.json", json!.RootElement);
        Assert.NotEqual(0, json.RootElement.GetProperty("responses").GetProperty("q1").GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void The_schemas_catch_a_wrong_shape()
    {
        Assert.False(ResponseSchemas.IsValid("yente-match-response.json", """{"responses": {"q1": {"status": 200, "results": [{"id": "x", "caption": "y", "schema": "Person", "properties": {}, "score": "high", "match": true, "explanations": {}}], "total": {"value": 1, "relation": "eq"}, "query": {"schema": "Person", "properties": {}}}}, "limit": 5}"""));
        Assert.False(ResponseSchemas.IsValid("yente-search-response.json", """{"results": [], "facets": {}, "total": {"value": -1, "relation": "eq"}, "limit": 5, "offset": 0}"""));
    }
}

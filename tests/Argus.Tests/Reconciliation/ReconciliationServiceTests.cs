using System.Text.Json;
using System.Text.Json.Nodes;
using Argus.Matching;
using Argus.Reconciliation;
using Argus.Storage;
using Argus.Tests.Support;
using Json.Schema;

namespace Argus.Tests.Reconciliation;

public class ReconciliationServiceTests
{
    private static readonly Lazy<ScreeningIndex> Index = new(() =>
        ScreeningIndex.Build(ActiveLists.LoadSamples(Path.Combine(TestPaths.Samples, "lists")).Entities));

    // A schema with an $id is registered once per process: each file is read once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new();

    private static JsonSchema Schema(string name) =>
        Schemas.GetOrAdd(name, n => JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "schemas", n))));

    private static void AssertValid(string schema, JsonNode node)
    {
        using var doc = JsonDocument.Parse(node.ToJsonString());
        var result = Schema(schema).Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_manifest_validates_and_names_the_services()
    {
        var manifest = ReconciliationService.Manifest("UN Security Council Consolidated List", "http://127.0.0.1:5000/reconcile/default", "?api_key=k");
        AssertValid("reconciliation-manifest.json", manifest);
        Assert.Equal("/suggest/entity?api_key=k", (string?)manifest["suggest"]!["entity"]!["service_path"]);
        Assert.Contains("Person", manifest["defaultTypes"]!.AsArray().Select(t => (string?)t!["id"]));
    }

    [Fact]
    public void A_batch_is_answered_per_key_with_the_listed_entry_first_and_validates()
    {
        var service = new ReconciliationService(Index.Value);
        var response = service.Reconcile("""
            {"q0": {"query": "Ri Pyong Chol", "type": "Person", "properties": [{"pid": "birthDate", "v": "1948"}, {"pid": "country", "v": ["kp"]}]},
             "q1": {"query": "Nobody Whatsoever Xyzzy", "limit": 3}}
            """, []);
        AssertValid("reconciliation-result-batch.json", response);
        Assert.Equal(["q0", "q1"], response.Select(p => p.Key));
        var first = response["q0"]!["result"]![0]!;
        Assert.Equal("un_sc_sanctions-KPi.076", (string?)first["id"]);
        Assert.True((bool)first["match"]!);
        Assert.True(response["q1"]!["result"]!.AsArray().Count <= 3);
    }

    [Fact]
    public void A_schema_that_does_not_hold_the_wrong_shape_is_caught()
    {
        using var doc = JsonDocument.Parse("""{"q0": {"result": [{"id": "x", "name": "y", "score": "high"}]}}""");
        Assert.False(Schema("reconciliation-result-batch.json").Evaluate(doc.RootElement).IsValid);
    }

    [Theory]
    [InlineData("[1]", "JSON object")]
    [InlineData("{\"q0\": ", "not valid JSON")]
    [InlineData("{\"q0\": {\"query\": \"\"}}", "\"query\"")]
    [InlineData("{\"q0\": {\"query\": \"Kim\", \"type\": \"Planet\"}}", "unknown type 'Planet'")]
    [InlineData("{\"q0\": {\"query\": \"Kim\", \"limit\": 0}}", "limit")]
    [InlineData("{\"q0\": {\"query\": \"Kim\", \"properties\": [{\"pid\": \"shoeSize\", \"v\": \"9\"}]}}", "unknown property 'shoeSize'")]
    [InlineData("{\"q0\": {\"query\": \"Kim\", \"properties\": [{\"pid\": \"birthDate\", \"v\": \"soon\"}]}}", "birthDate 'soon'")]
    public void A_bad_query_is_refused_saying_what_to_fix(string queries, string expected)
    {
        var e = Assert.Throws<ReconciliationException>(() => new ReconciliationService(Index.Value).Reconcile(queries, []));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void More_queries_than_the_batch_limit_are_refused()
    {
        var many = new JsonObject();
        for (var i = 0; i <= ReconciliationService.MaxBatch; i++) many["q" + i] = new JsonObject { ["query"] = "Kim" };
        var e = Assert.Throws<ReconciliationException>(() => new ReconciliationService(Index.Value).Reconcile(many.ToJsonString(), []));
        Assert.Contains("limit: 100", e.Message);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Argus.Reconciliation;
using Argus.Storage;
using Argus.Tests.Support;
using Json.Schema;

namespace Argus.Tests.Reconciliation;

public class ReconciliationSuggestTests
{
    private static readonly Lazy<ReconciliationSuggest> Suggest = new(() =>
        new ReconciliationSuggest(ActiveLists.LoadSamples(Path.Combine(TestPaths.Samples, "lists")).Entities));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new();

    private static void AssertValid(string name, JsonNode node)
    {
        var schema = Schemas.GetOrAdd(name, n => JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "schemas", n))));
        using var doc = JsonDocument.Parse(node.ToJsonString());
        Assert.True(schema.Evaluate(doc.RootElement).IsValid, node.ToJsonString());
    }

    [Fact]
    public void Entities_are_suggested_by_the_prefix_of_any_word_of_a_name()
    {
        var answer = Suggest.Value.Entities("pyong", 50);
        AssertValid("reconciliation-suggest.json", answer);
        var ids = answer["result"]!.AsArray().Select(r => (string?)r!["id"]).ToList();
        Assert.Contains("un_sc_sanctions-KPi.076", ids);
        Assert.Equal("pyong", (string?)answer["prefix"]);
        Assert.Empty(Suggest.Value.Entities("zzqqxx")["result"]!.AsArray());
    }

    [Fact]
    public void Types_and_properties_are_suggested_by_prefix_and_validate()
    {
        var types = ReconciliationSuggest.TypesFor("pe");
        AssertValid("reconciliation-suggest.json", types);
        Assert.Equal(["Person"], types["result"]!.AsArray().Select(t => (string?)t!["id"]));
        var props = ReconciliationSuggest.PropertiesFor("birth");
        AssertValid("reconciliation-suggest.json", props);
        Assert.Equal(["birthDate"], props["result"]!.AsArray().Select(t => (string?)t!["id"]));
    }

    [Fact]
    public void Extend_gives_the_values_of_each_property_per_id_with_the_limit_and_validates()
    {
        var request = JsonNode.Parse("""
            {"ids": ["un_sc_sanctions-KPi.076", "nobody-1"],
             "properties": [{"id": "birthDate"}, {"id": "alias", "settings": {"limit": 1}}, {"id": "dataset"}]}
            """)!.AsObject();
        var answer = Suggest.Value.Extend(request);
        AssertValid("reconciliation-extend.json", answer);
        var row = answer["rows"]!["un_sc_sanctions-KPi.076"]!;
        Assert.Contains("1948", row["birthDate"]![0]!["str"]!.GetValue<string>());
        Assert.Single(row["alias"]!.AsArray());
        Assert.Equal("un_sc_sanctions", (string?)row["dataset"]![0]!["str"]);
        Assert.Empty(answer["rows"]!["nobody-1"]!.AsObject());
        Assert.Equal(["birthDate", "alias", "dataset"], answer["meta"]!.AsArray().Select(m => (string?)m!["id"]));
    }

    [Fact]
    public void Extend_with_an_unknown_property_says_which_there_are()
    {
        var e = Assert.Throws<ReconciliationException>(() => Suggest.Value.Extend(JsonNode.Parse("""{"ids": ["x"], "properties": [{"id": "shoeSize"}]}""")!.AsObject()));
        Assert.Contains("unknown property 'shoeSize'", e.Message);
        Assert.Contains("birthDate", e.Message);
    }

    [Fact]
    public void Proposed_properties_name_the_type()
    {
        var p = ReconciliationSuggest.ProposeProperties("Person");
        Assert.Equal("Person", (string?)p["type"]);
        Assert.Contains("birthDate", p["properties"]!.AsArray().Select(x => (string?)x!["id"]));
    }
}

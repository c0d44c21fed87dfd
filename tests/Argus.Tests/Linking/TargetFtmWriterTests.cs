using System.Text.Json;
using Argus.Linking;
using Argus.Model;
using Argus.Tests.Support;
using Xunit;

namespace Argus.Tests.Linking;

public sealed class TargetFtmWriterTests
{
    private static WatchlistEntity Person(string dataset, string reference, string name, string dob, string? unRef = null) =>
        LinkFixtures.Person(dataset, reference, name, dob, unRef: unRef);

    private static List<JsonElement> Export(IEnumerable<Target> targets)
    {
        using var buffer = new MemoryStream();
        TargetFtmWriter.Write(targets, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private static string[] Values(JsonElement entity, string property) =>
        entity.GetProperty("properties").TryGetProperty(property, out var p) ? p.EnumerateArray().Select(v => v.GetString()!).ToArray() : [];

    [Fact]
    public void A_target_is_one_entity_with_its_members_as_referents_and_every_value_any_member_states()
    {
        // The UK entry cites the UN reference (a link that does not compare facts) and states another year of birth.
        var links = LinkSet.Build([
            Person(Datasets.UkHmt, "13572", "RI Pyong Chol", "1949", unRef: "KPi.076"),
            Person(Datasets.UnSc, "KPi.076", "RI PYONG CHOL", "1948"),
            Person(Datasets.OfacSdn, "9", "KIM Il", "1950"),
        ]);
        var lines = Export(links.Targets);
        Assert.Equal(2, lines.Count);
        var ri = lines.Single(l => l.GetProperty("id").GetString() == "un_sc_sanctions-KPi.076");
        Assert.Equal(["un_sc_sanctions-KPi.076", "gb_hmt_sanctions-13572"], ri.GetProperty("referents").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["un_sc_sanctions", "gb_hmt_sanctions"], ri.GetProperty("datasets").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["1948", "1949"], Values(ri, "birthDate"));
        Assert.Equal(["RI PYONG CHOL", "RI Pyong Chol"], Values(ri, "name"));
        // A value both members state is kept once.
        Assert.Equal(["sanction"], Values(ri, "topics"));
        Assert.Equal("UN KPi.076 · UK 13572", ri.GetProperty("argus").GetProperty("lists").GetString());

        var kim = lines.Single(l => l.GetProperty("id").GetString() == "us_ofac_sdn-9");
        Assert.Equal(["us_ofac_sdn-9"], kim.GetProperty("referents").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["1950"], Values(kim, "birthDate"));
    }

    [SharedDataFact]
    public void On_the_official_lists_every_entry_is_a_referent_of_exactly_one_exported_target()
    {
        var entities = new[] { OfficialLists.Un, OfficialLists.Uk, OfficialLists.Au, OfficialLists.Ca, OfficialLists.OfacSdn }.SelectMany(l => l.Entities).ToList();
        var links = LinkSet.Build(entities);
        var lines = Export(links.Targets);
        Assert.Equal(links.Targets.Count, lines.Count);
        var referents = lines.SelectMany(l => l.GetProperty("referents").EnumerateArray().Select(r => r.GetString()!)).ToList();
        Assert.Equal(entities.Count, referents.Count);
        Assert.Equal(entities.Select(e => e.Id).Order(StringComparer.Ordinal), referents.Order(StringComparer.Ordinal));

        var ri = lines.Single(l => l.GetProperty("id").GetString() == "un_sc_sanctions-KPi.076");
        Assert.Contains(ri.GetProperty("referents").EnumerateArray(), r => r.GetString()!.StartsWith("gb_hmt_sanctions-", StringComparison.Ordinal));
        Assert.Contains(ri.GetProperty("referents").EnumerateArray(), r => r.GetString()!.StartsWith("us_ofac_sdn-", StringComparison.Ordinal));
        var members = links.Find("un_sc_sanctions-KPi.076")!.Entities;
        // Every name any member states is in the merged entity.
        foreach (var name in members.SelectMany(m => m.Names.Where(n => n.Kind == NameKind.Primary)).Select(n => n.Full).Where(n => !string.IsNullOrWhiteSpace(n)))
            Assert.Contains(name, Values(ri, "name"));
    }
}

using System.Text;
using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Sources;

public class FtmJsonTests
{
    /// <summary>Every fact of an entity, in a form two entities can be compared by.</summary>
    internal static string Facts(WatchlistEntity e)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{e.Id}|{e.Dataset}|{e.Reference}|{e.Schema}|{e.Caption}|{e.Gender}|{e.ListingDate}|{e.ModifiedAt}");
        foreach (var n in e.Names) sb.AppendLine($"name {n.Full}|{n.Kind}|{n.Given}|{n.Middle}|{n.Father}|{n.Family}|{n.Language}");
        sb.AppendLine("dob " + string.Join(",", e.BirthDates));
        foreach (var p in e.BirthPlaces) sb.AppendLine($"pob {p.Text}|{p.Country}");
        sb.AppendLine("nat " + string.Join(",", e.Nationalities) + " ctry " + string.Join(",", e.Countries));
        foreach (var i in e.Identifiers) sb.AppendLine($"id {i.Type}|{i.Number}|{i.Country}|{i.Note}");
        foreach (var a in e.Addresses) sb.AppendLine($"addr {a.Full}|{a.City}|{a.Country}");
        sb.AppendLine("prog " + string.Join("; ", e.Programs) + " pos " + string.Join("; ", e.Positions) + " notes " + string.Join("; ", e.Notes));
        foreach (var (k, v) in e.Extra.OrderBy(kv => kv.Key, StringComparer.Ordinal)) sb.AppendLine($"extra {k}={string.Join("|", v)}");
        return sb.ToString();
    }

    internal static ListSnapshot RoundTrip(IEnumerable<WatchlistEntity> entities, string name = "export.ftm.json")
    {
        using var buffer = new MemoryStream();
        FtmWriter.Write(entities, buffer);
        var source = ListSource.FromBytes(name, buffer.ToArray());
        Assert.Equal("ftm-json", ListFormats.Detect(source).Name);
        return ListFormats.Read(source);
    }

    private static WatchlistEntity Handmade() => new()
    {
        Id = "un_sc_sanctions-KPi.076",
        Dataset = Datasets.UnSc,
        Reference = "KPi.076",
        Schema = EntitySchema.Person,
        Caption = "RI PYONG CHUL",
        Names =
        [
            new EntityName("RI PYONG CHUL") { Given = "PYONG CHUL", Family = "RI" },
            new EntityName("Ri Pyong Chol", NameKind.Alias),
            new EntityName("Ri Pyo'ng-ch'o'l", NameKind.WeakAlias),
            new EntityName("리병철", NameKind.OriginalScript) { Language = "ko" },
        ],
        BirthDates = [new FuzzyDate(new PartialDate(1948)), new FuzzyDate(new PartialDate(1955), new PartialDate(1958), Circa: true)],
        BirthPlaces = [new Place("Pyongyang, DPRK", "kp")],
        Nationalities = ["kp"],
        Countries = ["kp"],
        Gender = "male",
        Identifiers = [new Identifier(IdentifierTypes.Passport, "745120026", "kp", "diplomatic")],
        Addresses = [new Address("Pyongyang, Democratic People's Republic of Korea", "Pyongyang", "kp")],
        Programs = ["DPRK"],
        Positions = ["Marshal"],
        ListingDate = new PartialDate(2017, 12, 22),
        Notes = ["Alternate Member of the Political Bureau"],
        Extra = new Dictionary<string, IReadOnlyList<string>> { ["unReference"] = ["KPi.076"], ["title"] = ["Marshal"] },
    };

    [Fact]
    public void Written_entities_read_back_with_the_same_facts()
    {
        var original = Handmade();
        var back = Assert.Single(RoundTrip([original]).Entities);
        Assert.Equal(Facts(original), Facts(back));
    }

    [Fact]
    public void The_export_uses_ftm_property_names_that_other_tools_read()
    {
        var line = FtmWriter.ToLine(Handmade());
        var json = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
        Assert.Equal("Person", (string?)json["schema"]);
        Assert.Equal("un_sc_sanctions-KPi.076", (string?)json["id"]);
        var props = json["properties"]!.AsObject();
        Assert.Equal("RI PYONG CHUL", (string?)props["name"]![0]);
        Assert.Equal(["Ri Pyong Chol", "리병철"], props["alias"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("Ri Pyo'ng-ch'o'l", (string?)props["weakAlias"]![0]);
        Assert.Equal(["1948", "1955", "1958"], props["birthDate"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("745120026", (string?)props["passportNumber"]![0]);
        Assert.Equal("sanction", (string?)props["topics"]![0]);
        Assert.Equal("un_sc_sanctions", (string?)json["datasets"]![0]);
        Assert.DoesNotContain('\n', line);
    }

    [SharedDataFact]
    public void Opensanctions_entities_are_read_with_their_dataset_and_resolved_addresses()
    {
        var s = ListFormats.Read(ListSource.FromFile(TestPaths.Shared("ftm", "t1.entities.ftm.json")));
        Assert.Equal("eu_fsf", s.Dataset);
        Assert.Equal(6, s.Entities.Count);
        Assert.Equal(4, s.CountsBySchema()["Person"]);
        Assert.Equal(2, s.CountsBySchema()["Organization"]);
        var kuzmenko = s.Entities.Single(e => e.Reference == "NK-2Ka3UvopqbpZmVDFjWd4LA");
        Assert.Equal("eu_fsf-NK-2Ka3UvopqbpZmVDFjWd4LA", kuzmenko.Id);
        Assert.Equal("Vitaly Yurievich KUZMENKO", kuzmenko.Caption);
        Assert.Contains(kuzmenko.Names, n => n.Full == "Виталий Юрьевич КУЗЬМЕНКО");
        Assert.Equal([new FuzzyDate(new PartialDate(1971, 1, 22))], kuzmenko.BirthDates);
        Assert.Equal(["ru"], kuzmenko.Nationalities);
        Assert.Equal("male", kuzmenko.Gender);
        Assert.Contains(kuzmenko.Identifiers, i => i.Type == IdentifierTypes.TaxId && i.Number == "366510784303");
        Assert.Contains("eu-fsf-eu-11179-96", kuzmenko.Extra["referents"]);
        var tobacco = s.Entities.Single(e => e.Reference == "NK-2GdmHtZTeNXjNVrBGEXZNj");
        Assert.Equal(["by"], tobacco.Countries);
        Assert.Contains(tobacco.Identifiers, i => i.Type == IdentifierTypes.Registration && i.Number == "808000714");
    }

    [SharedDataFact]
    public void A_graph_file_screens_people_and_companies_and_counts_the_rest()
    {
        var s = ListFormats.Read(ListSource.FromFile(TestPaths.Shared("ftm", "zala.entities.ftm.json")));
        Assert.Equal("zala", s.Dataset);
        Assert.Equal(6, s.CountsBySchema()["Person"]);
        Assert.Equal(11, s.CountsBySchema()["Company"]);
        Assert.Contains(s.Warnings, w => w.Contains("14 Ownership", StringComparison.Ordinal) && w.Contains("4 Family", StringComparison.Ordinal));
        Assert.Contains(s.Entities, e => e.Programs.Count > 0);
        Assert.Contains(s.Entities, e => e.Addresses.Count > 0);
    }

    [SharedDataFact]
    public void A_delta_alone_is_refused_and_applies_to_the_previous_version()
    {
        var delta = ListSource.FromFile(TestPaths.Shared("ftm", "t2.entities.delta.json"));
        Assert.Equal("ftm-json", ListFormats.Detect(delta).Name);
        var e = Assert.Throws<ListFormatException>(() => ListFormats.Read(delta));
        Assert.Contains("delta", e.Problem);
        Assert.Contains("t2.entities.delta.json", e.Message);

        var previous = ListFormats.Read(ListSource.FromFile(TestPaths.Shared("ftm", "t1.entities.ftm.json")));
        var next = FtmDelta.Apply(previous, delta);
        Assert.Equal(8, next.Entities.Count);
        Assert.Equal(6, previous.Entities.Count);
        Assert.Contains(next.Entities, x => x.Caption == "AL-QAIDA IN IRAQ" && x.Names.Any(n => n.Full == "ISIL"));
        Assert.Empty(next.Warnings);
    }

    [Fact]
    public void Delta_operations_modify_and_delete_by_id()
    {
        var previous = RoundTrip([Handmade()]);
        var lines = new[]
        {
            """{"op":"MOD","entity":{"id":"un_sc_sanctions-KPi.076","schema":"Person","properties":{"name":["RI PYONG CHOL"]},"datasets":["un_sc_sanctions"]}}""",
            """{"op":"ADD","entity":{"id":"un_sc_sanctions-KPi.038","schema":"Person","properties":{"name":["CHO CHUN RYONG"]},"datasets":["un_sc_sanctions"]}}""",
            """{"op":"DEL","entity":{"id":"un_sc_sanctions-KPi.999"}}""",
        };
        var next = FtmDelta.Apply(previous, ListSource.FromBytes("d.delta.json", Encoding.UTF8.GetBytes(string.Join("\n", lines))));
        Assert.Equal(["RI PYONG CHOL", "CHO CHUN RYONG"], next.Entities.Select(e => e.Caption));
        Assert.Single(next.Warnings, w => w.Contains("line 3") && w.Contains("DEL"));
        var deleted = FtmDelta.Apply(next, ListSource.FromBytes("d2.delta.json", Encoding.UTF8.GetBytes("""{"op":"DEL","entity":{"id":"un_sc_sanctions-KPi.038"}}""")));
        Assert.Equal(["RI PYONG CHOL"], deleted.Entities.Select(e => e.Caption));
        var bad = Assert.Throws<ListFormatException>(() => FtmDelta.Apply(next, ListSource.FromBytes("d3.delta.json", Encoding.UTF8.GetBytes("""{"op":"PATCH","entity":{"id":"x"}}"""))));
        Assert.Contains("line 1", bad.Location);
    }

    [Fact]
    public void A_truncated_line_refuses_the_file_and_names_the_line()
    {
        var text = FtmWriter.ToLine(Handmade()) + "\n" + FtmWriter.ToLine(Handmade() with { Id = "un_sc_sanctions-KPi.038", Reference = "KPi.038" })[..80];
        var e = Assert.Throws<ListFormatException>(() => ListFormats.Read(ListSource.FromBytes("cut.ftm.json", Encoding.UTF8.GetBytes(text))));
        Assert.StartsWith("line 2", e.Location);
    }
}

public class FtmRoundTripOfOtherListsTests
{
    [SharedDataFact]
    public void Un_and_ofac_entities_export_to_ftm_and_read_back_with_the_same_facts()
    {
        foreach (var list in new[] { OfficialLists.Un, OfficialLists.OfacSdn })
        {
            var back = FtmJsonTests.RoundTrip(list.Entities, list.Dataset + ".ftm.json");
            Assert.Equal(list.Dataset, back.Dataset);
            var expected = list.Entities.Select(FtmJsonTests.Facts).ToList();
            var actual = back.Entities.Select(FtmJsonTests.Facts).ToList();
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i], actual[i]);
        }
    }
}

using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Sources;

/// <summary>The official SEMA XML, parsed once for the class.</summary>
public sealed class CaSemaRealList
{
    public CaSemaRealList()
    {
        if (TestPaths.SharedData is null) return;
        var source = ListSource.FromFile(TestPaths.Shared("lists", "ca", "sema-lmes.xml"));
        Format = ListFormats.Detect(source);
        Snapshot = OfficialLists.Ca;
    }

    public IListFormat? Format { get; }
    public ListSnapshot? Snapshot { get; }
}

public class CaSemaRealListTests(CaSemaRealList list) : IClassFixture<CaSemaRealList>
{
    private ListSnapshot Snapshot => list.Snapshot!;

    private WatchlistEntity ByReference(string reference) => Snapshot.Entities.Single(e => e.Reference == reference);

    [SharedDataFact]
    public void The_file_is_detected_by_content_and_holds_4759_records_with_unique_keys()
    {
        Assert.Equal("ca-sema-xml", list.Format!.Name);
        Assert.Equal(Datasets.CaSema, Snapshot.Dataset);
        Assert.Equal(4759, Snapshot.Entities.Count);
        Assert.Empty(Snapshot.Warnings);
        var counts = Snapshot.CountsBySchema();
        Assert.Equal(3334, counts["Person"]);
        Assert.Equal(1316, counts["Organization"]);
        Assert.Equal(109, counts["Vessel"]);
        Assert.Equal(new DateTimeOffset(2025, 3, 20, 0, 0, 0, TimeSpan.Zero), Snapshot.Published);
    }

    [SharedDataFact]
    public void Putin_is_keyed_by_regime_schedule_and_item_and_has_his_cyrillic_name()
    {
        var e = ByReference("russia-1-part-1-503");
        Assert.Equal("ca_dfatd_sema_sanctions-russia-1-part-1-503", e.Id);
        Assert.Equal(EntitySchema.Person, e.Schema);
        Assert.Equal("Vladimir Vladimirovich PUTIN", e.Caption);
        Assert.Equal("PUTIN", e.Names[0].Family);
        Assert.Equal("Vladimir Vladimirovich", e.Names[0].Given);
        Assert.Contains(e.Names, n => n.Full == "Владимир Владимирович Путин" && n.Kind == NameKind.OriginalScript);
        Assert.Equal([new FuzzyDate(new PartialDate(1952))], e.BirthDates);
        Assert.Equal(["Russia"], e.Programs);
        Assert.Equal(["ru"], e.Extra["sanctionsCountry"]);
        Assert.Empty(e.Nationalities);
        Assert.Equal(new PartialDate(2022, 2, 28), e.ListingDate);
    }

    [SharedDataFact]
    public void Belarusian_records_take_the_english_part_of_the_country()
    {
        var e = ByReference("belarus-1-part-1-8");
        Assert.Equal("Aleksandr Grigoryevich Lukashenko", e.Caption);
        Assert.Equal([new FuzzyDate(new PartialDate(1954, 8, 30))], e.BirthDates);
        Assert.Equal(["Belarus"], e.Programs);
        Assert.Equal(["by"], e.Extra["sanctionsCountry"]);
    }

    [SharedDataFact]
    public void Ships_have_imo_numbers_and_organisations_their_regime_country()
    {
        var ships = Snapshot.Entities.Where(e => e.Schema == EntitySchema.Vessel).ToList();
        Assert.All(ships, s => Assert.Contains(s.Identifiers, i => i.Type == IdentifierTypes.Imo && i.Number.Length == 7 && i.Number.All(char.IsAsciiDigit)));
        var org = Snapshot.Entities.First(e => e.Caption.StartsWith("Belarusski Avtomobilnyi Zavod", StringComparison.Ordinal));
        Assert.Equal(EntitySchema.Organization, org.Schema);
        Assert.Equal(["by"], org.Countries);
    }

    [SharedDataFact]
    public void Free_text_aliases_are_split_into_names()
    {
        var iran = Snapshot.Entities.First(e => e.Names.Any(n => n.Full == "Iran Aircraft Manufacturing Company"));
        Assert.Contains(iran.Names, n => n.Full == "HESA");
        Assert.Contains(iran.Names, n => n.Full == "Karkhanejate Sanaye Havapaymaie Iran");
        var split = Snapshot.Entities.First(e => e.Names.Any(n => n.Full == "Alexander Piatrovich Vetsenevich"));
        Assert.Contains(split.Names, n => n.Full == "Александр Петрович Ветеневич" && n.Kind == NameKind.OriginalScript);
        var regime = Snapshot.Entities.Where(e => e.Programs.Any(p => p.StartsWith("Justice for Victims", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(regime);
        Assert.All(regime, e => Assert.StartsWith("jvcfor-", e.Reference));
    }

    [SharedDataFact]
    public void Every_target_exports_to_ftm_and_reads_back_with_the_same_facts()
    {
        var back = FtmJsonTests.RoundTrip(Snapshot.Entities, Snapshot.Dataset + ".ftm.json");
        Assert.Equal(Snapshot.Dataset, back.Dataset);
        Assert.Equal(Snapshot.Entities.Select(FtmJsonTests.Facts), back.Entities.Select(FtmJsonTests.Facts));
    }
}

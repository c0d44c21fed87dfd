using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Sources;

/// <summary>The official OFSI workbook, parsed once for the class.</summary>
public sealed class UkOfsiRealList
{
    public UkOfsiRealList()
    {
        if (TestPaths.SharedData is null) return;
        var source = ListSource.FromFile(TestPaths.Shared("lists", "uk", "ConList.xlsx"));
        Format = ListFormats.Detect(source);
        Snapshot = OfficialLists.Uk;
    }

    public IListFormat? Format { get; }
    public ListSnapshot? Snapshot { get; }

    public WatchlistEntity ByGroup(string groupId) => Snapshot!.Entities.Single(e => e.Reference == groupId);
}

public class UkOfsiRealListTests(UkOfsiRealList list) : IClassFixture<UkOfsiRealList>
{
    private ListSnapshot Snapshot => list.Snapshot!;

    [SharedDataFact]
    public void The_workbook_is_detected_by_content_and_holds_4688_targets()
    {
        Assert.Equal("uk-ofsi-xlsx", list.Format!.Name);
        Assert.Equal(Datasets.UkHmt, Snapshot.Dataset);
        Assert.Equal(new DateTimeOffset(2025, 4, 14, 0, 0, 0, TimeSpan.Zero), Snapshot.Published);
        Assert.Equal(4688, Snapshot.Entities.Count);
        var counts = Snapshot.CountsBySchema();
        Assert.Equal(3663, counts["Person"]);
        Assert.Equal(1010, counts["Organization"]);
        Assert.Equal(15, counts["Vessel"]);
        Assert.Empty(Snapshot.Warnings);
        Assert.Equal(Snapshot.Entities.Count, Snapshot.Entities.Select(e => e.Id).Distinct().Count());
    }

    [SharedDataFact]
    public void Ri_Pyong_Chul_group_carries_his_names_birth_year_nationality_and_references()
    {
        var e = list.ByGroup("13572");
        Assert.Equal("gb_hmt_sanctions-13572", e.Id);
        Assert.Equal(EntitySchema.Person, e.Schema);
        Assert.Equal("RI PYONG CHUL", e.Caption);
        Assert.Contains(e.Names, n => n.Full == "Ri PYONG CHOL" && n.Kind == NameKind.Alias);
        Assert.Contains(e.Names, n => n.Full == "Ri PYO'NG-CH'O'L");
        Assert.Equal([new FuzzyDate(new PartialDate(1948))], e.BirthDates);
        Assert.Equal(["kp"], e.Nationalities);
        Assert.Equal("male", e.Gender);
        Assert.Equal(["DPR0266"], e.Extra["ukSanctionsRef"]);
        Assert.Equal(["KPi.076"], e.Extra["unReference"]);
        Assert.Contains("Democratic People's Republic of Korea", e.Programs);
        Assert.Equal(new PartialDate(2017, 12, 22), e.ListingDate);
        Assert.Equal(new PartialDate(2024, 9, 20), e.ModifiedAt);
    }

    [SharedDataFact]
    public void Putin_group_has_full_date_of_birth_and_cyrillic_name()
    {
        var e = list.ByGroup("14196");
        Assert.Equal("Vladimir Vladimirovich PUTIN", e.Caption);
        var primary = e.Names.First(n => n.Kind == NameKind.Primary);
        Assert.Equal("Vladimir", primary.Given);
        Assert.Equal("Vladimirovich", primary.Middle);
        Assert.Equal("PUTIN", primary.Family);
        Assert.Contains(e.Names, n => n.Full == "Владимир Владимирович Путин" && n.Kind == NameKind.OriginalScript);
        Assert.Equal([new FuzzyDate(new PartialDate(1952, 10, 7))], e.BirthDates);
        Assert.Equal("ru", Assert.Single(e.BirthPlaces).Country);
        Assert.Equal(["ru"], e.Nationalities);
        Assert.Equal(["RUS0251"], e.Extra["ukSanctionsRef"]);
        Assert.Contains("President of the Russian Federation", e.Positions);
    }

    [SharedDataFact]
    public void Several_dates_of_birth_of_one_target_are_all_kept()
    {
        var multi = Snapshot.Entities.Where(e => e.BirthDates.Count > 1).ToList();
        Assert.True(multi.Count > 100, $"only {multi.Count} targets with several dates of birth");
        Assert.All(Snapshot.Entities.Where(e => e.Schema == EntitySchema.Person), e => Assert.Contains(e.Names, n => n.Kind == NameKind.Primary || n.Kind == NameKind.Alias));
    }

    [SharedDataFact]
    public void Low_quality_akas_are_weak_aliases_and_ships_have_imo_numbers()
    {
        Assert.True(Snapshot.Entities.Count(e => e.Names.Any(n => n.Kind == NameKind.WeakAlias)) > 100);
        var ships = Snapshot.Entities.Where(e => e.Schema == EntitySchema.Vessel).ToList();
        Assert.All(ships, s => Assert.Contains(s.Identifiers, i => i.Type == IdentifierTypes.Imo && i.Number.All(char.IsAsciiDigit)));
    }

    [SharedDataFact]
    public void Passport_enumerations_become_one_identifier_each()
    {
        var e = Snapshot.Entities.First(x => x.Identifiers.Count(i => i.Type == IdentifierTypes.Passport) >= 14);
        Assert.Contains(e.Identifiers, i => i.Number == "A-333602");
        Assert.Contains(e.Identifiers, i => i.Number == "KC-285901");
        Assert.DoesNotContain(e.Identifiers, i => i.Number.Contains("(2)"));
    }

    [SharedDataFact]
    public void Most_un_listed_targets_cite_their_un_reference()
    {
        var withUn = Snapshot.Entities.Count(e => e.Extra.ContainsKey("unReference"));
        Assert.InRange(withUn, 500, 1000);
        Assert.All(Snapshot.Entities.Where(e => e.Extra.ContainsKey("unReference")).SelectMany(e => e.Extra["unReference"]),
            r => Assert.Matches(@"^[A-Z]{2}[ie]\.\d{3}$", r));
        // One group (15878) states no UK Sanctions List Ref in the 2025-04-14 file.
        Assert.Equal(4687, Snapshot.Entities.Count(e => e.Extra.TryGetValue("ukSanctionsRef", out var r) && r.Count == 1));
        Assert.Contains("CDi.037", Snapshot.Entities.SelectMany(e => e.Extra.GetValueOrDefault("unReference") ?? []));
    }

    [SharedDataFact]
    public void Every_target_exports_to_ftm_and_reads_back_with_the_same_facts()
    {
        var back = FtmJsonTests.RoundTrip(Snapshot.Entities, Snapshot.Dataset + ".ftm.json");
        Assert.Equal(Snapshot.Dataset, back.Dataset);
        var expected = Snapshot.Entities.Select(FtmJsonTests.Facts).ToList();
        var actual = back.Entities.Select(FtmJsonTests.Facts).ToList();
        for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i], actual[i]);
        Assert.Equal(expected.Count, actual.Count);
    }
}

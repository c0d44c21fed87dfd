using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Sources;

/// <summary>The official DFAT workbook, parsed once for the class.</summary>
public sealed class AuDfatRealList
{
    public AuDfatRealList()
    {
        if (TestPaths.SharedData is null) return;
        var source = ListSource.FromFile(TestPaths.Shared("lists", "au", "regulation8_consolidated.xlsx"));
        Format = ListFormats.Detect(source);
        Snapshot = OfficialLists.Au;
    }

    public IListFormat? Format { get; }
    public ListSnapshot? Snapshot { get; }

    public WatchlistEntity ByReference(string reference) => Snapshot!.Entities.Single(e => e.Reference == reference);
}

public class AuDfatRealListTests(AuDfatRealList list) : IClassFixture<AuDfatRealList>
{
    private ListSnapshot Snapshot => list.Snapshot!;

    [SharedDataFact]
    public void The_workbook_is_detected_by_content_and_holds_3062_targets()
    {
        Assert.Equal("au-dfat-xlsx", list.Format!.Name);
        Assert.Equal(Datasets.AuDfat, Snapshot.Dataset);
        Assert.Equal(3062, Snapshot.Entities.Count);
        var counts = Snapshot.CountsBySchema();
        Assert.Equal(2316, counts["Person"]);
        Assert.Equal(746, counts["Organization"]);
        Assert.Empty(Snapshot.Warnings);
        Assert.Equal(new DateTimeOffset(2024, 11, 11, 0, 0, 0, TimeSpan.Zero), Snapshot.Published);
    }

    [SharedDataFact]
    public void Reference_3443_joins_its_alias_rows()
    {
        var e = list.ByReference("3443");
        Assert.Equal("au_dfat_sanctions-3443", e.Id);
        Assert.Equal(EntitySchema.Person, e.Schema);
        Assert.Equal("Ri Pyong Chul", e.Caption);
        Assert.Contains(e.Names, n => n.Full == "Ri Pyo'ng-ch'o'l" && n.Kind == NameKind.Alias);
        Assert.Contains(e.Names, n => n.Full == "Ri Pyong Chol" && n.Kind == NameKind.Alias);
        Assert.Equal(3, e.Names.Count);
        Assert.Equal([new FuzzyDate(new PartialDate(1948))], e.BirthDates);
        Assert.Equal(["kp"], e.Nationalities);
        Assert.Equal("male", e.Gender);
        Assert.Equal(["1718 (DPRK)"], e.Programs);
        Assert.Equal(new PartialDate(2017, 12, 22), e.ListingDate);
    }

    [SharedDataFact]
    public void Reference_3208_is_cho_chun_ryong_alias_jo()
    {
        var e = list.ByReference("3208");
        Assert.Equal("Cho Chun Ryong", e.Caption);
        Assert.Contains(e.Names, n => n.Full == "Jo Chun Ryong" && n.Kind == NameKind.Alias);
        Assert.Equal([new FuzzyDate(new PartialDate(1960, 4, 4))], e.BirthDates);
        Assert.Equal(["kp"], e.Nationalities);
        Assert.Equal(new PartialDate(2016, 11, 30), e.ListingDate);
    }

    [SharedDataFact]
    public void Putin_6678_has_his_birth_date_from_an_excel_serial_and_birth_place()
    {
        var e = list.ByReference("6678");
        Assert.Equal("Vladimir Vladimirovich PUTIN", e.Caption);
        Assert.Equal([new FuzzyDate(new PartialDate(1952, 10, 7))], e.BirthDates);
        var place = Assert.Single(e.BirthPlaces);
        Assert.Equal("Saint Petersburg, Russia", place.Text);
        Assert.Equal("ru", place.Country);
        Assert.Contains("President of the Russian Federation", e.Notes);
        Assert.Equal(["Autonomous (Russia)"], e.Programs);
    }

    [SharedDataFact]
    public void Approximate_ranges_and_several_dates_of_birth_are_kept()
    {
        var e = list.ByReference("2");
        Assert.Equal("MOHAMMAD HASSAN AKHUND", e.Caption);
        Assert.Equal(
            [new FuzzyDate(new PartialDate(1955), new PartialDate(1958), Circa: true), new FuzzyDate(new PartialDate(1945), new PartialDate(1950), Circa: true)],
            e.BirthDates);
        Assert.Equal(["af"], e.Nationalities);
        Assert.Contains("TAi.024", list.ByReference("11").Extra["citedUnReference"]);
    }

    [SharedDataFact]
    public void Original_script_names_and_most_birth_dates_are_read()
    {
        Assert.True(Snapshot.Entities.Count(e => e.Names.Any(n => n.Kind == NameKind.OriginalScript)) > 100);
        var people = Snapshot.Entities.Where(e => e.Schema == EntitySchema.Person).ToList();
        var withDob = people.Count(e => e.BirthDates.Count > 0);
        Assert.True(withDob > people.Count * 0.8, $"{withDob} of {people.Count} people have a date of birth");
        Assert.All(people.SelectMany(e => e.BirthDates), d => Assert.InRange(d.Start.Year, 1900, 2024));
        var withNationality = people.Count(e => e.Nationalities.Count > 0);
        Assert.True(withNationality > people.Count * 0.6, $"{withNationality} of {people.Count} people have a nationality");
    }

    [SharedDataFact]
    public void Every_target_exports_to_ftm_and_reads_back_with_the_same_facts()
    {
        var back = FtmJsonTests.RoundTrip(Snapshot.Entities, Snapshot.Dataset + ".ftm.json");
        Assert.Equal(Snapshot.Dataset, back.Dataset);
        Assert.Equal(Snapshot.Entities.Select(FtmJsonTests.Facts), back.Entities.Select(FtmJsonTests.Facts));
    }
}

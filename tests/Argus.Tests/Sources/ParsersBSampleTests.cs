using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Sources;

/// <summary>The hand-written samples of the UK, Australian, Canadian, EU and FollowTheMoney formats.</summary>
public class ParsersBSampleTests
{
    private static string Sample(params string[] parts) => Path.Combine([TestPaths.Samples, "lists", .. parts]);

    private static ListSnapshot Read(params string[] parts) => ListFormats.Read(ListSource.FromFile(Sample(parts)));

    private static string AuWorkbook => Sample("au", "regulation8_consolidated.xlsx");

    [Fact]
    public void The_australian_sample_workbook_holds_the_rows_of_its_text_source()
    {
        var source = MinimalXlsx.ReadTsv(AuWorkbook + ".txt");
        if (Environment.GetEnvironmentVariable("ARGUS_WRITE_SAMPLES") == "1")
            File.WriteAllBytes(AuWorkbook, MinimalXlsx.Write(source));
        var rows = SpreadsheetRows.Read(ListSource.FromFile(AuWorkbook)).ToList();
        Assert.Equal(source.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
            Assert.Equal(source[i].Select(c => c.Trim()), rows[i].Cells.Take(source[i].Count));
    }

    [Fact]
    public void Uk_csv_sample_holds_eight_groups_of_23_rows()
    {
        var s = Read("uk", "ConList.csv");
        Assert.Equal("uk-ofsi-csv", s.Format);
        Assert.Equal(Datasets.UkHmt, s.Dataset);
        Assert.Equal(new DateTimeOffset(2025, 4, 14, 0, 0, 0, TimeSpan.Zero), s.Published);
        Assert.Equal(8, s.Entities.Count);
        Assert.Equal((4, 3, 1), (s.CountsBySchema()["Person"], s.CountsBySchema()["Organization"], s.CountsBySchema()["Vessel"]));
        Assert.Empty(s.Warnings);
        var ri = s.Entities.Single(e => e.Reference == "13572");
        Assert.Equal("RI PYONG CHUL", ri.Caption);
        Assert.Equal(["KPi.076"], ri.Extra["unReference"]);
        Assert.Equal(2, ri.Positions.Count);
        var baghdadi = s.Entities.Single(e => e.Reference == "12157");
        Assert.Equal("Ibrahim Awwad Ibrahim ALI AL-BADRI AL-SAMARRAI", baghdadi.Caption);
        Assert.Contains(baghdadi.Names, n => n.Full == "Abu Bakr AL-BAGHDADI" && n.Kind == NameKind.WeakAlias);
        Assert.Equal(["iq", "sy"], baghdadi.Countries);
        Assert.Equal(["iq"], baghdadi.Nationalities);
        // "(1) Samarra (2) -" with "(1) Iraq (2) Iraq": two places, the second known only by its country.
        Assert.Equal(["Samarra, Iraq", "Iraq"], baghdadi.BirthPlaces.Select(p => p.Text));
        Assert.Contains(baghdadi.Identifiers, i => i.Type == IdentifierTypes.NationalId && i.Number == "0134852" && i.Note == "Ration card");
        var ship = s.Entities.Single(e => e.Schema == EntitySchema.Vessel);
        Assert.Equal("CHON MYONG 1", ship.Caption);
        Assert.Contains(ship.Identifiers, i => i.Type == IdentifierTypes.Imo && i.Number == "8712362");
        Assert.Equal(["North Korea"], ship.Extra["flag"]);
        Assert.Equal(["kp"], ship.Countries);
    }

    [Fact]
    public void The_uk_csv_sample_read_as_a_workbook_gives_the_same_entities()
    {
        var csv = Read("uk", "ConList.csv");
        var rows = SpreadsheetRowsOfCsv(Sample("uk", "ConList.csv"));
        var source = ListSource.FromBytes("ConList.xlsx", MinimalXlsx.Write(rows, "Data"));
        Assert.Equal("uk-ofsi-xlsx", ListFormats.Detect(source).Name);
        var xlsx = ListFormats.Read(source);
        Assert.Equal(csv.Entities.Select(FtmJsonTests.Facts), xlsx.Entities.Select(FtmJsonTests.Facts));
    }

    private static List<IReadOnlyList<string>> SpreadsheetRowsOfCsv(string path)
    {
        using var reader = Sylvan.Data.Csv.CsvDataReader.Create(path, new Sylvan.Data.Csv.CsvDataReaderOptions { HasHeaders = false, ResultSetMode = Sylvan.Data.Csv.ResultSetMode.SingleResult });
        var rows = new List<IReadOnlyList<string>>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.RowFieldCount).Select(reader.GetString).ToArray());
        return rows;
    }

    [Fact]
    public void Au_sample_workbook_holds_seven_targets()
    {
        var source = ListSource.FromFile(AuWorkbook);
        Assert.Equal("au-dfat-xlsx", ListFormats.Detect(source).Name);
        var s = ListFormats.Read(source);
        Assert.Equal(7, s.Entities.Count);
        Assert.Equal((6, 1), (s.CountsBySchema()["Person"], s.CountsBySchema()["Organization"]));
        Assert.Empty(s.Warnings);
        var ri = s.Entities.Single(e => e.Reference == "3443");
        Assert.Equal(["Ri Pyong Chul", "Ri Pyo'ng-ch'o'l", "Ri Pyong Chol"], ri.Names.Select(n => n.Full));
        var lavrov = s.Entities.Single(e => e.Reference == "6679");
        Assert.Equal([new FuzzyDate(new PartialDate(1950, 3, 21))], lavrov.BirthDates);
        var baghdadi = s.Entities.Single(e => e.Reference == "2546");
        Assert.Equal(["iq"], baghdadi.Nationalities);
        Assert.Contains(baghdadi.Names, n => n.Kind == NameKind.OriginalScript);
        Assert.Equal(2, baghdadi.Addresses.Count);
        var aqi = s.Entities.Single(e => e.Reference == "526");
        Assert.Equal(EntitySchema.Organization, aqi.Schema);
        Assert.Equal(4, aqi.Names.Count);
        Assert.Equal(new PartialDate(2004, 10, 18), aqi.ListingDate);
    }

    [Fact]
    public void Ca_sample_holds_seven_records()
    {
        var s = Read("ca", "sema-lmes.xml");
        Assert.Equal(7, s.Entities.Count);
        Assert.Equal((4, 2, 1), (s.CountsBySchema()["Person"], s.CountsBySchema()["Organization"], s.CountsBySchema()["Vessel"]));
        var ship = s.Entities.Single(e => e.Schema == EntitySchema.Vessel);
        Assert.Equal("russia-1-1-1", ship.Reference);
        Assert.Equal(["1980"], ship.Extra["buildDate"]);
        Assert.Empty(ship.BirthDates);
        var maduro = s.Entities.Single(e => e.Caption == "Nicolás MADURO MOROS");
        Assert.Equal("jvcfor-1", maduro.Reference);
        Assert.False(maduro.Extra.ContainsKey("sanctionsCountry"));
        Assert.Equal(13, s.Entities.Single(e => e.Reference == "iran-1-part-1-25").Names.Count);
    }

    [Fact]
    public void Eu_sample_holds_thirteen_entries_with_multilingual_names_and_approximate_dates()
    {
        var s = Read("eu", "fsf.xml");
        Assert.Equal(13, s.Entities.Count);
        Assert.Equal((8, 4, 1), (s.CountsBySchema()["Person"], s.CountsBySchema()["Organization"], s.CountsBySchema()["Vessel"]));
        var agha = s.Entities.Single(e => e.Reference == "EU.358.35");
        Assert.Equal([new FuzzyDate(new PartialDate(1958), Circa: true), new FuzzyDate(new PartialDate(1953), Circa: true)], agha.BirthDates);
        Assert.Equal(["TAi.091"], agha.Extra["unReference"]);
        Assert.Equal(["af"], agha.Nationalities);
        var soyko = s.Entities.Single(e => e.Reference == "EU.7562.53");
        Assert.Equal(("Komsomolskaya, BELARUS", "by"), (soyko.BirthPlaces[0].Text, soyko.BirthPlaces[0].Country));
        Assert.Contains(soyko.Names, n => n.Full == "Віктар Уладзіміравіч СОЙКА" && n.Language == "be");
        Assert.Equal(["Colonel"], soyko.Extra["title"]);
        var ship = s.Entities.Single(e => e.Schema == EntitySchema.Vessel);
        Assert.Equal("90001", ship.Reference);
        Assert.Contains(ship.Identifiers, i => i.Type == IdentifierTypes.Imo && i.Number == "8712362");
        var tobacco = s.Entities.Single(e => e.Reference == "EU.8282.49");
        Assert.Contains(tobacco.Identifiers, i => i.Type == IdentifierTypes.Registration && i.Number == "808000714" && i.Country == "by");
    }

    [Fact]
    public void Ftm_sample_holds_four_targets_with_their_sanction_programmes()
    {
        var s = Read("ftm", "entities.ftm.json");
        Assert.Equal("sanctions", s.Dataset);
        Assert.Equal(4, s.Entities.Count);
        var kim = s.Entities.Single(e => e.Reference == "ofac-20157");
        Assert.Equal("Kim Jong Un", kim.Caption);
        Assert.Equal(["DPRK3"], kim.Programs);
        Assert.Equal([new FuzzyDate(new PartialDate(1984, 1, 8))], kim.BirthDates);
        Assert.Equal(["role.pep"], kim.Extra["topics"]);
        var kpa = s.Entities.Single(e => e.Reference == "ofac-22284");
        Assert.Equal("Pyongyang, North Korea", Assert.Single(kpa.Addresses).Full);
        // Address and Sanction entities are folded into the targets, so nothing is left unscreened.
        Assert.Empty(s.Warnings);
        var putin = s.Entities.Single(e => e.Reference == "ofac-35096");
        Assert.Equal("Vladimirovich", putin.Names[0].Father);
    }

    [Fact]
    public void Every_sample_exports_to_ftm_and_reads_back_with_the_same_facts()
    {
        foreach (var parts in new[] { new[] { "uk", "ConList.csv" }, ["ca", "sema-lmes.xml"], ["eu", "fsf.xml"], ["ftm", "entities.ftm.json"], ["au", "regulation8_consolidated.xlsx"] })
        {
            var s = Read(parts);
            var back = FtmJsonTests.RoundTrip(s.Entities, s.Dataset + ".ftm.json");
            Assert.Equal(s.Entities.Select(FtmJsonTests.Facts), back.Entities.Select(FtmJsonTests.Facts));
        }
    }
}

using System.Text;
using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Sources;

/// <summary>Reads the real OFAC consolidated (non-SDN) XML once for all tests of the class.</summary>
public sealed class OfacXmlFixture
{
    private readonly Lazy<ListSnapshot> _cons = new(() => SnapshotAssertions.ReadShared("ofac", "consolidated.xml"));
    public ListSnapshot Cons => _cons.Value;
}

public class OfacXmlFormatTests(OfacXmlFixture fixture) : IClassFixture<OfacXmlFixture>
{
    private ListSnapshot Cons => fixture.Cons;

    [SharedDataFact]
    public void The_consolidated_file_holds_its_record_count()
    {
        Assert.Equal(Datasets.OfacCons, Cons.Dataset);
        Assert.Equal("ofac-xml", Cons.Format);
        Assert.Equal(443, Cons.Entities.Count);
        Assert.Equal(new Dictionary<string, int> { ["Organization"] = 363, ["Person"] = 80 }, Cons.CountsBySchema().ToDictionary());
        Assert.Equal(new DateTimeOffset(2025, 3, 28, 0, 0, 0, TimeSpan.Zero), Cons.Published);
        SnapshotAssertions.AssertWellFormed(Cons);
    }

    [SharedDataFact]
    public void A_person_with_parts_aliases_birth_and_place()
    {
        var e = Cons.Entity("9639");
        Assert.Equal("us_ofac_cons-9639", e.Id);
        Assert.Equal("HANIYA, Ismail Abdul Salah", e.Caption);
        Assert.Equal("HANIYA", e.Names[0].Family);
        Assert.Equal("Ismail Abdul Salah", e.Names[0].Given);
        Assert.Contains("HANIYYA, Ismaeel", e.NamesOf(NameKind.Alias));
        Assert.Equal(["1962"], e.BirthDates.Select(d => d.ToString()));
        Assert.Equal("Shati", Assert.Single(e.BirthPlaces).Text);
        Assert.Equal(["NS-PLC"], e.Programs);
    }

    [SharedDataFact]
    public void Weak_akas_gender_and_nationality()
    {
        var e = Cons.Entity("9647");
        Assert.Contains("ZAHAR, Mahmoud", e.NamesOf(NameKind.WeakAlias));
        Assert.Contains("AL ZAHAR, Mahmoud Khaled", e.NamesOf(NameKind.Alias));
        Assert.Equal("male", e.Gender);
        Assert.Equal(["ps"], e.Nationalities);
        Assert.Equal(["NS-PLC", "SDGT"], e.Programs);
        Assert.Contains("HAMAS", e.Extra("linkedTo"));
    }

    [SharedDataFact]
    public void A_citizen_with_passport_and_exact_birth_date()
    {
        var e = Cons.Entity("26182");
        Assert.Equal(["tr"], e.Nationalities);
        Assert.Equal(["1980-02-08"], e.BirthDates.Select(d => d.ToString()));
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.Passport && i.Number == "U00242309" && i.Country == "tr");
    }

    [SharedDataFact]
    public void A_bank_with_swift_code_previous_names_and_addresses()
    {
        var e = Cons.Entity("15268");
        Assert.Equal("BANK OF KUNLUN CO LTD", e.Caption);
        Assert.Equal(EntitySchema.Organization, e.Schema);
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.SwiftBic && i.Number == "CKLBCNBJ");
        Assert.Contains("KARAMAY URBAN CREDIT COOPERATIVES", e.NamesOf(NameKind.PreviousName));
        Assert.Contains(e.Addresses, a => a.City == "Beijing" && a.Country == "cn" && a.Full.StartsWith("9 Dongzhimen North Street", StringComparison.Ordinal));
        Assert.Equal(["cn"], e.Countries);
        Assert.Equal(33, Cons.Entities.Count(x => x.Identifiers.Any(i => i.Type == IdentifierTypes.SwiftBic)));
    }

    [SharedDataFact]
    public void Registration_tax_and_lei_numbers_are_identifiers_and_directives_are_notes()
    {
        var e = Cons.Entity("17013");
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.Registration && i.Number == "1027739609391" && i.Country == "ru");
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.TaxId && i.Number == "7702070139");
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.Lei && i.Number == "253400V1H6ART1UQ0N98");
        Assert.Contains("www.vtb.com", e.Extra("website"));
        Assert.Contains(e.Notes, n => n.StartsWith("Executive Order 13662 Directive Determination", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Martelly_50476()
    {
        var e = Cons.Entity("50476");
        Assert.Equal("MARTELLY, Michel Joseph", e.Caption);
        Assert.Equal(["ht"], e.Nationalities);
        Assert.Equal(["1961-02-12"], e.BirthDates.Select(d => d.ToString()));
        Assert.Equal("ht", Assert.Single(e.BirthPlaces).Country);
        Assert.Contains("Sweet Micky", e.NamesOf(NameKind.WeakAlias));
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.NationalId && i.Number == "0032768386" && i.Country == "ht");
    }

    [SharedDataFact]
    public void A_chinese_military_company_keeps_its_securities_facts_as_notes()
    {
        var e = Cons.Entity("30882");
        Assert.Equal("CHINA TELECOM CORPORATION LIMITED", e.Caption);
        Assert.Equal(["CMIC-EO13959"], e.Programs);
        Assert.Contains(e.Notes, n => n.StartsWith("Listing Date (CMIC)", StringComparison.Ordinal));
        Assert.Equal(80, Cons.Entities.Count(x => x.Schema == EntitySchema.Person));
        Assert.Equal(78, Cons.Entities.Count(x => x.Programs.Contains("NS-PLC")));
    }

    [Theory]
    [InlineData("SDN.XML", 50, "us_ofac_sdn")]
    [InlineData("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML", 50, "us_ofac_sdn")]
    [InlineData("CONSOLIDATED.XML", 20000, "us_ofac_cons")]
    [InlineData("consolidated.xml", 443, "us_ofac_cons")]
    [InlineData("download.xml", 443, "us_ofac_cons")]
    [InlineData("download.xml", 17000, "us_ofac_sdn")]
    public void Sdn_and_consolidated_are_told_apart(string name, int count, string dataset) =>
        Assert.Equal(dataset, OfacXmlFormat.DatasetFor(name, count));

    [Fact]
    public void The_sample_reads_with_the_same_code()
    {
        var s = SnapshotAssertions.ReadSample("ofac", "consolidated.xml");
        Assert.Equal(Datasets.OfacCons, s.Dataset);
        SnapshotAssertions.AssertWellFormed(s);
        Assert.Equal(new Dictionary<string, int> { ["Organization"] = 8, ["Person"] = 5 }, s.CountsBySchema().ToDictionary());
        Assert.Contains(s.Entity("15268").Identifiers, i => i.Type == IdentifierTypes.SwiftBic && i.Number == "CKLBCNBJ");
        Assert.Equal(["1961-02-12"], s.Entity("50476").BirthDates.Select(d => d.ToString()));
    }

    private const string Head = "<?xml version=\"1.0\" standalone=\"yes\"?>\n<sdnList xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML\">\n"
        + "<publshInformation><Publish_Date>03/28/2025</Publish_Date><Record_Count>2</Record_Count></publshInformation>\n";
    private const string Entry = "<sdnEntry><uid>{0}</uid><lastName>X {0}</lastName><sdnType>Entity</sdnType><programList><program>P</program></programList></sdnEntry>\n";

    [Fact]
    public void A_record_count_that_does_not_match_is_a_doubt_naming_both_counts()
    {
        var xml = Head + string.Format(Entry, 1) + "</sdnList>";
        var s = new OfacXmlFormat().Read(ListSource.FromBytes("consolidated.xml", Encoding.UTF8.GetBytes(xml)));
        Assert.NotNull(s.Doubt);
        Assert.Contains("Record_Count", s.Doubt);
        Assert.Contains("announces 2 entries but holds 1", s.Doubt);
    }

    [Fact]
    public void A_truncated_file_is_refused_naming_line_and_entry()
    {
        var xml = Head + string.Format(Entry, 1) + "<sdnEntry><uid>2</uid><lastName>Y";
        var e = Assert.Throws<ListFormatException>(() => new OfacXmlFormat().Read(ListSource.FromBytes("consolidated.xml", Encoding.UTF8.GetBytes(xml))));
        Assert.Contains("line 5", e.Location);
        Assert.Contains("sdnEntry #2", e.Location);
    }

    [SharedDataFact]
    public void The_real_file_cut_in_the_middle_is_refused()
    {
        var bytes = File.ReadAllBytes(TestPaths.Shared("lists", "ofac", "consolidated.xml"));
        var e = Assert.Throws<ListFormatException>(() => ListFormats.Read(ListSource.FromBytes("consolidated.xml", bytes[..(bytes.Length * 2 / 3)])));
        Assert.Contains("line", e.Location);
    }

    [Fact]
    public void An_html_page_and_an_empty_file_are_refused()
    {
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html><body><h1>502 Bad Gateway</h1></body></html>");
        var e = Assert.Throws<ListFormatException>(() => new OfacXmlFormat().Read(ListSource.FromBytes("SDN.XML", html)));
        Assert.Contains("SDN.XML", e.Message);
        Assert.False(new OfacXmlFormat().Recognises(html, "SDN.XML"));
        Assert.Throws<ListFormatException>(() => new OfacXmlFormat().Read(ListSource.FromBytes("SDN.XML", [])));
    }

    [Fact]
    public void An_entry_without_uid_is_refused_naming_it()
    {
        var xml = Head + string.Format(Entry, 1) + "<sdnEntry><lastName>Z</lastName></sdnEntry></sdnList>";
        var e = Assert.Throws<ListFormatException>(() => new OfacXmlFormat().Read(ListSource.FromBytes("consolidated.xml", Encoding.UTF8.GetBytes(xml))));
        Assert.Contains("sdnEntry #2", e.Location);
        Assert.Contains("uid", e.Problem);
    }
}

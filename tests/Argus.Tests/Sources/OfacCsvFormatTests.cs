using System.Text;
using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Sources;

/// <summary>Reads the real OFAC CSV files once for all tests of the class.</summary>
public sealed class OfacCsvFixture
{
    private readonly Lazy<ListSnapshot> _sdn2024 = new(() => SnapshotAssertions.ReadShared("ofac", "sdn.csv"));
    private readonly Lazy<ListSnapshot> _set2021 = new(() => SnapshotAssertions.ReadShared("ofac", "2021-07-07", "sdn.csv"));
    public ListSnapshot Sdn2024 => _sdn2024.Value;
    public ListSnapshot Set2021 => _set2021.Value;
}

public class OfacCsvFormatTests(OfacCsvFixture fixture) : IClassFixture<OfacCsvFixture>
{
    private ListSnapshot Sdn => fixture.Sdn2024;
    private ListSnapshot Set => fixture.Set2021;

    [SharedDataFact]
    public void The_2024_file_holds_14965_entries_by_type()
    {
        Assert.Equal(Datasets.OfacSdn, Sdn.Dataset);
        Assert.Equal("ofac-csv", Sdn.Format);
        Assert.Equal(14965, Sdn.Entities.Count);
        var counts = Sdn.CountsBySchema();
        Assert.Equal(6854, counts["Person"]);
        Assert.Equal(6884, counts["Organization"]);
        Assert.Equal(851, counts["Vessel"]);
        Assert.Equal(376, counts["Airplane"]);
        SnapshotAssertions.AssertWellFormed(Sdn);
        Assert.Empty(Sdn.Warnings);
    }

    [SharedDataFact]
    public void Kim_Jong_Un_20157()
    {
        var e = Sdn.Entity("20157");
        Assert.Equal("us_ofac_sdn-20157", e.Id);
        Assert.Equal("KIM, Jong Un", e.Caption);
        Assert.Equal(EntitySchema.Person, e.Schema);
        Assert.Equal("KIM", e.Names[0].Family);
        Assert.Equal("Jong Un", e.Names[0].Given);
        Assert.Equal(["1984-01-08"], e.BirthDates.Select(d => d.ToString()));
        Assert.Equal(["DPRK3"], e.Programs);
        Assert.Equal(["Chairman of the Workers' Party of Korea"], e.Positions);
        Assert.Contains(e.Notes, n => n.Contains("Secondary sanctions risk", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Ri_Pyong_Chol_23215_born_in_1948()
    {
        var e = Sdn.Entity("23215");
        Assert.Equal("RI, Pyong Chol", e.Caption);
        // "DOB 01 Jan 1948 to 31 Dec 1948" is the year 1948.
        Assert.Equal(["1948"], e.BirthDates.Select(d => d.ToString()));
        Assert.Equal("male", e.Gender);
        Assert.Equal(["DPRK2"], e.Programs);
    }

    [SharedDataFact]
    public void Putin_35096()
    {
        var e = Sdn.Entity("35096");
        Assert.Equal("PUTIN, Vladimir Vladimirovich", e.Caption);
        Assert.Equal("PUTIN", e.Names[0].Family);
        Assert.Equal("Vladimir Vladimirovich", e.Names[0].Given);
        Assert.Equal(["1952-10-07"], e.BirthDates.Select(d => d.ToString()));
        Assert.Equal(["ru"], e.Nationalities);
        Assert.Equal("male", e.Gender);
        Assert.Equal("Leningrad, Russia", Assert.Single(e.BirthPlaces).Text);
        Assert.Equal("ru", e.BirthPlaces[0].Country);
        Assert.Equal(["RUSSIA-EO14024"], e.Programs);
    }

    [SharedDataFact]
    public void Korean_Peoples_Army_22284_is_an_organisation()
    {
        var e = Sdn.Entity("22284");
        Assert.Equal("KOREAN PEOPLE'S ARMY", e.Caption);
        Assert.Equal(EntitySchema.Organization, e.Schema);
        Assert.Null(e.Names[0].Family);
    }

    [SharedDataFact]
    public void A_vessel_has_imo_mmsi_flag_and_previous_names()
    {
        var e = Sdn.Entity("15036");
        Assert.Equal(EntitySchema.Vessel, e.Schema);
        Assert.Equal("ARTAVIL", e.Caption);
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.Imo && i.Number == "9187629");
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.Mmsi && i.Number == "572469210");
        Assert.Equal(["ir"], e.Extra("flag"));
        Assert.Equal(["T2EU4"], e.Extra("callSign"));
        Assert.Equal(["Crude/Oil Products Tanker"], e.Extra("vesselType"));
        Assert.Equal(["99,144"], e.Extra("tonnage"));
        Assert.Contains("ALPHA", e.NamesOf(NameKind.PreviousName));
        Assert.Contains("Malta", e.Extra("pastFlags"));
        Assert.Contains("NATIONAL IRANIAN TANKER COMPANY", e.Extra("linkedTo"));
        var withImo = Sdn.Entities.Count(x => x.Schema == EntitySchema.Vessel && x.Identifiers.Any(i => i.Type == IdentifierTypes.Imo));
        Assert.True(withImo >= 840, $"{withImo} vessels with an IMO number");
    }

    [SharedDataFact]
    public void A_bank_has_its_swift_code()
    {
        var e = Sdn.Entity("15603");
        Assert.Equal("FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", e.Caption);
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.SwiftBic && i.Number == "FTBDKPPY");
        Assert.Equal(["NPWMD", "DPRK3"], e.Programs);
        Assert.True(Sdn.Entities.Count(x => x.Identifiers.Any(i => i.Type == IdentifierTypes.SwiftBic)) >= 150);
    }

    [SharedDataFact]
    public void Quoted_remark_names_are_weak_aliases()
    {
        var e = Sdn.Entity("306");
        Assert.Equal(["BNC"], e.NamesOf(NameKind.WeakAlias));
        var total = Sdn.Entities.Sum(x => x.Names.Count(n => n.Kind == NameKind.WeakAlias));
        Assert.True(total >= 3500, $"{total} weak aliases");
        // A quote inside a name does not end it.
        Assert.Contains(Sdn.Entities.SelectMany(x => x.NamesOf(NameKind.WeakAlias)), n => n == "ABU-'UMAR");
    }

    [SharedDataFact]
    public void Identifiers_keep_their_issuing_country()
    {
        var passports = Sdn.Entities.SelectMany(x => x.Identifiers).Where(i => i.Type == IdentifierTypes.Passport).ToList();
        Assert.True(passports.Count >= 700, $"{passports.Count} passports");
        Assert.True(passports.Count(p => p.Country is not null) > passports.Count * 9 / 10);
        Assert.Contains(Sdn.Entities.SelectMany(x => x.Identifiers), i => i.Type == IdentifierTypes.TaxId && i.Number == "100036386" && i.Country == "rs");
    }

    [SharedDataFact]
    public void Aircraft_have_model_operator_and_serial_number()
    {
        var e = Sdn.Entity("15431");
        Assert.Equal(EntitySchema.Airplane, e.Schema);
        Assert.Equal(["IL76-TD"], e.Extra("model"));
        Assert.Equal(["YAS AIR"], e.Extra("operator"));
        Assert.Equal(["1992"], e.Extra("buildDate"));
        Assert.Contains(e.Identifiers, i => i.Number == "1023409321");
    }

    [SharedDataFact]
    public void The_2021_set_joins_aliases_addresses_and_comment_overflow()
    {
        Assert.Equal(8976, Set.Entities.Count);
        Assert.Empty(Set.Warnings);
        var ri = Set.Entity("23215");
        var alias = Assert.Single(ri.Names, n => n.Kind == NameKind.Alias);
        Assert.Equal("RI, Pyo'ng-ch'o'l", alias.Full);
        Assert.Equal("RI", alias.Family);
        Assert.Equal("kp", Assert.Single(ri.Addresses).Country);
        var kim = Set.Entity("20157");
        Assert.Equal(["kp"], kim.Countries);
        var bank = Set.Entity("306");
        Assert.Contains("NATIONAL BANK OF CUBA", bank.NamesOf(NameKind.Alias));
        Assert.Contains("BNC", bank.NamesOf(NameKind.WeakAlias));
        Assert.Equal(4, bank.Addresses.Count);
        Assert.Contains(bank.Addresses, a => a.Full == "Zweierstrasse 35, Zurich CH-8022, Switzerland" && a.Country == "ch");
        // 28263's Remarks continue in sdn_comments.csv, mid-word, and the names there are read.
        var tian = Set.Entity("28263");
        Assert.Contains("tianyinyin0404", tian.NamesOf(NameKind.WeakAlias));
        Assert.Contains("snowsjohn", tian.NamesOf(NameKind.WeakAlias));
        Assert.Contains("LAZARUS GROUP", tian.Extra("linkedTo"));
        Assert.True(Set.Entities.Sum(x => x.Names.Count(n => n.Kind is NameKind.Alias or NameKind.PreviousName)) >= 11500);
        // 2,397 of the 13,837 add.csv rows state no address at all.
        Assert.True(Set.Entities.Sum(x => x.Addresses.Count) >= 11000);
    }

    [Fact]
    public void The_sample_set_reads_with_the_same_code()
    {
        var s = SnapshotAssertions.ReadSample("ofac", "sdn.csv");
        Assert.Equal(Datasets.OfacSdn, s.Dataset);
        SnapshotAssertions.AssertWellFormed(s);
        Assert.Empty(s.Warnings);
        Assert.Equal(new Dictionary<string, int> { ["Airplane"] = 2, ["Organization"] = 14, ["Person"] = 10, ["Vessel"] = 4 }, s.CountsBySchema().ToDictionary());
        Assert.Equal(["1984-01-08"], s.Entity("20157").BirthDates.Select(d => d.ToString()));
        Assert.Equal(["kp"], s.Entity("20157").Countries);
        Assert.Contains("RI, Pyo'ng-ch'o'l", s.Entity("23215").NamesOf(NameKind.Alias));
        Assert.Equal(["ru"], s.Entity("35096").Nationalities);
        Assert.Contains(s.Entity("15603").Identifiers, i => i.Type == IdentifierTypes.SwiftBic && i.Number == "FTBDKPPY");
        Assert.Contains(s.Entity("17069").Identifiers, i => i.Type == IdentifierTypes.Imo && i.Number == "7937317");
        Assert.Contains("snowsjohn", s.Entity("28263").NamesOf(NameKind.WeakAlias));
    }

    [Fact]
    public void Companion_files_alone_are_not_lists()
    {
        var format = new OfacCsvFormat();
        foreach (var name in new[] { "alt.csv", "add.csv", "sdn_comments.csv" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Samples, "lists", "ofac", name));
            Assert.False(format.Recognises(bytes, name), name);
            Assert.Throws<ListFormatException>(() => ListFormats.Detect(ListSource.FromBytes(name, bytes)));
        }
        var sdn = File.ReadAllBytes(Path.Combine(TestPaths.Samples, "lists", "ofac", "sdn.csv"));
        Assert.True(format.Recognises(sdn, "download.bin"));
    }

    private static readonly Encoding Cp1252 = ListText.Windows1252;

    private static ListSource Csv(string name, string text, Dictionary<string, byte[]>? companions = null) =>
        ListSource.FromBytes(name, Cp1252.GetBytes(text), companions);

    [Fact]
    public void Windows_1252_names_are_decoded()
    {
        var s = new OfacCsvFormat().Read(Csv("sdn.csv", "1,\"MU\u00d1OZ, Jos\u00e9\",\"individual\",\"SDNT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"));
        Assert.Equal("MU\u00d1OZ, Jos\u00e9", s.Entities[0].Caption);
    }

    [Fact]
    public void A_broken_quote_is_refused_naming_the_line()
    {
        var text = "1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n2,\"KIM, Jong Un,\"individual\",\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        var e = Assert.Throws<ListFormatException>(() => new OfacCsvFormat().Read(Csv("sdn.csv", text)));
        Assert.Contains("sdn.csv", e.Message);
        Assert.Equal("line 2, field 2", e.Location);
    }

    [Fact]
    public void A_quote_never_closed_is_refused()
    {
        var text = "1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1960\r\n2,\"B\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        var e = Assert.Throws<ListFormatException>(() => new OfacCsvFormat().Read(Csv("sdn.csv", text)));
        Assert.Contains("line", e.Location);
    }

    [Fact]
    public void A_wrong_column_count_is_refused_naming_the_line()
    {
        var text = "1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n2,\"B\",-0- ,\"X\",-0- \r\n";
        var e = Assert.Throws<ListFormatException>(() => new OfacCsvFormat().Read(Csv("sdn.csv", text)));
        Assert.Equal("line 2", e.Location);
        Assert.Contains("5 fields", e.Problem);
    }

    [Fact]
    public void A_bad_companion_row_is_refused_naming_the_companion()
    {
        var sdn = "1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        var alt = Cp1252.GetBytes("1,10,\"aka\",\"B\",-0- \r\n1,11,\"aka\"\r\n");
        var e = Assert.Throws<ListFormatException>(() => new OfacCsvFormat().Read(Csv("sdn.csv", sdn, new() { ["alt.csv"] = alt })));
        Assert.Contains("alt.csv", e.Message);
        Assert.Equal("line 2", e.Location);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var e = Assert.Throws<ListFormatException>(() => new OfacCsvFormat().Read(ListSource.FromBytes("sdn.csv", [])));
        Assert.Contains("empty", e.Problem);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read_and_without_one_refused()
    {
        var text = "20157,\"KIM, Jong Un\",\"individual\",\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 08 Jan 1984.\"\r\n";
        var withBom = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var format = new OfacCsvFormat();
        Assert.True(format.Recognises(withBom, "sdn.csv"));
        Assert.Equal("KIM, Jong Un", format.Read(ListSource.FromBytes("sdn.csv", withBom)).Entities[0].Caption);
        var e = Assert.Throws<ListFormatException>(() => format.Read(ListSource.FromBytes("sdn.csv", Encoding.Unicode.GetBytes(text))));
        Assert.Contains("UTF-16", e.Problem);
        Assert.StartsWith("byte", e.Location);
    }

    [SharedDataFact]
    public void The_real_file_cut_in_a_quoted_field_is_refused()
    {
        var bytes = File.ReadAllBytes(TestPaths.Shared("lists", "ofac", "sdn.csv"));
        var text = Cp1252.GetString(bytes);
        var cut = text.IndexOf("\"KIM, Jong Un\"", StringComparison.Ordinal) + 5;
        var e = Assert.Throws<ListFormatException>(() => ListFormats.Read(ListSource.FromBytes("sdn.csv", bytes[..cut])));
        Assert.Contains("line", e.Location);
    }
}

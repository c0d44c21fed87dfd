using System.Text;
using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Sources;

/// <summary>Reads the real Consolidated Screening List once for all tests of the class.</summary>
public sealed class UsCslFixture
{
    private readonly Lazy<ListSnapshot> _csl = new(() => SnapshotAssertions.ReadShared("us_csl", "consolidated.csv.gz"));
    public ListSnapshot Csl => _csl.Value;
}

public class UsCslCsvFormatTests(UsCslFixture fixture) : IClassFixture<UsCslFixture>
{
    private ListSnapshot Csl => fixture.Csl;

    [SharedDataFact]
    public void The_14160_rows_are_14048_entities_once_rows_of_one_target_are_merged()
    {
        Assert.Equal(Datasets.UsTradeCsl, Csl.Dataset);
        Assert.Equal("us-csl-csv", Csl.Format);
        Assert.Equal(14048, Csl.Entities.Count);
        // Untyped rows with an organisation word or legal form of the derived tables (rigour) are organisations.
        Assert.Equal(new Dictionary<string, int>
        {
            ["Airplane"] = 283, ["LegalEntity"] = 1777, ["Organization"] = 6271, ["Person"] = 5284, ["Vessel"] = 433,
        }, Csl.CountsBySchema().ToDictionary());
        SnapshotAssertions.AssertWellFormed(Csl);
        // The merged rows show as several source lists on one entity (one target has two rows from the same list).
        Assert.Equal(70, Csl.Entities.Count(e => e.Extra("sourceList").Length > 1));
        Assert.Equal(14159, Csl.Entities.Sum(e => e.Extra("sourceList").Length));
    }

    [SharedDataFact]
    public void A_target_on_three_lists_is_one_entity_naming_all_three()
    {
        var e = Csl.Entity("18725");
        Assert.Equal("us_trade_csl-18725", e.Id);
        Assert.Equal(3, e.Extra("sourceList").Length);
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.SwiftBic && i.Number == "VTBLAOLU");
        Assert.Equal(["ao"], e.Countries);
        Assert.Contains("www.vtb.ao", e.Extra("website"));
    }

    [SharedDataFact]
    public void Kim_Jong_Un_Putin_and_Ri_Pyong_Chol()
    {
        var kim = Csl.Entity("20157");
        Assert.Equal("KIM, Jong Un", kim.Caption);
        Assert.Equal("KIM", kim.Names[0].Family);
        Assert.Equal(["1984-01-08"], kim.BirthDates.Select(d => d.ToString()));
        Assert.Equal(["kp"], kim.Countries);
        var putin = Csl.Entity("35096");
        Assert.Equal(["ru"], putin.Nationalities);
        Assert.Equal("male", putin.Gender);
        Assert.Contains("PUTIN, Vladimir", putin.NamesOf(NameKind.Alias));
        Assert.Equal(4, putin.Addresses.Count);
        var ri = Csl.Entity("23215");
        Assert.Contains("RI, Pyo'ng-ch'o'l", ri.NamesOf(NameKind.Alias));
        Assert.Equal(["DPRK2"], ri.Programs);
    }

    [SharedDataFact]
    public void A_vessel_with_imo_mmsi_flag_and_former_flags()
    {
        var e = Csl.Entity("15036");
        Assert.Equal(EntitySchema.Vessel, e.Schema);
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.Imo && i.Number == "9187629");
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.Mmsi && i.Number == "572469210");
        Assert.Equal(["ir"], e.Extra("flag"));
        Assert.Contains("Malta", e.Extra("pastFlags"));
        Assert.Contains("NATIONAL IRANIAN TANKER COMPANY", e.Extra("linkedTo"));
    }

    [SharedDataFact]
    public void Rows_without_an_entity_number_keep_the_csl_id_and_are_legal_entities()
    {
        var e = Csl.Entity("deb7a1d5743a85c354ca1a2c7f2664e2104b32d7");
        Assert.Equal("I. ASH", e.Caption);
        Assert.Equal(EntitySchema.LegalEntity, e.Schema);
        Assert.Equal(new PartialDate(2003, 6, 19), e.ListingDate);
        Assert.Equal(["2056-06-29"], e.Extra("endDate"));
        Assert.Contains("Denied Persons List (DPL) - Bureau of Industry and Security", e.Extra("sourceList"));
    }

    [SharedDataFact]
    public void Cho_Chun_Ryong_with_his_alias_in_name_parts()
    {
        var e = Csl.Entity("20577");
        Assert.Equal("CHO, Chun-ryong", e.Caption);
        var alias = Assert.Single(e.Names, n => n.Kind == NameKind.Alias);
        Assert.Equal(("JO, Chun Ryong", "JO", "Chun Ryong"), (alias.Full, alias.Family, alias.Given));
        Assert.Equal(["1960-04-04"], e.BirthDates.Select(d => d.ToString()));
        Assert.Equal(["Chairman of the Second Economic Committee"], e.Positions);
        Assert.Contains("SECOND ECONOMIC COMMITTEE", e.Extra("linkedTo"));
    }

    [SharedDataFact]
    public void An_untyped_entity_list_row_named_as_an_organisation_is_one_with_address_notice_and_licence_terms()
    {
        var e = Csl.Entity("14b2dc922b62ff49cb9d3c6a18a8afb217f4d610");
        Assert.Equal("27th Scientific Center of the Russian Ministry of Defense", e.Caption);
        Assert.Equal(EntitySchema.Organization, e.Schema);
        Assert.Equal(["27th NTs"], e.NamesOf(NameKind.Alias));
        Assert.Equal("Birgadirskiy pereulok 13, Moscow, 105005, RU", Assert.Single(e.Addresses).Full);
        Assert.Equal(["ru"], e.Countries);
        Assert.Equal(["86 FR 12529"], e.Extra("federalRegisterNotice"));
        Assert.Contains("License requirement: All items subject to the EAR.", e.Notes);
        Assert.Equal(new PartialDate(2021, 3, 4), e.ListingDate);
    }

    [SharedDataFact]
    public void An_aircraft_and_isil_with_its_aliases()
    {
        var plane = Csl.Entity("15431");
        Assert.Equal(EntitySchema.Airplane, plane.Schema);
        Assert.Equal(["IL76-TD"], plane.Extra("model"));
        Assert.Contains(plane.Identifiers, i => i.Number == "1023409321");
        var isil = Csl.Entity("8759");
        Assert.Equal(["SDGT", "FTO"], isil.Programs);
        Assert.Contains("AL-ZARQAWI NETWORK", isil.NamesOf(NameKind.Alias));
        Assert.Null(isil.Names[0].Family);
    }

    [SharedDataFact]
    public void Passports_and_birth_dates_in_all_their_forms()
    {
        var passports = Csl.Entities.SelectMany(e => e.Identifiers).Count(i => i.Type == IdentifierTypes.Passport);
        Assert.True(passports >= 1600, $"{passports} passports");
        var dates = Csl.Entities.SelectMany(e => e.BirthDates).ToList();
        Assert.Contains(dates, d => d.Circa);
        Assert.Contains(dates, d => d.End is not null);
        Assert.DoesNotContain(Csl.Entities.SelectMany(e => e.Notes), n => n.StartsWith("Date of birth:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_reads_with_the_same_code()
    {
        var s = SnapshotAssertions.ReadSample("us_csl", "consolidated.csv");
        Assert.Equal(Datasets.UsTradeCsl, s.Dataset);
        SnapshotAssertions.AssertWellFormed(s);
        Assert.Equal(new Dictionary<string, int>
        {
            ["Airplane"] = 1, ["LegalEntity"] = 2, ["Organization"] = 15, ["Person"] = 4, ["Vessel"] = 1,
        }, s.CountsBySchema().ToDictionary());
        Assert.Equal(3, s.Entity("18725").Extra("sourceList").Length);
        Assert.Equal(["1984-01-08"], s.Entity("20157").BirthDates.Select(d => d.ToString()));
    }

    private const string Header = "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids\n";

    [Fact]
    public void A_row_with_a_wrong_column_count_is_refused_naming_the_line()
    {
        var csv = Header + "1,SDN,1,Individual,P,\"A, B\",,,,,,,,,,,,,,,,,,,,,,,\n2,SDN,2,Entity,P,C\n";
        var e = Assert.Throws<ListFormatException>(() => new UsCslCsvFormat().Read(ListSource.FromBytes("consolidated.csv", Encoding.UTF8.GetBytes(csv))));
        Assert.Equal("line 3", e.Location);
    }

    [Fact]
    public void A_broken_quote_is_refused()
    {
        var csv = Header + "1,SDN,1,Individual,P,\"A, B\"x,,,,,,,,,,,,,,,,,,,,,,,\n";
        var e = Assert.Throws<ListFormatException>(() => new UsCslCsvFormat().Read(ListSource.FromBytes("consolidated.csv", Encoding.UTF8.GetBytes(csv))));
        Assert.Contains("line 2", e.Location);
    }

    [Fact]
    public void A_file_without_the_csl_header_is_refused_and_not_recognised()
    {
        var csv = Encoding.UTF8.GetBytes("name,country\nX,Y\n");
        Assert.False(new UsCslCsvFormat().Recognises(csv, "consolidated.csv"));
        var e = Assert.Throws<ListFormatException>(() => new UsCslCsvFormat().Read(ListSource.FromBytes("consolidated.csv", csv)));
        Assert.Contains("_id", e.Problem);
        Assert.Throws<ListFormatException>(() => new UsCslCsvFormat().Read(ListSource.FromBytes("consolidated.csv", [])));
    }

    [SharedDataFact]
    public void A_damaged_gzip_is_refused()
    {
        var bytes = File.ReadAllBytes(TestPaths.Shared("lists", "us_csl", "consolidated.csv.gz"));
        var e = Assert.Throws<ListFormatException>(() => ListFormats.Read(ListSource.FromBytes("consolidated.csv.gz", bytes[..(bytes.Length / 2)])));
        Assert.Contains("consolidated.csv.gz", e.Message);
    }
}

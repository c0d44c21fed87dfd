using Argus.Model;
using Argus.Sources;

namespace Argus.Tests.Sources;

public class OfacFactsTests
{
    private static WatchlistEntity Apply(string remarks, EntitySchema schema = EntitySchema.Person)
    {
        var draft = new EntityDraft(Datasets.OfacSdn, "1", schema);
        draft.AddName(new EntityName("X, Y"));
        OfacFacts.ApplyRemarks(draft, remarks);
        return draft.Build();
    }

    [Fact]
    public void Person_facts_are_read_and_the_text_kept_as_a_note()
    {
        const string remarks = "DOB 08 Jan 1984; alt. DOB circa 1985; POB Pyongyang, North Korea; nationality Korea, North; citizen Russia; "
            + "Gender Male; Passport 108110025 (Korea, North) issued 01 Jan 2010 expires 01 Jan 2020; National ID No. 123 (Russia); "
            + "a.k.a. 'ABU-'UMAR'; f.k.a. 'OLD NAME'; Email Address x@y.kp; Website www.example.kp.";
        var e = Apply(remarks);
        Assert.Equal(["1984-01-08", "~1985"], e.BirthDates.Select(d => d.ToString()));
        Assert.Equal("kp", Assert.Single(e.BirthPlaces).Country);
        Assert.Equal(["kp", "ru"], e.Nationalities);
        Assert.Equal("male", e.Gender);
        var passport = Assert.Single(e.Identifiers, i => i.Type == IdentifierTypes.Passport);
        Assert.Equal(("108110025", "kp"), (passport.Number, passport.Country));
        Assert.Contains("expires 01 Jan 2020", passport.Note);
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.NationalId && i.Number == "123" && i.Country == "ru");
        Assert.Equal(["ABU-'UMAR"], e.NamesOf(NameKind.WeakAlias));
        Assert.Equal(["OLD NAME"], e.NamesOf(NameKind.PreviousName));
        Assert.Equal(["x@y.kp"], e.Extra("email"));
        Assert.Equal(["www.example.kp"], e.Extra("website"));
        Assert.Equal([remarks], e.Notes);
    }

    [Fact]
    public void Organisation_and_vessel_facts_are_read()
    {
        var e = Apply("SWIFT/BIC FTBDKPPY; Registration Number HRA 738077 (Stuttgart) (Germany); Legal Entity Number 253400V1H6ART1UQ0N98; "
            + "Organization Established Date 28 Nov 2005; Vessel Registration Identification IMO 9187629; MMSI 572469210; "
            + "Nationality of Registration Korea, North; Linked To: NATIONAL IRANIAN TANKER COMPANY; "
            + "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h.", EntitySchema.Organization);
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.SwiftBic && i.Number == "FTBDKPPY");
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.Registration && i.Number == "HRA 738077 (Stuttgart)" && i.Country == "de");
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.Lei && i.Number == "253400V1H6ART1UQ0N98");
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.Imo && i.Number == "9187629");
        Assert.Contains(e.Identifiers, i => i.Type == IdentifierTypes.Mmsi && i.Number == "572469210");
        Assert.Equal(["2005-11-28"], e.Extra("incorporationDate"));
        Assert.Equal(["kp"], e.Countries);
        Assert.Equal(["NATIONAL IRANIAN TANKER COMPANY"], e.Extra("linkedTo"));
        Assert.Equal(["XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"], e.Extra("cryptoWallet"));
    }

    [Fact]
    public void A_place_without_a_comma_before_its_country_still_gets_the_country()
    {
        var e = Apply("POB Khartoum Sudan; Other Vessel Flag Tanzania.");
        Assert.Equal("sd", Assert.Single(e.BirthPlaces).Country);
        Assert.Equal(["tz"], e.Extra("flag"));
        Assert.Equal(["tz"], e.Countries);
    }

    [Fact]
    public void Text_that_states_no_known_fact_stays_only_a_note()
    {
        var e = Apply("Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210.");
        Assert.Empty(e.Identifiers);
        Assert.Empty(e.BirthDates);
        Assert.Single(e.Notes);
    }

    [Fact]
    public void Labelled_facts_from_xml_and_csl()
    {
        var draft = new EntityDraft(Datasets.OfacCons, "1", EntitySchema.Person);
        draft.AddName(new EntityName("X"));
        Assert.True(OfacFacts.ApplyLabelled(draft, "Gender", "Female"));
        Assert.True(OfacFacts.ApplyLabelled(draft, "Passport", "U00242309", "Turkey"));
        Assert.True(OfacFacts.ApplyLabelled(draft, "Organization Type:", "Banking"));
        Assert.False(OfacFacts.ApplyLabelled(draft, "Secondary sanctions risk:", "section 1(b)"));
        var e = draft.Build();
        Assert.Equal("female", e.Gender);
        Assert.Contains(e.Identifiers, i => i.Number == "U00242309" && i.Country == "tr");
        Assert.Equal(["Banking"], e.Extra("sector"));
    }
}

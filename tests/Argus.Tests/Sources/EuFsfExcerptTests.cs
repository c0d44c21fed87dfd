using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Sources;

public class EuFsfExcerptTests
{
    private static ListSnapshot Read()
    {
        var source = ListSource.FromFile(TestPaths.Shared("lists", "eu", "excerpt-2018-12-21.xml"));
        Assert.Equal("eu-fsf-xml", ListFormats.Detect(source).Name);
        return ListFormats.Read(source);
    }

    [SharedDataFact]
    public void The_excerpt_holds_mugabe_and_ibda_c()
    {
        var s = Read();
        Assert.Equal(Datasets.EuFsf, s.Dataset);
        Assert.Equal(new DateTimeOffset(2018, 12, 21, 14, 39, 54, 511, TimeSpan.FromHours(1)), s.Published);
        Assert.Equal(2, s.Entities.Count);
        Assert.Equal(1, s.CountsBySchema()["Person"]);
        Assert.Equal(1, s.CountsBySchema()["Organization"]);
        Assert.Empty(s.Warnings);
    }

    [SharedDataFact]
    public void Mugabe_has_name_parts_gender_birth_date_passport_and_programme()
    {
        var e = Read().Entities.Single(x => x.Reference == "EU.36.64");
        Assert.Equal("eu_fsf-EU.36.64", e.Id);
        Assert.Equal(EntitySchema.Person, e.Schema);
        Assert.Equal("Robert Gabriel Mugabe", e.Caption);
        var name = Assert.Single(e.Names);
        Assert.Equal(("Robert", "Gabriel", "Mugabe"), (name.Given, name.Middle, name.Family));
        Assert.Equal("male", e.Gender);
        Assert.Equal([new FuzzyDate(new PartialDate(1924, 2, 21))], e.BirthDates);
        Assert.Empty(e.BirthPlaces);
        var passport = Assert.Single(e.Identifiers);
        Assert.Equal((IdentifierTypes.Passport, "AD001095", null), (passport.Type, passport.Number, passport.Country));
        Assert.Equal(["ZWE"], e.Programs);
        Assert.Contains("Former President", e.Positions);
        Assert.Equal(["1"], e.Extra["logicalId"]);
        Assert.False(e.Extra.ContainsKey("unReference"));
    }

    [SharedDataFact]
    public void Ibda_c_is_named_in_17_languages_as_aliases()
    {
        var e = Read().Entities.Single(x => x.Reference == "EU.3523.13");
        Assert.Equal(EntitySchema.Organization, e.Schema);
        // 19 names in 17 languages (counting the names without a language tag as one).
        Assert.Equal(19, e.Names.Count);
        Assert.Equal(17, e.Names.Select(n => n.Language ?? "").Distinct().Count());
        Assert.Equal("İslami Büyük Doğu Akıncılar Cephesi", e.Caption);
        Assert.Equal(18, e.Names.Count(n => n.Kind == NameKind.Alias));
        Assert.Contains(e.Names, n => n.Full == "IBDA-C");
        Assert.Contains(e.Names, n => n.Full == "Фронт на великите ислямски източни воини" && n.Language == "bg");
        Assert.Contains(e.Names, n => n.Full == "Front islamique des combattants du Grand Orient" && n.Language == "fr");
        Assert.Equal(["TERR"], e.Programs);
        // No designationDate: the regulation in force dates the listing.
        Assert.Equal(new PartialDate(2018, 3, 22), e.ListingDate);
    }
}

using Argus.Linking;
using Argus.Model;
using Xunit;

namespace Argus.Tests.Linking;

/// <summary>
/// The links made when a date of birth is missing on one side: the day of listing, the whole set of a person's
/// names, an organisation's long full name that no other entry holds. Each is refused when anything contradicts.
/// </summary>
public sealed class WeakEvidenceLinkTests
{
    private static WatchlistEntity Person(string dataset, string reference, string name, string? dob = null, string? nationality = null, string? listed = null, params string[] aliases) =>
        LinkFixtures.Person(dataset, reference, name, dob, nationality) with
        {
            Names = [new EntityName(name), .. aliases.Select(a => new EntityName(a, NameKind.Alias))],
            ListingDate = listed is null ? null : PartialDate.TryParse(listed, out var d) ? d : throw new ArgumentException(listed),
        };

    private static WatchlistEntity Organisation(string dataset, string reference, string name, string? country = null) => new()
    {
        Id = WatchlistEntity.MakeId(dataset, reference),
        Dataset = dataset,
        Reference = reference,
        Schema = EntitySchema.Organization,
        Caption = name,
        Names = [new EntityName(name)],
        Countries = country is null ? [] : [country],
    };

    [Fact]
    public void The_same_name_listed_on_the_same_day_links_when_one_side_states_no_date_of_birth()
    {
        var links = LinkSet.Build([
            Person(Datasets.UnSc, "KPi.054", "CHOE CHUN YONG", listed: "2017-08-05"),
            Person(Datasets.AuDfat, "3270", "Choe Chun Yong", "1960", "kp", listed: "2017-08-04"),
        ]);
        Assert.Equal(LinkKind.NameAndListingDate, Assert.Single(Assert.Single(links.Targets).Links).Kind);
    }

    [Fact]
    public void The_same_name_listed_on_days_a_week_apart_does_not_link()
    {
        // A name of two words: too short for a link on the names alone.
        var links = LinkSet.Build([
            Person(Datasets.UnSc, "KPi.054", "PAK CHOL", listed: "2017-08-05"),
            Person(Datasets.AuDfat, "3270", "Pak Chol", "1960", "kp", listed: "2017-08-12"),
        ]);
        Assert.Equal(2, links.Targets.Count);
    }

    [Fact]
    public void The_day_of_listing_says_which_of_two_entries_of_one_list_an_entry_is()
    {
        // One man listed by two UN committees, on two days; each AU entry implements one of them.
        var links = LinkSet.Build([
            Person(Datasets.UnSc, "QDi.042", "HASSAN DAHIR AWEYS", "1935", "so", "2001-11-09"),
            Person(Datasets.UnSc, "SOi.002", "HASSAN DAHIR AWEYS", "1935", "so", "2010-04-12"),
            Person(Datasets.AuDfat, "261", "Hassan Dahir Aweys", "1935", "so", "2001-11-09"),
            Person(Datasets.AuDfat, "1141", "Hassan Dahir Aweys", "1935", "so", "2010-04-12"),
        ]);
        Assert.Equal(["un_sc_sanctions-QDi.042", "au_dfat_sanctions-261"], links.Find("au_dfat_sanctions-261")!.Referents);
        Assert.Equal(["un_sc_sanctions-SOi.002", "au_dfat_sanctions-1141"], links.Find("au_dfat_sanctions-1141")!.Referents);
    }

    [Fact]
    public void Two_people_with_equal_sets_of_names_and_no_date_in_common_link_when_no_one_else_holds_the_names()
    {
        var links = LinkSet.Build([
            Person(Datasets.UkHmt, "1", "Sergei Anatolievich SAUTA", "1970-02-01", "ru"),
            Person(Datasets.CaSema, "russia-2", "Sergei Anatolievich Sauta"),
            Person(Datasets.OfacSdn, "3", "SAUTA, Sergei Anatolievich", "1970-02-01"),
        ]);
        Assert.Contains(LinkKind.NameSet, Assert.Single(links.Targets).Links.Select(l => l.Kind));
    }

    [Theory]
    [InlineData(Datasets.UkHmt, null)]
    [InlineData(Datasets.OfacSdn, "1985-06-06")]
    public void Equal_names_do_not_link_when_another_entry_of_either_list_or_a_contradicting_one_holds_them(string dataset, string? dob)
    {
        var links = LinkSet.Build([
            Person(Datasets.UkHmt, "1", "Sergei Anatolievich SAUTA", "1970-02-01", "ru"),
            Person(Datasets.CaSema, "russia-2", "Sergei Anatolievich Sauta"),
            Person(dataset, "9", "Sergei Anatolievich Sauta", dob),
        ]);
        Assert.Null(links.Find("ca_dfatd_sema_sanctions-russia-2")!.Links.FirstOrDefault(l => l.Kind == LinkKind.NameSet));
        Assert.Single(links.Find("ca_dfatd_sema_sanctions-russia-2")!.Entities);
    }

    [Fact]
    public void A_name_set_of_one_short_name_is_too_common_to_link_on()
    {
        var links = LinkSet.Build([
            Person(Datasets.UkHmt, "1", "Ali HASSAN", "1970-02-01"),
            Person(Datasets.CaSema, "syria-2", "Ali Hassan"),
        ]);
        Assert.Equal(2, links.Targets.Count);
    }

    [Fact]
    public void People_without_a_date_of_birth_on_either_side_never_link_on_a_name_and_a_country()
    {
        var links = LinkSet.Build([
            Person(Datasets.UkHmt, "1", "Ahmed Yousef JARAD", nationality: "sy", listed: "2012-01-01", aliases: "Ahmed Jarad"),
            Person(Datasets.AuDfat, "2", "Ahmed Yousef Jarad", nationality: "sy", listed: "2014-01-01"),
        ]);
        Assert.Equal(2, links.Targets.Count);
    }

    [Fact]
    public void An_organisations_long_full_name_that_two_lists_alone_state_links_when_one_states_no_country()
    {
        var links = LinkSet.Build([
            Organisation(Datasets.UkHmt, "13548", "KOREAN PEOPLE'S ARMY", "kp"),
            Organisation(Datasets.OfacSdn, "22284", "KOREAN PEOPLE'S ARMY"),
            Organisation(Datasets.OfacSdn, "18568", "STRATEGIC ROCKET FORCE OF THE KOREAN PEOPLE'S ARMY"),
        ]);
        var target = links.Find("us_ofac_sdn-22284")!;
        Assert.Equal(["gb_hmt_sanctions-13548", "us_ofac_sdn-22284"], target.Referents);
        Assert.Equal(LinkKind.UniqueName, Assert.Single(target.Links).Kind);
    }

    [Fact]
    public void A_third_holder_a_short_name_or_two_countries_keep_organisations_without_a_date_apart()
    {
        Assert.Equal(3, LinkSet.Build([
            Organisation(Datasets.UkHmt, "13548", "KOREAN PEOPLE'S ARMY", "kp"),
            Organisation(Datasets.OfacSdn, "22284", "KOREAN PEOPLE'S ARMY"),
            Organisation(Datasets.CaSema, "dprk-7", "Korean People's Army"),
        ]).Targets.Count);
        Assert.Equal(2, LinkSet.Build([
            Organisation(Datasets.UkHmt, "1", "AL QAIDA", "af"),
            Organisation(Datasets.OfacSdn, "2", "AL QAIDA"),
        ]).Targets.Count);
        Assert.Equal(2, LinkSet.Build([
            Organisation(Datasets.UkHmt, "1", "MINISTRY OF NATIONAL DEFENCE", "kp"),
            Organisation(Datasets.CaSema, "2", "Ministry of National Defence", "by"),
        ]).Targets.Count);
    }

    [Fact]
    public void A_name_without_its_patronymic_links_to_the_full_name_born_on_the_same_day()
    {
        var links = LinkSet.Build([
            Person(Datasets.AuDfat, "7001", "Fedot Tumusov", "1955-06-30", "ru"),
            Person(Datasets.OfacSdn, "31001", "TUMUSOV, Fedot Semonovich", "1955-06-30", "ru"),
        ]);
        Assert.Contains(LinkKind.NameWithinAndDate, Assert.Single(links.Targets).Links.Select(l => l.Kind));
    }

    [Theory]
    [InlineData("1955-06-30", "female")]   // a fact that contradicts
    [InlineData("1955-07-30", null)]       // another day
    [InlineData("1955", null)]             // only a year: too loose for a name that is not the whole name
    public void A_name_within_another_does_not_link_without_the_same_day_of_birth_and_nothing_contradicting(string dob, string? gender)
    {
        var links = LinkSet.Build([
            LinkFixtures.Person(Datasets.AuDfat, "7001", "Fedot Tumusov", "1955-06-30", "ru", "male"),
            LinkFixtures.Person(Datasets.OfacSdn, "31001", "TUMUSOV, Fedot Semonovich", dob, "ru", gender),
        ]);
        Assert.Equal(2, links.Targets.Count);
    }
}

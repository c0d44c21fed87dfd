using Argus.Linking;
using Argus.Matching;
using Argus.Model;
using Xunit;

namespace Argus.Tests.Linking;

public sealed class EntityLinkerTests
{
    private static WatchlistEntity Person(string dataset, string reference, string name, string? dob = null, string? nationality = null,
        string? gender = null, string? unRef = null, params Identifier[] ids) =>
        LinkFixtures.Person(dataset, reference, name, dob, nationality, gender, unRef, ids);

    [Fact]
    public void The_UN_reference_a_national_entry_states_joins_it_to_the_UN_entry_and_gives_the_target_its_id()
    {
        var links = LinkSet.Build([
            Person(Datasets.UkHmt, "13572", "RI PYONG CHUL", "1948", "kp", unRef: "KPi.076"),
            Person(Datasets.UnSc, "KPi.076", "RI PYONG CHUL", "1948", "kp"),
        ]);
        var target = Assert.Single(links.Targets);
        Assert.Equal("un_sc_sanctions-KPi.076", target.Id);
        Assert.Equal(["un_sc_sanctions-KPi.076", "gb_hmt_sanctions-13572"], target.Referents);
        Assert.Equal(LinkKind.UnReference, Assert.Single(target.Links).Kind);
        Assert.Equal("UN KPi.076 · UK 13572", target.ListsLine);
    }

    [Fact]
    public void Same_name_in_another_order_with_an_agreeing_date_links_and_a_missing_nationality_does_not_contradict()
    {
        var links = LinkSet.Build([
            Person(Datasets.UkHmt, "14197", "Sergei Viktorovich LAVROV", "1950-03-21", "ru", "male"),
            Person(Datasets.OfacSdn, "35233", "LAVROV, Sergei Viktorovich", "1950-03-21", "ru", "male"),
            Person(Datasets.CaSema, "russia-505", "Sergei Viktorovich Lavrov", "1950"),
        ]);
        var target = Assert.Single(links.Targets);
        Assert.Equal("gb_hmt_sanctions-14197", target.Id);
        Assert.All(target.Links, l => Assert.Equal(LinkKind.NameAndDate, l.Kind));
    }

    [Theory]
    [InlineData("1950-03-21", "1962-01-01", null, null, "dates")]
    [InlineData("1950-03-21", "1950-03-21", "male", "female", "gender")]
    public void Conflicting_facts_refuse_the_link_and_say_why(string dobA, string dobB, string? genderA, string? genderB, string why)
    {
        var links = LinkSet.Build([
            Person(Datasets.UkHmt, "1", "Ali Hassan Mohammed", dobA, "iq", genderA),
            Person(Datasets.AuDfat, "2", "Ali Hassan Mohammed", dobB, "iq", genderB),
        ]);
        Assert.Equal(2, links.Targets.Count);
        Assert.Contains(why, Assert.Single(links.Refused).Conflict);
    }

    [Fact]
    public void A_name_and_date_link_never_joins_two_clusters_that_each_carry_their_own_UN_reference()
    {
        var links = LinkSet.Build([
            Person(Datasets.UnSc, "QDi.001", "Abu Mohammed Ali", "1970", "iq"),
            Person(Datasets.UnSc, "QDi.002", "Abu Mohammed Ali", "1970", "iq"),
            Person(Datasets.UkHmt, "9", "Abu Mohammed Ali", "1970", "iq", unRef: "QDi.002"),
        ]);
        Assert.Equal(2, links.Targets.Count);
        Assert.Equal(2, links.Find("gb_hmt_sanctions-9")!.Entities.Count);
        Assert.DoesNotContain(links.Targets.SelectMany(t => t.Links), l => l.Kind == LinkKind.NameAndDate);
    }

    [Fact]
    public void An_entry_matching_two_entries_of_one_list_is_linked_to_neither()
    {
        var links = LinkSet.Build([
            Person(Datasets.UkHmt, "1", "Kim Nam Chol", "1970", "kp"),
            Person(Datasets.UkHmt, "2", "Kim Nam Chol", "1970", "kp"),
            Person(Datasets.AuDfat, "3", "Kim Nam Chol", "1970", "kp"),
        ]);
        Assert.Equal(3, links.Targets.Count);
        Assert.Contains(links.Refused, r => r.Conflict.StartsWith("ambiguous", StringComparison.Ordinal));
    }

    [Fact]
    public void Name_and_date_links_do_not_chain_between_clusters_that_share_no_name()
    {
        // A and C differ in name; B agrees with each. A-B joins first; C would only be linked through B.
        var a = Person(Datasets.UkHmt, "1", "Omar Abdul Rahman", "1960", "eg") with { Names = [new EntityName("Omar Abdul Rahman")] };
        var b = Person(Datasets.AuDfat, "2", "Omar Abdul Rahman", "1960", "eg") with { Names = [new EntityName("Omar Abdul Rahman"), new EntityName("Omar Abdel Rahman")] };
        var c = Person(Datasets.CaSema, "3", "Omar Abdel Rahman", "1960", "eg");
        var links = LinkSet.Build([a, b, c]);
        Assert.Equal(2, links.Targets.Count);
        Assert.Contains(links.Refused, r => r.Conflict.StartsWith("not transitive", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shared_passport_with_its_country_links_but_a_passport_without_country_does_not()
    {
        var withCountry = LinkSet.Build([
            Person(Datasets.UnSc, "KPi.001", "Pak Chol", "1960", "kp", ids: new Identifier(IdentifierTypes.Passport, "836-110034", "kp")),
            Person(Datasets.OfacSdn, "1", "PAK, Chul Su", "1960", "kp", ids: new Identifier(IdentifierTypes.Passport, "836110034", "kp")),
        ]);
        Assert.Equal(LinkKind.Identifier, Assert.Single(Assert.Single(withCountry.Targets).Links).Kind);
        var without = LinkSet.Build([
            Person(Datasets.UnSc, "KPi.001", "Pak Chol", "1960", "kp", ids: new Identifier(IdentifierTypes.Passport, "836110034")),
            Person(Datasets.OfacSdn, "1", "PAK, Chul Su", "1960", "kp", ids: new Identifier(IdentifierTypes.Passport, "836110034")),
        ]);
        Assert.Equal(2, without.Targets.Count);
    }

    [Fact]
    public void The_links_do_not_depend_on_the_order_of_the_entries()
    {
        WatchlistEntity[] entries = [
            Person(Datasets.OfacSdn, "35233", "LAVROV, Sergei Viktorovich", "1950-03-21", "ru", "male"),
            Person(Datasets.AuDfat, "6679", "Sergei Viktorovich LAVROV", "1950-03-21"),
            Person(Datasets.UkHmt, "14197", "Sergei Viktorovich LAVROV", "1950-03-21", "ru", "male"),
            Person(Datasets.UnSc, "KPi.076", "RI PYONG CHUL", "1948", "kp"),
            Person(Datasets.UkHmt, "13572", "RI PYONG CHUL", "1948", "kp", unRef: "KPi.076"),
        ];
        static string Shape(LinkSet l) => string.Join(";", l.Targets.Select(t => t.Id + "=" + string.Join(",", t.Referents) + ":" + string.Join(",", t.Links)));
        Assert.Equal(Shape(LinkSet.Build(entries)), Shape(LinkSet.Build(entries.Reverse().ToArray())));
    }

    [Fact]
    public void Target_facts_keep_every_value_with_the_datasets_that_state_it_and_both_of_two_dates()
    {
        var links = LinkSet.Build([
            Person(Datasets.UnSc, "KPi.076", "RI PYONG CHUL", "1948", "kp"),
            Person(Datasets.UkHmt, "13572", "RI PYONG CHUL", "1948-01-01", "kp", unRef: "KPi.076"),
        ]);
        var facts = TargetFacts.Of(Assert.Single(links.Targets));
        Assert.Equal([Datasets.UnSc, Datasets.UkHmt], Assert.Single(facts.Names).Datasets);
        Assert.Equal(["1948", "1948-01-01"], facts.BirthDates.Select(d => d.Value));
    }
}

public sealed class TargetScreenerTests
{
    [Fact]
    public void Each_target_comes_once_as_its_best_member_and_the_page_is_filled_with_other_targets()
    {
        WatchlistEntity E(string ds, string r, string name, string? un = null) => new()
        {
            Id = WatchlistEntity.MakeId(ds, r), Dataset = ds, Reference = r, Schema = EntitySchema.Person, Caption = name,
            Names = [new EntityName(name)], BirthDates = [new FuzzyDate(new PartialDate(1948))], Nationalities = ["kp"],
            Extra = un is null ? new Dictionary<string, IReadOnlyList<string>>() : new Dictionary<string, IReadOnlyList<string>> { ["unReference"] = [un] },
        };
        WatchlistEntity[] entities = [
            E(Datasets.UnSc, "KPi.076", "RI PYONG CHUL"), E(Datasets.UkHmt, "13572", "RI PYONG CHUL", "KPi.076"),
            E(Datasets.AuDfat, "3443", "Ri Pyong Chul"), E(Datasets.OfacSdn, "23215", "RI, Pyong Chul"),
            E(Datasets.UnSc, "KPi.099", "RI PYONG SU"),
        ];
        var screener = new TargetScreener(ScreeningIndex.Build(entities), LinkSet.Build(entities));
        var results = screener.Screen(ScreeningQuery.ForName("Ri Pyong Chul"), new ScreeningOptions { Limit = 2, MinScore = 0 });
        Assert.Equal(2, results.Count);
        Assert.Equal("un_sc_sanctions-KPi.076", results[0].Key);
        Assert.Equal(4, results[0].Target!.Members.Count);
        Assert.Equal("UN KPi.076 · UK 13572 · AU 3443 · US OFAC 23215", results[0].Target!.Lists);
        Assert.Equal("un_sc_sanctions-KPi.099", results[1].Key);
    }
}

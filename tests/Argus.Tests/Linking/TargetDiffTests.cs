using Argus.Linking;
using Argus.Model;
using Xunit;

namespace Argus.Tests.Linking;

public sealed class TargetDiffTests
{
    private static WatchlistEntity Person(string dataset, string reference, string name, string dob, string? unRef = null) =>
        LinkFixtures.Person(dataset, reference, name, dob, nationality: "kp", unRef: unRef);

    private static readonly WatchlistEntity Un = Person(Datasets.UnSc, "KPi.076", "RI PYONG CHUL", "1948");
    private static readonly WatchlistEntity Uk = Person(Datasets.UkHmt, "13572", "RI PYONG CHUL", "1948", "KPi.076");
    private static readonly WatchlistEntity Ofac = Person(Datasets.OfacSdn, "23215", "RI PYONG CHUL", "1948");
    private static readonly WatchlistEntity Other = Person(Datasets.OfacSdn, "20577", "CHO CHUN RYONG", "1960");

    [Fact]
    public void A_UN_entry_added_to_a_national_cluster_changes_that_target_and_takes_over_its_id()
    {
        var before = LinkSet.Build([Uk, Ofac, Other]);
        var after = LinkSet.Build([Un, Uk, Ofac, Other]);
        Assert.Equal("gb_hmt_sanctions-13572", before.Find(Ofac.Id)!.Id);

        var diff = TargetDiff.Between(before, after, new HashSet<string>());
        var change = Assert.Single(diff.Changed);
        Assert.Equal("un_sc_sanctions-KPi.076", change.After.Id);
        Assert.Equal("gb_hmt_sanctions-13572", change.PreviousId);
        Assert.Equal([Un.Id], change.Members.Added.Select(m => m.Id));
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Equal(["un_sc_sanctions-KPi.076"], new TargetSuccession(before, after).Successors("gb_hmt_sanctions-13572").Select(t => t.Id));
    }

    [Fact]
    public void Losing_the_member_that_gave_the_id_changes_the_target_and_a_target_with_no_member_left_is_removed()
    {
        var before = LinkSet.Build([Un, Uk, Ofac, Other]);
        var after = LinkSet.Build([Uk, Ofac]);
        var diff = TargetDiff.Between(before, after, new HashSet<string>());
        var change = Assert.Single(diff.Changed);
        Assert.Equal("un_sc_sanctions-KPi.076", change.PreviousId);
        Assert.Equal([Un.Id], change.Members.Removed.Select(m => m.Id));
        Assert.Equal([Other.Id], diff.Removed.Select(t => t.Id));
        Assert.Empty(new TargetSuccession(before, after).Successors(Other.Id));
    }

    [Fact]
    public void A_changed_entry_changes_its_target_and_a_new_entry_of_its_own_is_an_added_target()
    {
        var before = LinkSet.Build([Un, Uk]);
        var after = LinkSet.Build([Un, Uk, Other]);
        var diff = TargetDiff.Between(before, after, new HashSet<string> { Uk.Id });
        Assert.Equal([Other.Id], diff.Added.Select(t => t.Id));
        var change = Assert.Single(diff.Changed);
        Assert.Null(change.PreviousId);
        Assert.Equal([Uk.Id], change.Members.Changed.Select(m => m.Id));
        Assert.Empty(TargetDiff.Between(before, before, new HashSet<string>()).Changed);
    }
}

using Argus.Matching;
using Argus.Model;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Matching;

/// <summary>The official UN and OFAC files, read once for the class and indexed.</summary>
public sealed class OfficialListsIndex
{
    public ScreeningIndex? Index { get; }

    public OfficialListsIndex()
    {
        if (TestPaths.SharedData is null) return;
        var entities = new List<WatchlistEntity>();
        foreach (var file in new[] { Path.Combine("un", "consolidated.xml"), Path.Combine("ofac", "sdn.csv") })
            entities.AddRange(ListFormats.Read(ListSource.FromFile(TestPaths.Shared("lists", file))).Entities);
        Index = ScreeningIndex.Build(entities);
    }
}

/// <summary>The first case's names against the real UN and OFAC lists (the same queries as the acceptance check).</summary>
public class FirstCaseRealDataTests(OfficialListsIndex lists) : IClassFixture<OfficialListsIndex>
{
    [SharedDataTheory]
    [InlineData("Ri Pyeong-chol", "un_sc_sanctions-KPi.076")]
    [InlineData("Jo Chun-yong", "un_sc_sanctions-KPi.038")]
    [InlineData("리병철", "un_sc_sanctions-KPi.076")]
    [InlineData("조춘룡", "un_sc_sanctions-KPi.038")]
    [InlineData("Владимир Путин", "us_ofac_sdn-35096")]
    [InlineData("PUTIN Vladimir", "us_ofac_sdn-35096")]
    [InlineData("Kim Jong-un", "us_ofac_sdn-20157")]
    [InlineData("Ri Pyeong-chol", "us_ofac_sdn-23215")]
    [InlineData("Jo Chun-yong", "us_ofac_sdn-20577")]
    public void Finds_the_sanctioned_people_first_in_their_list(string query, string id)
    {
        var dataset = id[..id.IndexOf('-')];
        var results = lists.Index!.Screen(ScreeningQuery.ForName(query), new ScreeningOptions { Datasets = [dataset] });
        Assert.NotEmpty(results);
        Assert.Equal(id, results[0].Entity.Id);
        Assert.True(results[0].Match, results[0].Explanation.Summary);
    }

    [SharedDataTheory]
    [InlineData("Kim Yoon-ho")]
    [InlineData("Lim Soo-seok")]
    [InlineData("John Kirby")]
    public void Flags_none_of_the_people_who_are_not_listed(string query)
    {
        var results = lists.Index!.Screen(ScreeningQuery.ForName(query), new ScreeningOptions { MinScore = 0 });
        Assert.DoesNotContain(results, r => r.Match);
    }

    [SharedDataFact]
    public void Every_kim_scores_below_kim_jong_un_for_his_name()
    {
        var results = lists.Index!.Screen(ScreeningQuery.ForName("Kim Jong Un"), new ScreeningOptions { Limit = 20 });
        Assert.Equal("us_ofac_sdn-20157", results[0].Entity.Id);
        Assert.All(results.Skip(1).Where(r => r.Entity.Id != "us_ofac_sdn-20157"), r => Assert.False(r.Match, r.Explanation.Summary));
    }
}

/// <summary>
/// The first case's people against the UN, OFAC, UK and Australian lists together, as `argus screen` screens
/// them: each is named by several lists at the same score, and the UN entry comes first.
/// </summary>
public class FirstCaseAcrossListsTests
{
    private static readonly Lazy<ScreeningIndex> Index = new(() => ScreeningIndex.Build(
        [.. OfficialLists.Un.Entities, .. OfficialLists.OfacSdn.Entities, .. OfficialLists.Uk.Entities, .. OfficialLists.Au.Entities]));

    [SharedDataTheory]
    [InlineData("Ri Pyeong-chol", "un_sc_sanctions-KPi.076")]
    [InlineData("Jo Chun-yong", "un_sc_sanctions-KPi.038")]
    [InlineData("리병철", "un_sc_sanctions-KPi.076")]
    [InlineData("조춘룡", "un_sc_sanctions-KPi.038")]
    public void The_un_entry_comes_first_of_the_lists_naming_the_person(string query, string id)
    {
        var results = Index.Value.Screen(ScreeningQuery.ForName(query));
        Assert.Equal(id, results[0].Entity.Id);
        Assert.True(results[0].Match, results[0].Explanation.Summary);
        Assert.Contains(results.Skip(1), r => r.Entity.Dataset != Datasets.UnSc && r.Score == results[0].Score);
    }
}

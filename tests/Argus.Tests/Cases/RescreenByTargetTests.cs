using Argus.Cases;
using Argus.Linking;
using Argus.Matching;
using Argus.Storage;
using Argus.Tests.Support;

namespace Argus.Tests.Cases;

/// <summary>
/// A rescreen of a run keyed by target, through the real store, engine and links on the sample lists: an update
/// that only adds a national listing of a listed person changes that person's hit; it never closes it and opens
/// another, even when the new member gives the target its id or the member that gave it leaves.
/// </summary>
public class RescreenByTargetTests
{
    private const string RiUk = "13572";
    private const string PutinUk = "14196";

    /// <summary>A hit that only changed is reported as changed: never as a new hit and a closed one.</summary>
    private static void AssertNeitherNewNorClosed(RescreenReport report, long row)
    {
        Assert.DoesNotContain(report.New, h => h.Row == row);
        Assert.DoesNotContain(report.Closed, h => h.Row == row);
    }

    /// <summary>After a rescreen the run holds exactly the open hits that a fresh batch against the current lists gives.</summary>
    private static async Task AssertSameAsAFreshBatch(string data, string customers, string output, long runId)
        => Assert.Equal(OpenHits(data, (await Batch(data, customers, output)).Id), OpenHits(data, runId));

    private static async Task<BatchRun> Batch(string dataDir, string customers, string output, ResultGrouping grouping = ResultGrouping.Target)
    {
        var lists = ListsInUse.Load(dataDir);
        using var runs = RunStore.Open(dataDir);
        var index = ScreeningIndex.Build(lists.Entities);
        IScreener screener = grouping == ResultGrouping.Target ? new TargetScreener(index, LinkSet.Build(lists.Entities)) : index;
        return (await new CustomerFileScreening(runs, screener, lists.Versions).RunAsync(new BatchRequest(customers, output, Threads: 2))).Run;
    }

    private static List<(long, string, double)> OpenHits(string dataDir, long run)
    {
        using var runs = RunStore.Open(dataDir);
        return runs.OpenHits(run).Select(h => (h.Row, h.EntityId, Math.Round(h.Score, 9))).ToList();
    }

    private static void Import(string dataDir, string path)
    {
        using var store = SnapshotStore.Open(dataDir);
        var result = new ListImporter(store).ImportPaths([path], new ImportOptions(Force: true)).Single();
        Assert.True(result.Succeeded, result.Message);
    }

    private static RescreenReport Rescreen(string dataDir, long run, ResultGrouping? grouping = null)
    {
        using var store = SnapshotStore.Open(dataDir);
        using var runs = RunStore.Open(dataDir);
        return new Rescreening(runs).Run(run, store, threads: 2, grouping) ?? throw new InvalidOperationException("nothing changed");
    }

    /// <summary>The UK sample without the rows of the given Group IDs (the last column).</summary>
    private static string UkWithout(TempDir dir, string name, params string[] groups)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Samples, "lists", "uk", "ConList.csv"));
        var path = Directory.CreateDirectory(dir.File(name)).FullName + "/ConList.csv";
        File.WriteAllLines(path, lines.Where(l => !groups.Any(g => l.EndsWith("," + g, StringComparison.Ordinal))));
        return path;
    }

    /// <summary>The UN and OFAC samples and the UK's without RI PYONG CHUL and PUTIN, and a run by target against them.</summary>
    private static async Task<(string Data, string Customers, BatchRun Run)> RunBeforeUkListings(TempDir dir)
    {
        var data = dir.File("data");
        using (var store = SnapshotStore.Open(data))
            foreach (var f in new[] { "un/consolidated.xml", "ofac/sdn.csv" })
                Assert.True(new ListImporter(store).ImportPaths([Path.Combine(TestPaths.Samples, "lists", f)]).Single().Succeeded);
        Import(data, UkWithout(dir, "uk1", RiUk, PutinUk));
        var customers = dir.File("customers.csv");
        File.WriteAllLines(customers, ["name,date_of_birth,nationality,gender", "Ri Pyeong-chol,1948,kp,male", "Vladimir Vladimirovich Putin,07 Oct 1952,ru,male", "Anna Kowalska,1985,pl,female"]);
        return (data, customers, await Batch(data, customers, dir.File("run.csv")));
    }

    [Fact]
    public async Task A_new_national_listing_of_a_UN_listed_person_changes_the_target_and_opens_no_new_hit()
    {
        using var dir = new TempDir();
        var (data, customers, run) = await RunBeforeUkListings(dir);
        Assert.Contains(OpenHits(data, run.Id), h => h.Item1 == 1 && h.Item2 == "un_sc_sanctions-KPi.076");

        Import(data, UkWithout(dir, "uk2", PutinUk));
        var report = Rescreen(data, run.Id);

        var ri = Assert.Single(report.Changed, c => c.After.Row == 1);
        Assert.Equal("un_sc_sanctions-KPi.076", ri.After.EntityId);
        Assert.Null(ri.PreviousId);
        Assert.Equal(["UK " + RiUk], ri.MembersChanged);
        AssertNeitherNewNorClosed(report, row: 1);
        await AssertSameAsAFreshBatch(data, customers, dir.File("full.csv"), run.Id);
    }

    [Fact]
    public async Task A_member_that_takes_over_the_target_id_or_leaves_with_it_is_a_changed_hit_not_a_new_and_a_closed_one()
    {
        using var dir = new TempDir();
        var (data, customers, run) = await RunBeforeUkListings(dir);
        var ofacPutin = Assert.Single(OpenHits(data, run.Id), h => h.Item1 == 2).Item2;
        Assert.Equal("us_ofac_sdn-35096", ofacPutin);

        // The UK lists PUTIN: the UK ranks before OFAC, so the target takes the UK member's id.
        Import(data, UkWithout(dir, "uk2"));
        var gained = Rescreen(data, run.Id);
        var putin = Assert.Single(gained.Changed, c => c.After.Row == 2);
        Assert.Equal(ofacPutin, putin.PreviousId);
        Assert.Equal("gb_hmt_sanctions-" + PutinUk, putin.After.EntityId);
        Assert.Contains("UK " + PutinUk, putin.MembersChanged);
        AssertNeitherNewNorClosed(gained, row: 2);
        await AssertSameAsAFreshBatch(data, customers, dir.File("full2.csv"), run.Id);

        // The UK delists him again: the member that gave the id leaves, the target goes on under OFAC's.
        Import(data, UkWithout(dir, "uk3", PutinUk));
        var lost = Rescreen(data, run.Id);
        var back = Assert.Single(lost.Changed, c => c.After.Row == 2);
        Assert.Equal("gb_hmt_sanctions-" + PutinUk, back.PreviousId);
        Assert.Equal(ofacPutin, back.After.EntityId);
        Assert.Equal(["UK " + PutinUk], back.MembersRemoved);
        AssertNeitherNewNorClosed(lost, row: 2);
        await AssertSameAsAFreshBatch(data, customers, dir.File("full3.csv"), run.Id);
    }

    [Fact]
    public async Task A_run_by_entry_is_rescreened_by_entry_and_refuses_the_other_grouping()
    {
        using var dir = new TempDir();
        var (data, customers, _) = await RunBeforeUkListings(dir);
        var run = await Batch(data, customers, dir.File("entries.csv"), ResultGrouping.Entry);
        Assert.Equal(ResultGrouping.Entry, run.Grouping);

        Import(data, UkWithout(dir, "uk2", PutinUk));
        var refused = Assert.Throws<InvalidOperationException>(() => Rescreen(data, run.Id, ResultGrouping.Target));
        Assert.Contains("--by entry", refused.Message);

        var report = Rescreen(data, run.Id);
        // By entry, the UK's new listing of RI PYONG CHUL is a hit of its own.
        Assert.Contains(report.New, h => h.Row == 1 && h.EntityId == "gb_hmt_sanctions-" + RiUk);
        Assert.Equal(OpenHits(data, (await Batch(data, customers, dir.File("full.csv"), ResultGrouping.Entry)).Id), OpenHits(data, run.Id));
    }
}

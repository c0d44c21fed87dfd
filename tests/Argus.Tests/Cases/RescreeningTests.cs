using Argus.Batch;
using Argus.Cases;
using Argus.Model;
using Argus.Tests.Support;

namespace Argus.Tests.Cases;

public class RescreeningTests
{
    private static WatchlistEntity P(string reference, params string[] names) => TokenOverlapScreener.Person("un_sc_sanctions", reference, names);

    [Fact]
    public async Task Rescreen_against_the_changes_gives_the_hits_of_a_full_rescreen()
    {
        using var dir = new TempDir();
        var input = dir.File("c.csv");
        File.WriteAllLines(input, ["name", "Ri Pyong Chol", "Jo Chun Ryong", "Kim Su Gwang", "Anna Kowalska", "Choe Ryong Hae", "Pak Pong Ju"]);
        List<WatchlistEntity> before = [P("1", "RI PYONG CHOL"), P("2", "CHO CHUN RYONG"), P("3", "KIM SU GWANG"), P("4", "PAK PONG JU")];
        // 1 unchanged; 2 modified to gain the matching alias; 3 removed; 4 modified to lose its match; 5 added.
        List<WatchlistEntity> after = [before[0], P("2", "CHO CHUN RYONG", "JO CHUN RYONG"), P("4", "PAK PONG-SU"), P("5", "CHOE RYONG HAE")];
        var v1 = new Dictionary<string, int> { ["un_sc_sanctions"] = 1 };
        var v2 = new Dictionary<string, int> { ["un_sc_sanctions"] = 2 };

        using var runs = RunStore.Open(dir.Path);
        var run = (await new CustomerFileScreening(runs, new TokenOverlapScreener(before), v1).RunAsync(new BatchRequest(input, dir.File("o.csv")))).Run;
        Assert.Equal(["un_sc_sanctions-1", "un_sc_sanctions-3", "un_sc_sanctions-4"], runs.OpenHits(run.Id).Select(h => h.EntityId));

        var change = new DatasetChange("un_sc_sanctions", 1, 2, [after[3]], [after[1], after[2]], [before[2]]) { ModifiedBefore = [before[1], before[3]] };
        // Only subjects sharing a word with an entity the change touches are screened again ("Anna Kowalska" and
        // "Ri Pyong Chol", whose entity did not change, are not).
        var touchedWords = change.Touched.SelectMany(e => e.Names).SelectMany(n => n.Full.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var current = new TokenOverlapScreener(after);
        var report = new Rescreening(runs).Run(run.Id, v2, [change], current, q => q.Names.Any(n => n.Split(' ').Any(touchedWords.Contains)));

        Assert.Equal(6, report.SubjectsRead);
        Assert.Equal(4, report.SubjectsScreened);
        Assert.Equal(4, current.Calls);
        Assert.Equal(["un_sc_sanctions-2", "un_sc_sanctions-5"], report.New.Select(h => h.EntityId));
        Assert.Equal(["un_sc_sanctions-3", "un_sc_sanctions-4"], report.Closed.Select(h => h.EntityId).Order());
        Assert.Empty(report.Changed);
        Assert.Equal(2, report.Version.Version);

        var full = (await new CustomerFileScreening(runs, new TokenOverlapScreener(after), v2).RunAsync(new BatchRequest(input, dir.File("full.csv")))).Run;
        Assert.Equal(runs.OpenHits(full.Id).Select(h => (h.Row, h.EntityId, h.Score)), runs.OpenHits(run.Id).Select(h => (h.Row, h.EntityId, h.Score)));
        var updated = runs.Get(run.Id)!;
        Assert.Equal(2, updated.Version);
        Assert.Equal(v2, updated.ListVersions);
        Assert.Equal(3, updated.Counts.RowsWithMatches);
    }

    [Fact]
    public async Task A_modified_entity_that_still_matches_with_another_score_is_a_changed_hit()
    {
        using var dir = new TempDir();
        var input = dir.File("c.csv");
        File.WriteAllLines(input, ["name", "Ri Pyong Chol Senior"]);
        var before = P("1", "RI PYONG CHOL");
        var after = P("1", "RI PYONG CHOL SENIOR");
        using var runs = RunStore.Open(dir.Path);
        var run = (await new CustomerFileScreening(runs, new TokenOverlapScreener([before], 0.8), new Dictionary<string, int> { ["un_sc_sanctions"] = 1 })
            .RunAsync(new BatchRequest(input, dir.File("o.csv")))).Run;
        var report = new Rescreening(runs).Run(run.Id, new Dictionary<string, int> { ["un_sc_sanctions"] = 2 },
            [new DatasetChange("un_sc_sanctions", 1, 2, [], [after], []) { ModifiedBefore = [before] }], new TokenOverlapScreener([after], 0.8), _ => true);
        var moved = Assert.Single(report.Changed);
        Assert.True(moved.After.Score > moved.Before.Score);
        Assert.Empty(report.New);
        Assert.Empty(report.Closed);
        Assert.Equal(1.0, Assert.Single(runs.OpenHits(run.Id)).Score);
    }

    [Fact]
    public async Task Hits_from_the_samples_stand_only_if_the_imported_list_gives_them_again()
    {
        using var dir = new TempDir();
        var input = dir.File("c.csv");
        File.WriteAllLines(input, ["name", "Ri Pyong Chol", "Pak Pong Ju"]);
        List<WatchlistEntity> samples = [P("1", "RI PYONG CHOL"), P("2", "PAK PONG JU")];
        using var runs = RunStore.Open(dir.Path);
        // Screened from the bundled samples: no list versions recorded.
        var run = (await new CustomerFileScreening(runs, new TokenOverlapScreener(samples), new Dictionary<string, int>()).RunAsync(new BatchRequest(input, dir.File("o.csv")))).Run;
        Assert.Equal(2, runs.OpenHits(run.Id).Count);

        // The imported list holds RI PYONG CHOL but not PAK PONG JU; "Pak Pong Ju" shares no word with it and is not screened again.
        List<WatchlistEntity> imported = [P("1", "RI PYONG CHOL"), P("3", "CHOE RYONG HAE")];
        var change = new DatasetChange("un_sc_sanctions", null, 1, imported, [], []);
        var words = imported.SelectMany(e => e.Names).SelectMany(n => n.Full.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var report = new Rescreening(runs).Run(run.Id, new Dictionary<string, int> { ["un_sc_sanctions"] = 1 }, [change],
            new TokenOverlapScreener(imported), q => q.Names.Any(n => n.Split(' ').Any(words.Contains)));

        Assert.Equal(1, report.SubjectsScreened);
        Assert.Equal(["un_sc_sanctions-2"], report.Closed.Select(h => h.EntityId));
        Assert.Equal(["un_sc_sanctions-1"], runs.OpenHits(run.Id).Select(h => h.EntityId));
    }

    [Fact]
    public async Task Only_a_complete_run_can_be_rescreened()
    {
        using var dir = new TempDir();
        using var runs = RunStore.Open(dir.Path);
        Assert.Contains("no batch run 42", Assert.Throws<ArgumentException>(() => new Rescreening(runs).Run(42, new Dictionary<string, int>(), [], new TokenOverlapScreener([]), _ => true)).Message);
        var input = dir.File("c.csv");
        File.WriteAllLines(input, ["name", "x"]);
        var run = runs.Begin(input, "00", dir.File("o.csv"), "csv", dir.File("e.csv"), 0.8, ["name=name"], new Dictionary<string, int>());
        Assert.Contains("--resume", Assert.Throws<InvalidOperationException>(() => new Rescreening(runs).Run(run.Id, new Dictionary<string, int>(), [], new TokenOverlapScreener([]), _ => true)).Message);
    }
}

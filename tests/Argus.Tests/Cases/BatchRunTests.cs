using Argus.Batch;
using Argus.Cases;
using Argus.Linking;
using Argus.Model;
using Argus.Tests.Support;

namespace Argus.Tests.Cases;

public class BatchRunTests
{
    private static readonly WatchlistEntity Ri = TokenOverlapScreener.Person("un_sc_sanctions", "KPi.076", "RI PYONG CHOL");
    private static readonly WatchlistEntity Putin = TokenOverlapScreener.Person("us_ofac_sdn", "35096", "Vladimir PUTIN");
    private static readonly Dictionary<string, int> Versions = new() { ["un_sc_sanctions"] = 1, ["us_ofac_sdn"] = 1 };

    /// <summary>Cancels the batch once a given row is written.</summary>
    private sealed class StopAt(long row, CancellationTokenSource stop) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            if (value.RowsDone >= row) stop.Cancel();
        }
    }

    private static string Customers(TempDir dir, int rows)
    {
        var path = dir.File("customers.csv");
        using var w = new StreamWriter(path);
        w.WriteLine("id;name;dob");
        for (var i = 1; i <= rows; i++)
            w.WriteLine($"R{i};{(i % 40) switch { 0 => "Ri Pyong Chol", 20 => "Vladimir Putin", 7 => "", _ => $"Person Number{i}" }};{(i % 101 == 0 ? "1970-02-30" : "1970")}");
        return path;
    }

    [Fact]
    public async Task A_run_is_recorded_with_its_subjects_hits_counts_and_list_versions()
    {
        using var dir = new TempDir();
        var input = Customers(dir, 500);
        using var runs = RunStore.Open(dir.Path);
        var screening = new CustomerFileScreening(runs, new TokenOverlapScreener([Ri, Putin]), Versions);
        var outcome = await screening.RunAsync(new BatchRequest(input, dir.File("out.csv"), Threads: 2));

        var run = outcome.Run;
        Assert.Equal(RunStatus.Complete, run.Status);
        Assert.Equal(500, run.Counts.RowsRead);
        Assert.Equal(CustomerFileScreening.Sha256Of(input), run.InputSha256);
        Assert.Equal(Versions, run.ListVersions);
        Assert.Equal(0.8, run.Threshold);
        Assert.Equal(500, run.LastRow);
        var rejected = Enumerable.Range(1, 500).Count(i => i % 40 == 7 || i % 101 == 0);
        Assert.Equal(rejected, run.Counts.RowsRejected);
        Assert.Equal(500 - rejected, runs.Subjects(run.Id).Count());
        var hits = runs.OpenHits(run.Id);
        Assert.Equal(Enumerable.Range(1, 500).Count(i => (i % 40 is 0 or 20) && i % 101 != 0), hits.Count);
        Assert.All(hits.Where(h => h.Row % 40 == 0), h => Assert.Equal(Ri.Id, h.EntityId));

        var csv = File.ReadAllLines(dir.File("out.csv"));
        Assert.StartsWith("row,reference,name,matches,id_1", csv[0]);
        Assert.Equal(hits.Count, csv.Length - 1);
        var errors = File.ReadAllLines(dir.File("out.errors.csv"));
        Assert.Equal("row,location,reason", errors[0]);
        Assert.Equal(rejected, errors.Length - 1);
        Assert.Contains(errors, e => e.StartsWith("7,line 8,no name"));
        Assert.Contains(errors, e => e.StartsWith("101,line 102,") && e.Contains("impossible date"));
    }

    [Theory]
    [InlineData(BatchOutputFormat.Csv)]
    [InlineData(BatchOutputFormat.JsonLines)]
    public async Task A_stopped_run_resumes_where_it_stopped_and_ends_as_an_uninterrupted_run_would(BatchOutputFormat format)
    {
        using var dir = new TempDir();
        var input = Customers(dir, 20000);
        using var runs = RunStore.Open(dir.Path);
        var screener = new TokenOverlapScreener([Ri, Putin]);
        var screening = new CustomerFileScreening(runs, screener, Versions);

        var whole = await screening.RunAsync(new BatchRequest(input, dir.File("whole.out"), format, Threads: 2));

        using var stop = new CancellationTokenSource();
        var first = await screening.RunAsync(new BatchRequest(input, dir.File("parts.out"), format, Threads: 2), new StopAt(600, stop), stop.Token);
        Assert.True(first.Summary.Stopped);
        Assert.Equal(RunStatus.Stopped, first.Run.Status);
        Assert.True(first.Run.LastRow is >= 600 and < 20000);
        // Until the run is complete it writes beside the target; an older file of that name stays as it was.
        Assert.False(File.Exists(dir.File("parts.out")));
        Assert.True(new FileInfo(CustomerFileScreening.PartialPath(dir.File("parts.out"))).Length > 0);
        File.WriteAllText(dir.File("parts.out"), "an older result");
        // A stopped process may leave bytes past its checkpoint: resume must drop them.
        File.AppendAllText(CustomerFileScreening.PartialPath(dir.File("parts.out")), "half a line");

        var callsBefore = screener.Calls;
        var resumed = await screening.RunAsync(new BatchRequest(input, dir.File("parts.out"), Resume: true, Threads: 2));
        Assert.True(resumed.Resumed);
        Assert.Equal(first.Run.Id, resumed.Run.Id);
        Assert.Equal(RunStatus.Complete, resumed.Run.Status);
        Assert.True(screener.Calls - callsBefore < 20000 - first.Run.LastRow + 1, "resume re-screened rows that were already written");
        Assert.Equal(File.ReadAllBytes(dir.File("whole.out")), File.ReadAllBytes(dir.File("parts.out")));
        Assert.Equal(File.ReadAllBytes(dir.File("whole.errors.csv")), File.ReadAllBytes(dir.File("parts.errors.csv")));
        Assert.False(File.Exists(CustomerFileScreening.PartialPath(dir.File("parts.out"))));
        Assert.Equal(whole.Run.Counts with { Elapsed = TimeSpan.Zero }, resumed.Run.Counts with { Elapsed = TimeSpan.Zero });
        Assert.Equal(runs.OpenHits(whole.Run.Id).Select(h => (h.Row, h.EntityId, h.Score)), runs.OpenHits(resumed.Run.Id).Select(h => (h.Row, h.EntityId, h.Score)));
    }

    [Fact]
    public async Task Resume_is_refused_when_there_is_nothing_to_resume_or_the_lists_changed()
    {
        using var dir = new TempDir();
        var input = Customers(dir, 2000);
        using var runs = RunStore.Open(dir.Path);
        var screening = new CustomerFileScreening(runs, new TokenOverlapScreener([Ri]), Versions);
        var none = await Assert.ThrowsAsync<InvalidOperationException>(() => screening.RunAsync(new BatchRequest(input, dir.File("o.csv"), Resume: true)));
        Assert.Contains("no stopped batch", none.Message);

        using var stop = new CancellationTokenSource();
        await screening.RunAsync(new BatchRequest(input, dir.File("o.csv"), Threads: 1), new StopAt(300, stop), stop.Token);
        var later = new CustomerFileScreening(runs, new TokenOverlapScreener([Ri]), new Dictionary<string, int> { ["un_sc_sanctions"] = 2, ["us_ofac_sdn"] = 1 });
        var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => later.RunAsync(new BatchRequest(input, dir.File("o.csv"), Resume: true)));
        Assert.Contains("un_sc_sanctions", changed.Message);
        Assert.Contains("abandoned", changed.Message);
        // The way out: the run is closed, so neither resume nor rescreen points at the other any more.
        Assert.Equal(RunStatus.Abandoned, runs.All().Single().Status);
        Assert.Contains("no stopped batch", (await Assert.ThrowsAsync<InvalidOperationException>(() => later.RunAsync(new BatchRequest(input, dir.File("o.csv"), Resume: true)))).Message);
        var rescreen = Assert.Throws<InvalidOperationException>(() => new Rescreening(runs).RunToRescreen(runs.All().Single().Id));
        Assert.Contains("abandoned", rescreen.Message);
        Assert.Contains("start a new batch", rescreen.Message);
        var fresh = await later.RunAsync(new BatchRequest(input, dir.File("o.csv"), Threads: 1));
        Assert.Equal(RunStatus.Complete, fresh.Run.Status);
    }

    [Fact]
    public async Task A_run_whose_process_died_is_shown_as_stopped_and_can_be_resumed()
    {
        using var dir = new TempDir();
        var input = Customers(dir, 600);
        using var runs = RunStore.Open(dir.Path);
        var screening = new CustomerFileScreening(runs, new TokenOverlapScreener([Ri]), Versions);
        using var stop = new CancellationTokenSource();
        var stopped = await screening.RunAsync(new BatchRequest(input, dir.File("o.csv"), Threads: 1), new StopAt(256, stop), stop.Token);
        // As a process killed mid-run leaves it: still "running", with the number of a process that is gone.
        runs.MarkRunningAs(stopped.Run.Id, processId: int.MaxValue - 7);
        Assert.Equal(RunStatus.Stopped, runs.Get(stopped.Run.Id)!.Status);
        runs.MarkRunningAs(stopped.Run.Id, Environment.ProcessId);
        Assert.Equal(RunStatus.Running, runs.Get(stopped.Run.Id)!.Status);
        runs.MarkRunningAs(stopped.Run.Id, processId: int.MaxValue - 7);
        var resumed = await screening.RunAsync(new BatchRequest(input, dir.File("o.csv"), Threads: 1, Resume: true));
        Assert.Equal(RunStatus.Complete, resumed.Run.Status);
        Assert.Equal(600, resumed.Run.LastRow);
    }

    [Fact]
    public async Task A_file_without_a_name_column_is_refused_before_anything_is_written()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("c.csv"), "colour,size\nred,2\n");
        using var runs = RunStore.Open(dir.Path);
        var screening = new CustomerFileScreening(runs, new TokenOverlapScreener([Ri]), Versions);
        var e = await Assert.ThrowsAsync<ArgumentException>(() => screening.RunAsync(new BatchRequest(dir.File("c.csv"), dir.File("o.csv"))));
        Assert.Contains("--map", e.Message);
        Assert.False(File.Exists(dir.File("o.csv")));
        Assert.Empty(runs.All());
    }

    [Fact]
    public async Task Subjects_read_back_from_the_run_record_are_those_screened_across_chunks_and_from_older_stores()
    {
        using var dir = new TempDir();
        var input = Customers(dir, 700);
        using var runs = RunStore.Open(dir.Path);
        var screening = new CustomerFileScreening(runs, new TokenOverlapScreener([Ri, Putin]), Versions);
        var run = (await screening.RunAsync(new BatchRequest(input, dir.File("out.jsonl"), BatchOutputFormat.JsonLines, Threads: 2))).Run;

        var expected = Enumerable.Range(1, 700).Where(i => i % 40 != 7 && i % 101 != 0).Select(i => (long)i).ToArray();
        var subjects = runs.Subjects(run.Id).ToArray();
        Assert.Equal(expected, subjects.Select(s => s.Row));
        Assert.All(subjects, s => Assert.Equal($"R{s.Row}", s.Reference));
        Assert.Equal("Ri Pyong Chol", subjects.Single(s => s.Row == 280).Query.Names[0]);
        Assert.Equal("1970", subjects.Single(s => s.Row == 280).Query.BirthDates[0].ToString());

        // Rows on both sides of a chunk boundary (chunks of 256), a rejected row and a row past the end.
        var some = runs.SubjectsAt(run.Id, [1, 256, 257, 513, 700, 7, 701]);
        Assert.Equal([1L, 256, 257, 513, 700], some.Keys.Order());
        Assert.All(some, kv => Assert.Equal($"R{kv.Key}", kv.Value.Reference));
        Assert.Equal("Person Number513", some[513].Query.Names[0]);

        // A store written when subjects were kept one row each is still read.
        var older = runs.Begin(input, "0", dir.File("older.csv"), "csv", dir.File("older.errors.csv"), 0.8, [], Versions);
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={dir.File(RunStore.FileName)}"))
        {
            db.Open();
            using var insert = db.CreateCommand();
            insert.CommandText = "INSERT INTO batch_subjects (run_id, row, query) VALUES ($id, 3, $q)";
            insert.Parameters.AddWithValue("$id", older.Id);
            insert.Parameters.AddWithValue("$q", SubjectJson.ToJson(subjects[1]));
            insert.ExecuteNonQuery();
        }
        Assert.Equal([3L], runs.Subjects(older.Id).Select(s => s.Row));
        Assert.Equal("R2", runs.SubjectsAt(older.Id, [3])[3].Reference);
    }

    [Fact]
    public async Task A_resume_with_the_other_grouping_is_refused_and_leaves_the_run_as_it_was()
    {
        using var dir = new TempDir();
        var input = dir.File("c.csv");
        File.WriteAllLines(input, ["name", "Ri Pyong Chol"]);
        var output = dir.File("o.csv");
        using var runs = RunStore.Open(dir.Path);
        var run = runs.Begin(input, CustomerFileScreening.Sha256Of(input), output, "csv", dir.File("o.errors.csv"), 0.8, ["name=name"], Versions, ResultGrouping.Entry);
        runs.Finish(run.Id, RunStatus.Stopped, RunCounts.Zero);

        var byTarget = new TargetScreener(new TokenOverlapScreener([Ri]), LinkSet.Build([Ri]));
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new CustomerFileScreening(runs, byTarget, Versions).RunAsync(new BatchRequest(input, output, Resume: true)));
        Assert.Contains("--by entry", refused.Message);
        var after = runs.Get(run.Id)!;
        Assert.Equal(RunStatus.Stopped, after.Status);
        Assert.Equal(ResultGrouping.Entry, after.Grouping);
        Assert.Equal(ResultGrouping.Target, (await new CustomerFileScreening(runs, byTarget, Versions).RunAsync(new BatchRequest(input, dir.File("t.csv")))).Run.Grouping);
    }
}

using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Argus.Cli.Tests.Support;
using Argus.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Argus.Cli.Tests;

/// <summary>
/// The argus process killed (SIGKILL) at random points of an import, a batch and a rescreen, on a full
/// disk, against a locked database and beside a second writer: the store afterwards holds every dataset
/// either as it was or wholly as the new version, and a run goes on or is repeated to the same result.
/// </summary>
public sealed class FaultTests
{
    /// <summary>Fixed, so that a failing kill point is found again; the points still fall anywhere in the run.</summary>
    private static readonly Random KillPoints = new(15);

    private static string UnSample => Path.Combine(TestPaths.Samples, "lists", "un", "consolidated.xml");

    [Fact]
    public void An_import_killed_at_any_point_leaves_the_old_version_or_the_whole_new_one()
    {
        using var dir = new TempDir();
        var big = LargeSamples.UnList(dir.File("big.xml"), copies: 200);
        var reference = dir.File("reference");
        Assert.Equal(0, ArgusProcess.Run(reference, "lists", "import", UnSample).ExitCode);
        var duration = Timed(() => Assert.Equal(0, ArgusProcess.Run(reference, "lists", "import", big).ExitCode));
        var whole = Versions(reference)["un_sc_sanctions"];

        var data = dir.File("data");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", UnSample).ExitCode);
        var old = Versions(data)["un_sc_sanctions"];
        var killed = 0;
        foreach (var fraction in new[] { 0.2, 0.4, 0.6, 0.8, 0.95 })
        {
            if (KillDuring(data, duration * (fraction + KillPoints.NextDouble() * 0.05), "lists", "import", big)) killed++;
            var now = Versions(data)["un_sc_sanctions"];
            Assert.True(now == old || now == whole, $"after a kill at {fraction:P0}: {now}, expected {old} or {whole}");
            if (now == whole) break;
        }
        Assert.True(killed > 0, "no kill fell inside the import");
        var again = ArgusProcess.Run(data, "lists", "import", big);
        Assert.True(again.ExitCode == 0, again.StdErr);
        Assert.Equal(whole, Versions(data)["un_sc_sanctions"]);
        Assert.True(ArgusProcess.Run(data, "screen", "Ri Pyong Chol").ExitCode == 0);
    }

    [Fact]
    public void A_batch_killed_at_any_point_resumes_to_the_output_of_an_unbroken_run()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", UnSample).ExitCode);
        var input = LargeSamples.Customers(dir.File("customers.csv"), copies: 4000);
        var reference = dir.File("reference.csv");
        var duration = Timed(() => Assert.Equal(0, ArgusProcess.Run(data, "batch", input, "--out", reference).ExitCode));

        var resumedRuns = 0;
        foreach (var fraction in new[] { 0.2, 0.55, 0.9 })
        {
            var output = dir.File($"out-{fraction}.csv");
            // The kill is timed from the moment the run opens its partial output, not from the start: how long
            // the lists take to load varies with the machine's load and would move every kill point.
            if (!KillWhileScreening(data, output, duration * (fraction * 0.5 + KillPoints.NextDouble() * 0.05), "batch", input, "--out", output)) continue;
            var resumed = ArgusProcess.Run(data, "batch", input, "--out", output, "--resume");
            // Killed while the lists were still loading, the run had not begun: it is started again.
            if (resumed.ExitCode != 0 && resumed.StdErr.Contains("run it without --resume"))
                resumed = ArgusProcess.Run(data, "batch", input, "--out", output);
            else resumedRuns++;
            Assert.True(resumed.ExitCode == 0, $"resume after a kill at {fraction:P0}: {resumed.StdErr}");
            Assert.Equal(File.ReadAllBytes(reference), File.ReadAllBytes(output));
        }
        Assert.True(resumedRuns > 0, "no kill fell inside the screening of the rows");
    }

    /// <summary>A run stopped before a list update cannot be finished against other versions: resume closes it as abandoned, and a new batch is the way on.</summary>
    [Fact]
    public void A_batch_killed_before_a_list_update_is_abandoned_with_a_way_out_and_never_stays_running()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", UnSample).ExitCode);
        var input = LargeSamples.Customers(dir.File("customers.csv"), copies: 4000);
        var output = dir.File("out.csv");
        var duration = Timed(() => Assert.Equal(0, ArgusProcess.Run(data, "batch", input, "--out", dir.File("reference.csv")).ExitCode));
        Assert.True(KillDuring(data, duration * 0.4, "batch", input, "--out", output), "the batch ended before the kill");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", LargeSamples.UnList(dir.File("v2.xml"), copies: 2)).ExitCode);

        var resumed = ArgusProcess.Run(data, "batch", input, "--out", output, "--resume");
        Assert.Equal(1, resumed.ExitCode);
        Assert.Contains("without --resume", resumed.StdErr);
        Assert.DoesNotContain("\"running\"", ArgusProcess.Run(data, "runs", "--json").StdOut);

        var again = ArgusProcess.Run(data, "batch", input, "--out", output);
        Assert.True(again.ExitCode == 0, again.StdErr);
        var runs = ArgusProcess.Run(data, "runs", "--json");
        Assert.True(runs.ExitCode == 0, runs.StdErr);
        Assert.DoesNotContain("\"running\"", runs.StdOut);
        Assert.Contains("\"complete\"", runs.StdOut);
    }

    [Fact]
    public void A_rescreen_killed_at_any_point_is_repeated_to_the_report_of_an_unbroken_one()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", UnSample).ExitCode);
        var input = LargeSamples.Customers(dir.File("customers.csv"), copies: 4000);
        var batch = ArgusProcess.Run(data, "batch", input, "--out", dir.File("out.csv"), "--json");
        Assert.True(batch.ExitCode == 0, batch.StdErr);
        var run = JsonDocument.Parse(batch.StdOut).RootElement.GetProperty("run").GetInt32().ToString();
        // Version 2 drops one entry and renames another: rescreen has rows to close and rows to open.
        var text = File.ReadAllText(UnSample);
        var v2 = dir.File("v2.xml");
        File.WriteAllText(v2, Regex.Replace(text.Replace("<FIRST_NAME>RI</FIRST_NAME>", "<FIRST_NAME>JO</FIRST_NAME>"), @"<INDIVIDUAL>(?:(?!</INDIVIDUAL>).)*KPi\.038(?:(?!</INDIVIDUAL>).)*</INDIVIDUAL>", "", RegexOptions.Singleline));
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", v2).ExitCode);

        var reference = dir.File("reference");
        CopyStore(data, reference);
        string? report = null;
        var duration = Timed(() => report = ArgusProcess.Run(reference, "rescreen", run, "--json").StdOut);
        Assert.Contains("\"closed\"", report);

        foreach (var fraction in new[] { 0.4, 0.8 })
        {
            var copy = dir.File($"data-{fraction}");
            CopyStore(data, copy);
            if (!KillDuring(copy, duration * (fraction + KillPoints.NextDouble() * 0.05), "rescreen", run, "--json")) continue;
            var again = ArgusProcess.Run(copy, "rescreen", run, "--json");
            Assert.True(again.ExitCode == 0, $"rescreen after a kill at {fraction:P0}: {again.StdErr}");
            // Killed after its results were committed, the run is at version 2 already; else it is done again, wholly.
            if (again.StdErr.Contains("nothing to re-screen")) Assert.Contains("\"changes\": []", again.StdOut);
            else Assert.Equal(WithoutTimes(report!), WithoutTimes(again.StdOut));
        }
    }

    /// <summary>
    /// A 2 MB file system when the tests may mount one (root), else and also a file-size limit (SIGXFSZ
    /// ignored, so writes fail with EFBIG), for which .NET's double-mapped code pages must be off.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_full_disk_refuses_the_import_with_a_reason_and_keeps_the_active_list(bool smallFileSystem)
    {
        using var dir = new TempDir();
        var big = LargeSamples.UnList(dir.File("big.xml"), copies: 200);
        var data = Directory.CreateDirectory(dir.File("small-disk")).FullName;
        var mounted = smallFileSystem && TryMount(data, "2m");
        try
        {
            Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", UnSample).ExitCode);
            var before = Versions(data);
            var run = mounted ? ArgusProcess.Run(data, "lists", "import", big) : ArgusProcess.RunUnder("trap '' XFSZ; ulimit -f 2048; export DOTNET_EnableWriteXorExecute=0;", data, "lists", "import", big);
            Assert.NotEqual(0, run.ExitCode);
            Assert.Matches("full|disk I/O", run.StdErr);
            Assert.DoesNotContain("   at ", run.StdErr);
            Assert.Equal(before, Versions(data));
            Assert.Equal(0, ArgusProcess.Run(data, "screen", "Ri Pyong Chol").ExitCode);
        }
        finally
        {
            if (mounted) Shell($"umount '{data}'");
        }
    }

    [Fact]
    public void A_database_locked_by_another_process_is_waited_for_and_read_meanwhile()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", UnSample).ExitCode);
        var ofac = Path.Combine(TestPaths.Samples, "lists", "ofac", "sdn.csv");
        using (var locker = new SqliteConnection($"Data Source={Path.Combine(data, "argus.db")};Pooling=False"))
        {
            locker.Open();
            using (var begin = locker.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                begin.ExecuteNonQuery();
            }
            var import = ArgusProcess.Launch(data, "lists", "import", ofac);
            // Readers go on beside a writer's lock (write-ahead log).
            Assert.Equal(0, ArgusProcess.Run(data, "screen", "Ri Pyong Chol").ExitCode);
            Assert.False(import.HasExited, "the import did not wait for the lock");
            using var rollback = locker.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
            Assert.True(import.WaitForExit(TimeSpan.FromMinutes(2)));
            Assert.Equal(0, import.ExitCode);
        }
        var versions = Versions(data);
        Assert.Contains("un_sc_sanctions", versions.Keys);
        Assert.Contains("us_ofac_sdn", versions.Keys);
    }

    [Fact]
    public void A_lock_held_past_the_wait_refuses_the_import_and_the_batch_naming_the_file_and_writes_nothing()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", UnSample).ExitCode);
        var before = Versions(data);
        var ofac = Path.Combine(TestPaths.Samples, "lists", "ofac", "sdn.csv");
        var customers = Path.Combine(TestPaths.Samples, "customers", "customers.csv");
        var output = dir.File("out.csv");
        var store = Path.Combine(data, "argus.db");
        const string shortWait = "export ARGUS_LOCK_TIMEOUT=2;";
        using (var locker = new SqliteConnection($"Data Source={store};Pooling=False"))
        {
            locker.Open();
            using (var begin = locker.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                begin.ExecuteNonQuery();
            }
            foreach (var args in new[] { new[] { "lists", "import", ofac }, ["batch", customers, "--out", output] })
            {
                var clock = Stopwatch.StartNew();
                var run = ArgusProcess.RunUnder(shortWait, data, args);
                Assert.True(run.ExitCode == 1, $"{args[0]}: exit {run.ExitCode}: {run.StdErr}");
                Assert.Contains(store + ": the database is locked by another writer", run.StdErr);
                Assert.Contains("after 2 s; this change was not written", run.StdErr);
                Assert.Contains("ARGUS_LOCK_TIMEOUT", run.StdErr);
                Assert.DoesNotContain("   at ", run.StdErr);
                Assert.Single(run.StdErr.Split('\n'), l => l.StartsWith("argus:", StringComparison.Ordinal));
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), $"{args[0]} waited {clock.Elapsed}, not the 2 s asked");
            }
            Assert.False(File.Exists(output));
        }
        Assert.Equal(before, Versions(data));
        var runs = ArgusProcess.Run(data, "runs", "--json");
        Assert.Equal(0, JsonDocument.Parse(runs.StdOut).RootElement.GetArrayLength());
        var bad = ArgusProcess.RunUnder("export ARGUS_LOCK_TIMEOUT=soon;", data, "lists", "import", ofac);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("ARGUS_LOCK_TIMEOUT: 'soon' is not a whole number of seconds", bad.StdErr);
        // Released, the same commands go through.
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", ofac).ExitCode);
        Assert.Equal(0, ArgusProcess.Run(data, "batch", customers, "--out", output).ExitCode);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public async Task Two_imports_at_once_land_in_order_lose_nothing_and_make_no_redundant_version()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", UnSample).ExitCode);
        var big = LargeSamples.UnList(dir.File("big.xml"), copies: 100);
        var ofac = Path.Combine(TestPaths.Samples, "lists", "ofac", "sdn.csv");
        var runs = await Task.WhenAll(new[] { big, ofac, big }.Select(file => Task.Run(() => ArgusProcess.Run(data, "lists", "import", file))));
        foreach (var r in runs) Assert.True(r.ExitCode == 0, r.StdErr);
        var versions = Versions(data);
        // The two imports of the same file wait for each other; the second finds the first's version and writes none.
        var un = versions["un_sc_sanctions"].Split(':');
        Assert.Equal("2", un[0]);
        Assert.Equal("1005", un[1]);
        Assert.Single(runs, r => r.StdErr.Contains("unchanged") || r.StdOut.Contains("unchanged"));
        Assert.StartsWith("1:30:", versions["us_ofac_sdn"]);
    }

    /// <summary>Starts argus, kills it after <paramref name="delay"/>; true when it was still running then.</summary>
    private static bool KillWhileScreening(string data, string output, TimeSpan delay, params string[] args)
    {
        using var p = ArgusProcess.Launch(data, args);
        var partial = Argus.Cases.CustomerFileScreening.PartialPath(output);
        while (!File.Exists(partial))
            if (p.WaitForExit(TimeSpan.FromMilliseconds(5))) return false;
        if (p.WaitForExit(delay)) return false;
        p.Kill();
        p.WaitForExit();
        return true;
    }

    private static bool KillDuring(string data, TimeSpan delay, params string[] args)
    {
        using var p = ArgusProcess.Launch(data, args);
        if (p.WaitForExit(delay)) return false;
        p.Kill();
        p.WaitForExit();
        return true;
    }

    /// <summary>Active version of each dataset as "version:entities:sha256".</summary>
    private static Dictionary<string, string> Versions(string data)
    {
        var run = ArgusProcess.Run(data, "lists", "--json");
        Assert.True(run.ExitCode == 0, run.StdErr);
        return JsonDocument.Parse(run.StdOut).RootElement.EnumerateArray().ToDictionary(
            d => d.GetProperty("dataset").GetString()!,
            d => $"{d.GetProperty("version").GetInt32()}:{d.GetProperty("entities").GetInt32()}:{d.GetProperty("sha256").GetString()}");
    }

    private static TimeSpan Timed(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    private static void CopyStore(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)), overwrite: true);
    }

    private static string WithoutTimes(string report) => Regex.Replace(report.TrimEnd(), "\"[^\"]*(time|At|seconds|elapsed)[^\"]*\"\\s*:\\s*(\"[^\"]*\"|[0-9.eE+-]+)", "");

    private static bool TryMount(string dir, string size) =>
        Environment.UserName == "root" && Shell($"mount -t tmpfs -o size={size} argus-test '{dir}'") == 0;

    private static int Shell(string command)
    {
        using var p = Process.Start(new ProcessStartInfo("sh", ["-c", command + " 2>/dev/null"]) { UseShellExecute = false })!;
        p.WaitForExit();
        return p.ExitCode;
    }
}

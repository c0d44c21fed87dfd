using System.Diagnostics;
using System.Globalization;
using Argus.Matching;
using Argus.Model;
using Argus.Names;

namespace Argus.Bench;

/// <summary>
/// `screen-bench [--queries N]`: over all shared lists, the index build time, single-screen latency
/// (p50/p95/p99), the two-thread batch rate, memory, and the ratio to a brute-force baseline that
/// compares the query with every list name by token Jaro–Winkler (as Moov Watchman does).
/// `--dump FILE` writes every query's results (entity id and score, in order), one query per line, so
/// that two builds can be compared result by result. `--rounds R` only builds the index and screens
/// the queries R times, then stops: the CPU time of a run with R &gt; 0 less that of a run with R = 0
/// is the cost of R × the queries, for profilers and CPU counters; the run also prints the CPU time of
/// its rounds measured inside the process (after 500 warm-up screens). `--limit N` and `--min-score S` screen
/// with those options (the batch asks for 50 results at or above its threshold); `--no-brute` skips the
/// brute-force baseline; `--explain` reads every result's explanation (written when first read), and `--dump` then writes
/// each result's JSON (explanation included) under its query's line.
/// </summary>
public static class ScreenBenchTask
{
    private static IReadOnlyList<ScreeningResult> Screen(IScreener index, ScreeningQuery query, ScreeningOptions options, bool explain)
    {
        var results = index.Screen(query, options);
        if (explain)
            foreach (var r in results) _ = r.Explanation.Summary;
        return results;
    }

    public static int Run(string[] args)
    {
        var count = 5000;
        string? dump = null;
        int? screenRounds = null;
        var options = new ScreeningOptions();
        var brute = true;
        // With --explain every result's explanation is read (as `argus screen` and the API do); without it, only
        // scores and decisions (the index writes an explanation when it is first read).
        var explain = false;
        // With --targets the screens go through the target layer (one result per linked target), as `argus screen` does.
        var targets = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--queries") count = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--dump") dump = args[++i];
            else if (args[i] == "--rounds") screenRounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--limit") options = options with { Limit = int.Parse(args[++i], CultureInfo.InvariantCulture) };
            else if (args[i] == "--min-score") options = options with { MinScore = double.Parse(args[++i], CultureInfo.InvariantCulture) };
            else if (args[i] == "--no-brute") brute = false;
            else if (args[i] == "--explain") explain = true;
            else if (args[i] == "--targets") targets = true;
        }

        var entities = SharedLists.Load();
        var queries = Queries(entities, count);
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        var before = GC.GetTotalMemory(true);
        var index = ScreeningIndex.Build(entities); // first build: includes one-time table loading and JIT
        var firstBuild = index.BuildTime;
        var sw = Stopwatch.StartNew();
        var cpuBuild = Process.GetCurrentProcess().TotalProcessorTime;
        index = ScreeningIndex.Build(entities);
        var build = sw.Elapsed;
        IScreener screener = targets ? new Argus.Linking.TargetScreener(index, Argus.Linking.LinkSet.Build(entities)) : index;
        var buildCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBuild).TotalMilliseconds;
        if (screenRounds is { } repeat)
        {
            // Warm up (tiered compilation) before the rounds measured.
            foreach (var q in queries.Take(500)) Screen(screener, q, options, explain);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var wall = Stopwatch.StartNew();
            for (var round = 0; round < repeat; round++) foreach (var q in queries) Screen(screener, q, options, explain);
            if (repeat > 0)
                Console.WriteLine($"{repeat} × {queries.Count:N0} screens on one thread: {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / (repeat * queries.Count):N0} µs CPU (whole process) and {wall.Elapsed.TotalMicroseconds / (repeat * queries.Count):N0} µs wall per query (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}); "
                    + $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / (repeat * queries.Count) / 1024.0:N1} KB allocated per query, garbage collections gen0/1/2 {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}");
            return 0;
        }
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        var after = GC.GetTotalMemory(true);
        Console.WriteLine($"lists: {entities.Count:N0} entities, {index.Names.Count:N0} names, {index.TermCount:N0} index terms");
        Console.WriteLine($"index build: {build.TotalMilliseconds:N0} ms (warm; the first build in a process also loads the name tables, {firstBuild.TotalMilliseconds:N0} ms); CPU time {buildCpu:N0} ms");
        Console.WriteLine($"managed memory held by entities + index: {(after - Math.Min(before, after)) / 1048576.0:N0} MB over the entities alone; total managed {after / 1048576.0:N0} MB; working set {Process.GetCurrentProcess().WorkingSet64 / 1048576.0:N0} MB");

        // Warm up, then time each query on one thread.
        foreach (var q in queries.Take(500)) Screen(screener, q, options, explain);
        var times = new double[queries.Count];
        var matched = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < queries.Count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            var r = Screen(screener, queries[i], options, explain);
            times[i] = Stopwatch.GetElapsedTime(t).TotalMicroseconds;
            if (r.Count > 0 && r[0].Match) matched++;
        }
        var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / queries.Count;
        if (dump is not null)
        {
            using var w = new StreamWriter(dump);
            foreach (var q in queries)
            {
                var results = Screen(screener, q, options, explain);
                w.WriteLine(q.Names[0] + "\t" + string.Join(' ', results.Select(r => r.Entity.Id + ":" + r.Score.ToString("0.0000", CultureInfo.InvariantCulture))));
                // With --explain, each result as `argus screen --json` writes it, explanation included.
                if (explain)
                    foreach (var r in results)
                    {
                        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
                        using (var json = new System.Text.Json.Utf8JsonWriter(buffer)) ScreeningJson.WriteResult(json, r);
                        w.WriteLine("  " + System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
                    }
            }
        }
        Array.Sort(times);
        double P(double p) => times[Math.Min(times.Length - 1, (int)(p * times.Length))];
        Console.WriteLine($"single screen ({queries.Count:N0} queries, {matched:N0} with a match): p50 {P(0.50):N0} µs, p95 {P(0.95):N0} µs, p99 {P(0.99):N0} µs, mean {times.Average():N0} µs; CPU time {cpuPerQuery:N0} µs per query (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores)");

        // The same queries screened both ways, in turn (which way goes first alternates): what reading every
        // explanation adds, measured under the same load as the screen alone.
        var plain = new double[queries.Count];
        var worded = new double[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            for (var k = 0; k < 2; k++)
            {
                var withWords = (i + k) % 2 == 1;
                var t = Stopwatch.GetTimestamp();
                Screen(index, queries[i], options, withWords);
                (withWords ? worded : plain)[i] = Stopwatch.GetElapsedTime(t).TotalMicroseconds;
            }
        }
        Array.Sort(plain);
        Array.Sort(worded);
        static double At(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
        Console.WriteLine($"paired, each query both ways in turn: scores only p50 {At(plain, 0.5):N0} µs, p99 {At(plain, 0.99):N0} µs; every explanation read p50 {At(worded, 0.5):N0} µs, p99 {At(worded, 0.99):N0} µs");

        foreach (var threads in new[] { 1, 2 })
        {
            var rounds = Math.Max(1, 20000 / queries.Count);
            sw.Restart();
            Parallel.For(0, queries.Count * rounds, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => Screen(index, queries[i % queries.Count], options, explain));
            var rate = queries.Count * rounds / sw.Elapsed.TotalSeconds;
            Console.WriteLine($"batch on {threads} thread{(threads == 1 ? "" : "s")}: {rate:N0} queries/s");
        }

        if (!brute) return 0;
        // Brute force: every query token against every token of every list name, Jaro–Winkler, best name.
        var listNames = index.Names.Select(n => n.Form.Tokens.Select(t => t.Text).ToArray()).ToArray();
        var sample = queries.Take(100).ToArray();
        sw.Restart();
        foreach (var q in sample)
        {
            var qt = NameParser.Parse(q.Names[0]).Tokens.Select(t => t.Text).ToArray();
            var best = 0.0;
            foreach (var name in listNames)
            {
                var sum = 0.0;
                foreach (var a in qt)
                {
                    var m = 0.0;
                    foreach (var b in name) m = Math.Max(m, StringDistance.JaroWinkler(a, b));
                    sum += m;
                }
                best = Math.Max(best, sum / Math.Max(1, qt.Length));
            }
        }
        var bruteMicros = sw.Elapsed.TotalMicroseconds / sample.Length;
        Console.WriteLine($"brute-force token Jaro–Winkler over every list name: {bruteMicros:N0} µs per query; index p50 is {bruteMicros / P(0.5):N0}× faster, mean {bruteMicros / times.Average():N0}×");
        return 0;
    }

    /// <summary>Half listed people and companies with their names reordered, half names of people not listed (Wikidata labels).</summary>
    public static List<ScreeningQuery> Queries(List<WatchlistEntity> entities, int count)
    {
        var rng = new Random(7);
        var listed = entities.Where(e => e.Schema is EntitySchema.Person && e.Caption.Length > 4).OrderBy(_ => rng.Next()).Take(count / 2)
            .Select(e =>
            {
                var w = e.Caption.Replace(",", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return ScreeningQuery.ForName(string.Join(' ', w.Skip(1).Append(w[0])), EntitySchema.Person);
            });
        var wd = Path.Combine(SharedLists.DataDirectory(), "nlp", "wd_korean");
        var others = File.ReadLines(wd).Select(l => l.Split('\t')[0]).Where(n => n.Contains(' ')).OrderBy(_ => rng.Next()).Take(count - count / 2)
            .Select(n => ScreeningQuery.ForName(n, EntitySchema.Person));
        return listed.Concat(others).OrderBy(_ => rng.Next()).ToList();
    }
}

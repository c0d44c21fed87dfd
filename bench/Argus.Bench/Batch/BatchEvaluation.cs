using System.Diagnostics;
using System.Runtime;
using Argus.Batch;
using Argus.Matching;
using Argus.Model;

namespace Argus.Bench.Batch;

/// <summary>
/// <c>batch-eval --in FILE [--lists DIR] [--threads N] [--threshold T]</c>: screens a generated customer
/// file in process through the batch pipeline against every list, and reports the rate, the peak
/// working set, the planted listed people found (from the sidecar) and the false-alert rate on the
/// other rows.
/// </summary>
internal static class BatchEvaluation
{
    private sealed class CollectingSink : IBatchSink
    {
        public readonly Dictionary<long, string[]> Matches = [];
        public readonly Dictionary<long, string> Best = [];
        public readonly Dictionary<long, double> BestNameScore = [];
        public readonly Dictionary<long, string[]> All = [];
        public bool KeepAll;
        public long Bytes;

        public void Write(BatchChunk chunk)
        {
            Bytes += chunk.Output.Length;
            foreach (var s in chunk.Screened)
                if (s.Matches.Count > 0)
                {
                    Matches[s.Subject.Row] = s.Matches.Select(m => m.Entity.Id).ToArray();
                    Best[s.Subject.Row] = $"[{s.Matches[0].Entity.Schema}] {s.Matches[0].Explanation.Summary}";
                    BestNameScore[s.Subject.Row] = s.Matches.Max(m => m.Explanation.NameScore);
                    if (KeepAll)
                        All[s.Subject.Row] = s.Matches.Select(m => $"{m.Score:0.000} name {m.Explanation.NameScore:0.000} [{m.Entity.Schema}] {m.Explanation.Summary}").ToArray();
                }
        }
    }

    public static int Run(BatchTasks.TaskArgs a)
    {
        var input = a.Required("--in");
        var lists = a.Get("--lists") ?? BatchTasks.SharedLists();
        var threads = (int)a.Long("--threads", Environment.ProcessorCount);
        var clock = Stopwatch.StartNew();
        var entities = CustomerFileGenerator.LoadLists(lists, BatchTasks.ListFilter);
        var loaded = clock.Elapsed;
        clock.Restart();
        var index = ScreeningIndex.Build(entities);
        var built = clock.Elapsed;
        Console.Error.WriteLine($"lists: {entities.Count:N0} entities from {lists} read in {loaded.TotalSeconds:0.0} s; index built in {built.TotalSeconds:0.00} s");
        var threshold = a.Get("--threshold") is { } t ? double.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : index.DefaultThreshold;

        using var reader = CustomerFiles.Open(input);
        var mapping = ColumnMapping.Detect(reader.Columns);
        if (a.Long("--probe", 0) is var probe and > 0)
        {
            // Screening alone, one thread, without the pipeline: tells the engine's cost from the pipeline's.
            using var r2 = CustomerFiles.Open(input);
            var builder = new SubjectBuilder(mapping);
            var queries = r2.Rows().Take((int)probe).Select(r => builder.Build(r).Subject).OfType<BatchSubject>().Select(s => s.Query).ToArray();
            var options = BatchOptions.ScreeningFor(threshold);
            foreach (var q in queries.Take(200)) index.Screen(q, options);
            // Three rounds: the first still fills the caches of query tokens.
            for (var round = 1; round <= 3; round++)
            {
                var sw = Stopwatch.StartNew();
                foreach (var q in queries) index.Screen(q, options);
                Console.WriteLine($"engine alone    {queries.Length:N0} queries on one thread, round {round}: {sw.Elapsed.TotalMilliseconds * 1000 / queries.Length:0.0} µs/query");
            }
        }
        if (a.Get("--rows") is { } rowList)
        {
            var wanted = rowList.Split(',').Select(long.Parse).ToHashSet();
            using var r3 = CustomerFiles.Open(input);
            var b3 = new SubjectBuilder(mapping);
            foreach (var row in r3.Rows())
            {
                if (b3.Build(row).Subject is not { } subject || !wanted.Contains(subject.Row)) continue;
                Console.WriteLine($"row {subject.Row}: {string.Join(" / ", subject.Query.Names)}");
                foreach (var r in index.Screen(subject.Query, BatchOptions.ScreeningFor(threshold)))
                    Console.WriteLine($"   {r.Score:0.000} {r.Entity.Id} {r.Explanation.Summary}");
            }
            return 0;
        }
        // --explain-all: every match of a false alert with its explanation, not only the best
        var sink = new CollectingSink { KeepAll = a.Has("--explain-all") };
        var screening = new BatchScreening(index, new SubjectBuilder(mapping), new BatchOutputFormatter(BatchOutputFormat.Csv),
            new BatchOptions { Threads = threads, Threshold = threshold, MaxMatches = (int)a.Long("--max-matches", BatchOptions.DefaultMaxMatches) });
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var (g0, g1, g2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var allocated = GC.GetTotalAllocatedBytes();
        var summary = screening.RunAsync(reader, sink).GetAwaiter().GetResult();
        self.Refresh();
        var cpu = self.TotalProcessorTime - cpuBefore;

        Console.WriteLine($"file            {input} ({new FileInfo(input).Length / 1e6:0.0} MB)");
        Console.WriteLine($"threads         {threads} (machine: {Environment.ProcessorCount} cores)");
        Console.WriteLine($"rows            {summary.RowsRead:N0} read, {summary.RowsScreened:N0} screened, {summary.RowsRejected:N0} rejected, {summary.RowsWithMatches:N0} with matches");
        Console.WriteLine($"time            {summary.Elapsed.TotalSeconds:0.00} s → {summary.RowsPerSecond:N0} rows/s");
        Console.WriteLine($"cpu time        {cpu.TotalSeconds:0.0} s → {summary.RowsRead / cpu.TotalSeconds:N0} rows per CPU-second (the rate {threads} idle cores would give: {threads * summary.RowsRead / cpu.TotalSeconds:N0} rows/s)");
        Console.WriteLine($"collections     gen0 {GC.CollectionCount(0) - g0:N0}, gen1 {GC.CollectionCount(1) - g1:N0}, gen2 {GC.CollectionCount(2) - g2:N0}; paused {(GC.GetTotalPauseDuration() - pause).TotalSeconds:0.00} s; {(GC.GetTotalAllocatedBytes() - allocated) / 1e3 / Math.Max(1, summary.RowsRead):N0} KB allocated per row ({(GCSettings.IsServerGC ? "server" : "workstation")} GC, {GCSettings.LatencyMode})");
        Console.WriteLine($"peak memory     {self.PeakWorkingSet64 / 1e6:0} MB working set; managed heap now {GC.GetTotalMemory(false) / 1e6:0} MB");

        var sidecar = BatchTasks.SidecarPath(input);
        var planted = File.Exists(sidecar) ? CustomerFileGenerator.ReadSidecar(sidecar) : [];
        if (planted.Count > 0)
        {
            var missed = planted.Where(p => !sink.Matches.TryGetValue(p.Row, out var ids) || !ids.Contains(p.EntityId)).ToArray();
            Console.WriteLine($"planted found   {planted.Count - missed.Length}/{planted.Count}");
            foreach (var v in planted.GroupBy(p => p.Variant).OrderBy(g => g.Key))
                Console.WriteLine($"  {v.Key,-16}{v.Count(p => !missed.Contains(p))}/{v.Count()}");
            foreach (var m in missed.Take(30))
                Console.WriteLine($"  missed row {m.Row}: '{m.Name}' ({m.Variant}) should find {m.EntityId} '{m.ListName}'; found: {string.Join(" ", sink.Matches.GetValueOrDefault(m.Row) ?? [])}");
        }
        if (a.Get("--dump-matches") is { } dump)
            File.WriteAllLines(dump, sink.Matches.OrderBy(m => m.Key).Select(m => $"{m.Key}\t{string.Join(" ", m.Value.Order(StringComparer.Ordinal))}"));
        var plantedRows = planted.Select(p => p.Row).ToHashSet();
        var clean = summary.RowsScreened - planted.Count;
        var falseAlerts = sink.Matches.Keys.Count(r => !plantedRows.Contains(r));
        Console.WriteLine($"false alerts    {falseAlerts:N0} of {clean:N0} clean rows = {(clean > 0 ? 100.0 * falseAlerts / clean : 0):0.000} % at threshold {threshold:0.###}");
        // A clean row whose name is a listed name in full (every part agrees, name score ≥ 0.95) is a namesake:
        // only a fact both sides state (date of birth, nationality) can tell them apart.
        var namesakes = sink.Matches.Keys.Count(r => !plantedRows.Contains(r) && sink.BestNameScore.GetValueOrDefault(r) >= 0.95);
        Console.WriteLine($"  namesakes     {namesakes:N0} ({(clean > 0 ? 100.0 * namesakes / clean : 0):0.000} %): the full name of a listed person (name score ≥ 0.95)");
        Console.WriteLine($"  other         {falseAlerts - namesakes:N0} ({(clean > 0 ? 100.0 * (falseAlerts - namesakes) / clean : 0):0.000} %)");
        if (a.Has("--show-false"))
        {
            var names = File.ReadLines(input).Skip(1).Select((l, i) => (Row: (long)i + 1, Line: l)).Where(x => sink.Matches.ContainsKey(x.Row) && !plantedRows.Contains(x.Row)).Take((int)a.Long("--show", 40));
            var byId = entities.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
            foreach (var (row, line) in names)
            {
                Console.WriteLine($"  row {row}: {line} → {string.Join("; ", sink.Matches[row].Take(3).Select(id => byId.TryGetValue(id, out var e) ? $"{e.Caption} ({id})" : id))}");
                if (sink.KeepAll)
                    foreach (var m in sink.All[row]) Console.WriteLine($"      {m}");
                else if (a.Has("--explain")) Console.WriteLine($"      {sink.Best[row]}");
            }
        }
        return 0;
    }
}

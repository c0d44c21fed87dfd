using System.Buffers;
using System.Diagnostics.Tracing;
using Argus.Batch;
using Argus.Matching;
using Argus.Names;

namespace Argus.Bench.Batch;

/// <summary>
/// <c>alloc-stages --in FILE [--rows N] [--max-matches M] [--explain] [--types K]</c>: bytes allocated per row
/// by each stage of a batch row, on one thread (reading the row, building the subject, parsing its names,
/// the screen, picking the matches, reading their explanations, the subject's JSON, the CSV line), and the
/// types allocated most inside the screen (the runtime's allocation samples, one per ~100 KB).
/// </summary>
internal static class AllocationStages
{
    public static int Run(BatchTasks.TaskArgs a)
    {
        var input = a.Required("--in");
        var lists = a.Get("--lists") ?? BatchTasks.SharedLists();
        var rowCount = (int)a.Long("--rows", 20_000);
        var maxMatches = (int)a.Long("--max-matches", BatchOptions.DefaultMaxMatches);
        var explain = a.Has("--explain");
        var entities = CustomerFileGenerator.LoadLists(lists, BatchTasks.ListFilter);
        var index = ScreeningIndex.Build(entities);
        var threshold = index.DefaultThreshold;
        var options = BatchOptions.ScreeningFor(threshold, maxMatches);

        using var reader = CustomerFiles.Open(input);
        var mapping = ColumnMapping.Detect(reader.Columns);
        var builder = new SubjectBuilder(mapping);
        var formatter = new BatchOutputFormatter(BatchOutputFormat.Csv);
        var output = new ArrayBufferWriter<byte>(1 << 20);
        var stages = new[] { "read row", "build subject", "parse names (as the screen does)", "screen", "pick matches", "read explanations", "subject JSON", "CSV line" };
        var bytes = new long[stages.Length];
        var rows = 0;
        using var rowEnumerator = reader.Rows().GetEnumerator();
        using var listener = new AllocationListener();
        var warmup = 500;
        while (rows < rowCount + warmup)
        {
            var mark = GC.GetAllocatedBytesForCurrentThread();
            if (!rowEnumerator.MoveNext()) break;
            var row = rowEnumerator.Current;
            var counting = rows >= warmup;
            listener.Counting = counting;
            void Stage(int s)
            {
                var now = GC.GetAllocatedBytesForCurrentThread();
                if (counting) bytes[s] += now - mark;
                mark = GC.GetAllocatedBytesForCurrentThread();
            }
            Stage(0);
            var (subject, _) = builder.Build(row);
            Stage(1);
            if (subject is null) continue;
            var reading = ScreeningIndex.ReadingFor(subject.Query.Schema);
            foreach (var name in subject.Query.Names)
                foreach (var alternative in NameParser.Alternatives(name))
                    NameParser.Parse(alternative, reading);
            Stage(2);
            var results = index.Screen(subject.Query, options);
            Stage(3);
            var matches = results.Count == 0 ? (IReadOnlyList<ScreeningResult>)[] : results.Where(r => r.Score >= threshold).ToArray();
            Stage(4);
            if (explain) foreach (var r in results) _ = r.Explanation.Summary;
            Stage(5);
            var screened = new ScreenedRow(subject, matches) { SubjectJsonUtf8 = SubjectJson.ToUtf8(subject) };
            Stage(6);
            output.ResetWrittenCount();
            formatter.Append(output, screened, null);
            Stage(7);
            rows++;
        }
        var counted = Math.Max(1, rows - warmup);
        Console.WriteLine($"{counted:N0} rows after {warmup} warm-up rows, one thread, {maxMatches} matches at most{(explain ? ", every result's explanation read" : "")}");
        for (var s = 0; s < stages.Length; s++)
            Console.WriteLine($"  {stages[s],-36} {bytes[s] / (double)counted / 1024,8:0.00} KB per row");
        Console.WriteLine($"  {"total",-36} {bytes.Sum() / (double)counted / 1024,8:0.00} KB per row (the screen includes its own parse)");
        Console.WriteLine("types allocated over the rows counted (allocation samples, by bytes):");
        var total = Math.Max(1, listener.Samples.Values.Sum());
        foreach (var (type, n) in listener.Samples.OrderByDescending(p => p.Value).Take((int)a.Long("--types", 25)))
            Console.WriteLine($"  {100.0 * n / total,5:0.0} %  {type}");
        return 0;
    }

    /// <summary>Counts the runtime's allocation samples (GCAllocationTick) by type while <see cref="Counting"/> is set.</summary>
    private sealed class AllocationListener : EventListener
    {
        public readonly Dictionary<string, long> Samples = new(StringComparer.Ordinal);
        public volatile bool Counting;

        protected override void OnEventSourceCreated(EventSource source)
        {
            // GC keyword (0x1) at verbose level: the allocation tick events.
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!Counting || !e.EventName!.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
            var i = e.PayloadNames!.IndexOf("TypeName");
            var type = i >= 0 ? e.Payload[i] as string ?? "?" : "?";
            var sizeAt = e.PayloadNames.IndexOf("AllocationAmount64");
            var amount = sizeAt >= 0 ? Convert.ToInt64(e.Payload[sizeAt], System.Globalization.CultureInfo.InvariantCulture) : 1;
            lock (Samples) Samples[type] = Samples.GetValueOrDefault(type) + amount;
        }
    }
}

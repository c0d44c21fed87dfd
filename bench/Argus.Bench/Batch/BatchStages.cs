using System.Buffers;
using System.Diagnostics;
using System.Text;
using Argus.Batch;
using Argus.Cases;
using Argus.Matching;

namespace Argus.Bench.Batch;

/// <summary>
/// <c>batch-stages --in FILE [--engine N] [--lists DIR]</c>: where the CPU time of a batch goes, stage by
/// stage, each on one thread over the whole file: reading and splitting the rows, building the subjects,
/// the engine (on the first N subjects, then per row), output formatting (JSON lines and CSV), the run
/// record in SQLite (subjects and hits, one transaction per chunk) and the ordered writer's file writes.
/// Rows past the first N reuse the matches of row <c>i mod N</c>, so formatting and hits have the
/// file's own density of matches.
/// </summary>
internal static class BatchStages
{
    public static int Run(BatchTasks.TaskArgs a)
    {
        var input = a.Required("--in");
        var lists = a.Get("--lists") ?? BatchTasks.SharedLists();
        var engineRows = (int)a.Long("--engine", 5000);
        var chunkSize = (int)a.Long("--chunk", 256);

        var entities = Measure("load lists (XML/CSV/XLSX parse, not the store)", 0, () => CustomerFileGenerator.LoadLists(lists, BatchTasks.ListFilter));
        var index = Measure("index build", 0, () => ScreeningIndex.Build(entities));
        var threshold = index.DefaultThreshold;

        // Reading, building and writing subjects are timed on passes that keep nothing, as the pipeline
        // keeps nothing: holding 100,000 rows would charge these stages with promoting them (GC).
        using (var pass = CustomerFiles.Open(input)) Measure("read rows (warm-up)", -1, () => pass.Rows().Count());
        using (var pass = CustomerFiles.Open(input)) Measure("read rows", -1, () => pass.Rows().Count());
        using var reader = CustomerFiles.Open(input);
        var mapping = ColumnMapping.Detect(reader.Columns);
        var rows = reader.Rows().ToList();
        var n = rows.Count;
        var builder = new SubjectBuilder(mapping);
        Measure("build subjects (warm-up)", n, () => rows.Count(r => builder.Build(r).Subject is not null));
        Measure("build subjects", n, () => rows.Count(r => builder.Build(r).Subject is not null));
        var subjects = rows.Select(r => builder.Build(r).Subject).OfType<BatchSubject>().ToArray();

        // As a batch screens a row (the same candidates and matches).
        var options = BatchOptions.ScreeningFor(threshold);
        var sample = subjects.Take(engineRows).ToArray();
        foreach (var s in sample.Take(200)) index.Screen(s.Query, options);
        var found = Measure($"engine ({sample.Length:N0} queries)", sample.Length,
            () => sample.Select(s => index.Screen(s.Query, options).Where(r => r.Score >= threshold).ToArray()).ToArray());
        Console.WriteLine($"  rows with matches in the sample: {found.Count(f => f.Length > 0):N0} of {found.Length:N0}");
        // As the workers do: the subject's JSON is written once, for the output and the run record.
        Measure("subject JSON (SubjectJson.ToUtf8)", n, () => subjects.Sum(s => SubjectJson.ToUtf8(s).Length));
        var subjectJson = subjects.Select(SubjectJson.ToUtf8).ToArray();
        var screened = subjects.Select((s, i) => new ScreenedRow(s, found[i % found.Length]) { SubjectJsonUtf8 = subjectJson[i] }).ToArray();

        foreach (var format in new[] { BatchOutputFormat.JsonLines, BatchOutputFormat.Csv })
        {
            var formatter = new BatchOutputFormatter(format);
            var buffer = new ArrayBufferWriter<byte>(1 << 20);
            var bytes = Measure($"format {format}", n, () =>
            {
                long total = 0;
                foreach (var s in screened)
                {
                    formatter.Append(buffer, s, null);
                    if (buffer.WrittenCount > 1 << 19)
                    {
                        total += buffer.WrittenCount;
                        buffer.ResetWrittenCount();
                    }
                }
                return total + buffer.WrittenCount;
            });
            Console.WriteLine($"  {bytes / 1e6:0.0} MB");
        }

        var chunks = screened.Chunk(chunkSize).Select(c => new BatchChunk(c[^1].Subject.Row, c.Length, c, [], ReadOnlyMemory<byte>.Empty)).ToArray();
        var dir = Directory.CreateTempSubdirectory("argus-stages-");
        try
        {
            using var runs = RunStore.Open(dir.FullName);
            var counts = RunCounts.Zero;
            var noHits = chunks.Select(c => c with { Screened = c.Screened.Select(r => r with { Matches = [] }).ToArray() }).ToArray();
            var empty = chunks.Select(c => c with { Screened = [] }).ToArray();
            // Each variant writes a run of its own, so that none replaces rows another wrote; the first warms up.
            foreach (var (label, variant) in new[]
            {
                ("SQLite: subjects without hits, warm-up", noHits),
                ($"SQLite checkpoints ({chunks.Length:N0} chunks of {chunkSize})", chunks),
                ("  of which subjects without hits", noHits),
                ("  of which the checkpoint alone (no subjects, no hits)", empty),
            })
            {
                var run = runs.Begin(input, "0", Path.Combine(dir.FullName, "out"), "jsonl", Path.Combine(dir.FullName, "err"), threshold, mapping.ToSpecs(), new Dictionary<string, int>());
                Measure(label, n, () =>
                {
                    foreach (var c in variant) runs.Checkpoint(run.Id, c, 0, 0, counts);
                    return 0;
                });
            }
            Console.WriteLine($"  hits recorded: {chunks.Sum(c => c.Screened.Sum(r => r.Matches.Count)):N0}");
            Console.WriteLine($"  argus.db {new FileInfo(Path.Combine(dir.FullName, RunStore.FileName)).Length / 1e6:0.0} MB (+ WAL {WalLength(dir.FullName) / 1e6:0.0} MB)");

            var formatterJ = new BatchOutputFormatter(BatchOutputFormat.JsonLines);
            var output = new ArrayBufferWriter<byte>(1 << 20);
            var formatted = chunks.Select(c =>
            {
                output.ResetWrittenCount();
                foreach (var s in c.Screened) formatterJ.Append(output, s, null);
                return output.WrittenMemory.ToArray();
            }).ToArray();
            using var file = new FileStream(Path.Combine(dir.FullName, "out.jsonl"), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            Measure("writer: file write + flush per chunk (JSON lines)", n, () =>
            {
                foreach (var f in formatted)
                {
                    file.Write(f);
                    file.Flush();
                }
                return 0;
            });
        }
        finally
        {
            dir.Delete(true);
        }
        return 0;
    }

    private static long WalLength(string dir) =>
        File.Exists(Path.Combine(dir, RunStore.FileName + "-wal")) ? new FileInfo(Path.Combine(dir, RunStore.FileName + "-wal")).Length : 0;

    /// <summary>Runs one stage and prints its wall and process CPU time, per row when <paramref name="perRows"/> is given (-1: the count the stage returns).</summary>
    private static T Measure<T>(string stage, int perRows, Func<T> work)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var (g0, g1, g2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var wall = Stopwatch.StartNew();
        var result = work();
        wall.Stop();
        self.Refresh();
        var used = self.TotalProcessorTime - cpu;
        var count = perRows != -1 ? perRows : result is int rowsDone ? rowsDone : result is System.Collections.ICollection c ? c.Count : 0;
        var line = new StringBuilder($"{stage,-58} wall {wall.Elapsed.TotalSeconds,7:0.000} s  cpu {used.TotalSeconds,7:0.000} s");
        if (count > 0) line.Append($"  → {used.TotalMilliseconds * 1000 / count,7:0.0} µs CPU per row ({wall.Elapsed.TotalMilliseconds * 1000 / count:0.0} wall)");
        line.Append($"  [GC {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2}, paused {(GC.GetTotalPauseDuration() - pause).TotalSeconds:0.000} s]");
        Console.WriteLine(line);
        return result;
    }
}

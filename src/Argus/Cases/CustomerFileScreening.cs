using System.Security.Cryptography;
using System.Text;
using Argus.Batch;
using Argus.Linking;
using Argus.Matching;

namespace Argus.Cases;

/// <summary>What to screen and where to write it.</summary>
/// <param name="InputPath">The customer file.</param>
/// <param name="OutputPath">The results file.</param>
/// <param name="Format">CSV or JSON lines.</param>
/// <param name="ErrorsPath">Where rejected rows go; null: beside the output, <c>NAME.errors.csv</c>.</param>
/// <param name="Threshold">Null: the screener's default.</param>
/// <param name="MapOverrides">--map COLUMN=FIELD overrides.</param>
/// <param name="Threads">Screening workers.</param>
/// <param name="Resume">Continue the stopped run of the same input and output instead of starting anew.</param>
/// <param name="Encoding">The customer file's encoding as the user names it; null: told from its bytes.</param>
public sealed record BatchRequest(
    string InputPath,
    string OutputPath,
    BatchOutputFormat Format = BatchOutputFormat.Csv,
    string? ErrorsPath = null,
    double? Threshold = null,
    IReadOnlyList<string>? MapOverrides = null,
    int Threads = 0,
    bool Resume = false,
    string? Encoding = null)
{
    public static string DefaultErrorsPath(string outputPath)
    {
        var full = Path.GetFullPath(outputPath);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + ".errors.csv");
    }
}

/// <summary>The outcome of a batch: its run record and its figures.</summary>
public sealed record BatchOutcome(BatchRun Run, BatchSummary Summary, bool Resumed);

/// <summary>
/// Screens a customer file against the active lists and records the run: output and errors files
/// written in row order, a checkpoint after each chunk (last row, file lengths, subjects, hits), so
/// that a stopped run can be resumed exactly where its last whole chunk ended.
/// </summary>
public sealed class CustomerFileScreening(RunStore runs, IScreener screener, IReadOnlyDictionary<string, int> listVersions)
{
    /// <summary>Whether hits are keyed by target or by entry: by target when the screener groups its results by target.</summary>
    public ResultGrouping Grouping { get; init; } = screener is TargetScreener ? ResultGrouping.Target : ResultGrouping.Entry;

    /// <summary>Called once the file is open and its mapping known, before screening starts.</summary>
    public Action<ICustomerFileReader, ColumnMapping, BatchRun, bool>? Started { get; init; }

    public async Task<BatchOutcome> RunAsync(BatchRequest request, IProgress<BatchProgress>? progress = null, CancellationToken stop = default)
    {
        var input = Path.GetFullPath(request.InputPath);
        var output = Path.GetFullPath(request.OutputPath);
        RefuseSameFile(request, output, runs.DataDirectory);
        var sha = Sha256Of(input);
        using var reader = CustomerFiles.Open(input, request.Encoding);

        BatchRun run;
        ColumnMapping mapping;
        BatchOutputFormat format;
        double threshold;
        if (request.Resume)
        {
            run = runs.FindResumable(sha, output)
                ?? throw new InvalidOperationException($"no stopped batch of {request.InputPath} (with these bytes) writing {request.OutputPath} to resume; run it without --resume");
            // Half a run keyed by target and half by entry could not be re-screened.
            if (run.Grouping != Grouping)
                throw new InvalidOperationException($"run {run.Id} was screened --by {run.Grouping.Name()}; resume it with --by {run.Grouping.Name()}, or start a new batch without --resume to screen --by {Grouping.Name()}");
            var changed = listVersions.Where(kv => !run.ListVersions.TryGetValue(kv.Key, out var v) || v != kv.Value).Select(kv => kv.Key)
                .Concat(run.ListVersions.Keys.Where(k => !listVersions.ContainsKey(k))).ToArray();
            if (changed.Length > 0)
            {
                // Finishing against other versions would mix them in one run: it is closed, and a new batch is the way on.
                var reason = $"the lists changed since it began ({string.Join(", ", changed)})";
                runs.Abandon(run.Id, reason);
                throw new InvalidOperationException($"run {run.Id} cannot be resumed: {reason}; it is now marked abandoned. Start the batch again without --resume");
            }
            mapping = ColumnMapping.FromSpecs(reader.Columns, run.Mapping);
            format = ParseFormat(run.OutputFormat);
            threshold = run.Threshold;
            runs.Reopen(run.Id);
        }
        else
        {
            mapping = ColumnMapping.Detect(reader.Columns, request.MapOverrides);
            if (!mapping.HasNameColumn)
                throw new ArgumentException($"{request.InputPath}: no column holds a name (columns: {string.Join(", ", reader.Columns.Select(c => $"'{c}'"))}); map one with --map COLUMN=name");
            format = request.Format;
            threshold = request.Threshold ?? screener.DefaultThreshold;
            run = runs.Begin(input, sha, output, FormatName(format), Path.GetFullPath(request.ErrorsPath ?? BatchRequest.DefaultErrorsPath(output)),
                threshold, mapping.ToSpecs(), listVersions, Grouping);
        }
        Started?.Invoke(reader, mapping, run, request.Resume);

        var formatter = new BatchOutputFormatter(format);
        using var sink = BatchFileSink.Open(runs, run, formatter, request.Resume);
        var screening = new BatchScreening(screener, new SubjectBuilder(mapping), formatter, new BatchOptions
        {
            Threshold = threshold,
            Threads = request.Threads > 0 ? request.Threads : Environment.ProcessorCount,
            SkipThroughRow = request.Resume ? run.LastRow : 0,
        });
        BatchSummary summary;
        try
        {
            summary = await screening.RunAsync(reader, sink, progress, stop).ConfigureAwait(false);
        }
        catch
        {
            runs.Finish(run.Id, RunStatus.Stopped, sink.Counts);
            throw;
        }
        var total = sink.Counts;
        if (!summary.Stopped) sink.Publish();
        runs.Finish(run.Id, summary.Stopped ? RunStatus.Stopped : RunStatus.Complete, total);
        var whole = new BatchSummary(total.RowsRead, total.RowsScreened, total.RowsWithMatches, total.RowsRejected, summary.LastRow, summary.Elapsed, summary.Stopped);
        return new BatchOutcome(runs.Get(run.Id)!, whole, request.Resume);
    }

    /// <summary>
    /// Any two of input, output and errors that are one file on disk (links, "..") are refused before anything
    /// is read, as are the store's files and an output that is a device or a pipe: a run's files are renamed into
    /// place when it completes.
    /// </summary>
    private static void RefuseSameFile(BatchRequest request, string output, string dataDirectory)
    {
        var errors = request.ErrorsPath ?? BatchRequest.DefaultErrorsPath(output);
        DistinctFiles.Require([.. DistinctFiles.Store(dataDirectory), new NamedFile("input", request.InputPath), new NamedFile("--out", request.OutputPath), new NamedFile("--errors", errors)]);
        foreach (var (option, path) in new[] { ("--out", request.OutputPath), ("--errors", errors) })
            if (FileIdentity.IsSpecial(path))
                throw new ArgumentException($"{path}: {option} is a device or a pipe, not a file; a batch writes its results to a file it renames into place when the run completes");
    }

    public static BatchOutputFormat ParseFormat(string text) => text.Trim().ToLowerInvariant() switch
    {
        "csv" => BatchOutputFormat.Csv,
        "jsonl" or "json" or "ndjson" => BatchOutputFormat.JsonLines,
        _ => throw new ArgumentException($"unknown output format '{text}' (csv or jsonl)"),
    };

    public static string FormatName(BatchOutputFormat f) => f == BatchOutputFormat.Csv ? "csv" : "jsonl";

    public static string Sha256Of(string path)
    {
        using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }

    /// <summary>Where a run writes <paramref name="path"/> until it is complete: beside it, renamed into place at the end.</summary>
    public static string PartialPath(string path) => path + ".partial";

    /// <summary>
    /// Writes chunks to temporary files beside the output and errors files (<see cref="PartialPath"/>) and
    /// checkpoints the run after each; a complete run renames them into place, so a file of the same name
    /// from before is replaced whole or not at all.
    /// </summary>
    private sealed class BatchFileSink : IBatchSink, IDisposable
    {
        private static readonly byte[] ErrorsHeader = Encoding.UTF8.GetBytes("row,location,reason\n");
        private readonly RunStore _runs;
        private readonly long _runId;
        private readonly string _outputPath;
        private readonly string _errorsPath;
        private readonly FileStream _output;
        private readonly FileStream _errors;
        private readonly TimeSpan _elapsedBefore;
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

        private BatchFileSink(RunStore runs, BatchRun run, FileStream output, FileStream errors)
        {
            _runs = runs;
            _runId = run.Id;
            _outputPath = run.OutputPath;
            _errorsPath = run.ErrorsPath;
            _output = output;
            _errors = errors;
            _elapsedBefore = run.Counts.Elapsed;
            Counts = run.Counts;
        }

        public RunCounts Counts { get; private set; }

        public static BatchFileSink Open(RunStore runs, BatchRun run, BatchOutputFormatter formatter, bool resume)
        {
            var output = new FileStream(PartialPath(run.OutputPath), resume ? FileMode.OpenOrCreate : FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            FileStream errors;
            try
            {
                errors = new FileStream(PartialPath(run.ErrorsPath), resume ? FileMode.OpenOrCreate : FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 14);
            }
            catch
            {
                output.Dispose();
                throw;
            }
            if (resume)
            {
                // Anything past the checkpoint was written by a chunk that was never recorded.
                if (output.Length < run.OutputBytes || errors.Length < run.ErrorsBytes)
                {
                    output.Dispose();
                    errors.Dispose();
                    throw new InvalidOperationException($"run {run.Id} cannot be resumed: {output.Name} or {errors.Name} is shorter than when it stopped (changed since?)");
                }
                output.SetLength(run.OutputBytes);
                errors.SetLength(run.ErrorsBytes);
                output.Seek(0, SeekOrigin.End);
                errors.Seek(0, SeekOrigin.End);
            }
            if (output.Length == 0 && formatter.Header() is { } header) output.Write(Encoding.UTF8.GetBytes(header));
            if (errors.Length == 0) errors.Write(ErrorsHeader);
            output.Flush();
            errors.Flush();
            var sink = new BatchFileSink(runs, run, output, errors);
            if (!resume) runs.Checkpoint(run.Id, new BatchChunk(0, 0, [], [], ReadOnlyMemory<byte>.Empty), output.Length, errors.Length, RunCounts.Zero);
            return sink;
        }

        public void Write(BatchChunk chunk)
        {
            _output.Write(chunk.Output.Span);
            foreach (var r in chunk.Rejected)
                _errors.Write(Encoding.UTF8.GetBytes($"{r.Row},{BatchOutputFormatter.CsvField(r.Location)},{BatchOutputFormatter.CsvField(r.Reason)}\n"));
            _output.Flush();
            _errors.Flush();
            Counts = new RunCounts(
                Counts.RowsRead + chunk.RowsRead,
                Counts.RowsScreened + chunk.Screened.Count,
                Counts.RowsWithMatches + chunk.Screened.Count(s => s.Matches.Count > 0),
                Counts.RowsRejected + chunk.Rejected.Count,
                _elapsedBefore + _clock.Elapsed);
            _runs.Checkpoint(_runId, chunk, _output.Length, _errors.Length, Counts);
        }

        /// <summary>Makes the files durable and renames them into place.</summary>
        public void Publish()
        {
            _output.Flush(flushToDisk: true);
            _errors.Flush(flushToDisk: true);
            Dispose();
            File.Move(_output.Name, _outputPath, overwrite: true);
            File.Move(_errors.Name, _errorsPath, overwrite: true);
        }

        public void Dispose()
        {
            _output.Dispose();
            _errors.Dispose();
        }
    }
}

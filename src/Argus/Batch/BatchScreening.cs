using System.Buffers;
using System.Diagnostics;
using System.Threading.Channels;
using Argus.Matching;

namespace Argus.Batch;

/// <summary>Options of one batch screening.</summary>
public sealed record BatchOptions
{
    /// <summary>Score from which a result is a match; null: the screener's calibrated default.</summary>
    public double? Threshold { get; init; }
    /// <summary>Screening workers; default all cores.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>Most matches kept per row.</summary>
    public int MaxMatches { get; init; } = DefaultMaxMatches;

    /// <summary>Fifty matches per row: more than the candidates a row is compared with, so the cap never hides a match.</summary>
    public const int DefaultMaxMatches = 50;

    /// <summary>
    /// How a row is screened: as <c>argus screen</c> screens a name (the same 32 candidates), keeping every
    /// result from the threshold up. A rescreen asks the same of the whole current index, restricted to what
    /// changed, so that it finds exactly the hits a full batch would.
    /// </summary>
    public static ScreeningOptions ScreeningFor(double threshold, int maxMatches = DefaultMaxMatches) =>
        new() { Threshold = threshold, MinScore = threshold, Limit = maxMatches, Candidates = ScreeningOptions.DefaultCandidates };
    /// <summary>Rows handed to a worker at once.</summary>
    public int ChunkSize { get; init; } = 256;
    /// <summary>Rows up to this number are skipped (they were written by the run being resumed).</summary>
    public long SkipThroughRow { get; init; }
}

/// <summary>One chunk of consecutive rows, screened and formatted, handed to the sink in row order.</summary>
/// <param name="LastRow">The number of the last row the chunk covers (whatever its outcome).</param>
/// <param name="RowsRead">Rows in the chunk.</param>
/// <param name="Screened">Rows screened.</param>
/// <param name="Rejected">Rows that could not be screened.</param>
/// <param name="Output">The formatted output lines of the chunk.</param>
public sealed record BatchChunk(long LastRow, int RowsRead, IReadOnlyList<ScreenedRow> Screened, IReadOnlyList<RejectedRow> Rejected, ReadOnlyMemory<byte> Output);

/// <summary>Receives screened chunks in row order, on one thread: writes output, errors and the run record.</summary>
public interface IBatchSink
{
    void Write(BatchChunk chunk);
}

/// <summary>Figures of a batch: reported at the end and kept in the run record.</summary>
public sealed record BatchSummary(long RowsRead, long RowsScreened, long RowsWithMatches, long RowsRejected, long LastRow, TimeSpan Elapsed, bool Stopped)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsRead / Elapsed.TotalSeconds : 0;
}

/// <summary>Progress of a running batch, for the progress bar.</summary>
public sealed record BatchProgress(long RowsDone, long RowsWithMatches, long RowsRejected, long Done, long Total, TimeSpan Elapsed);

/// <summary>
/// Screens a customer file as a pipeline: one reader cuts the rows into chunks, N workers build the
/// queries, screen and format them, and one writer hands the chunks to the sink in input order.
/// Both queues are bounded, so memory stays flat whatever the size of the file; cancelling stops
/// the reader and lets every chunk already read be written, so a stopped run ends on a whole row.
/// </summary>
public sealed class BatchScreening(IScreener screener, SubjectBuilder subjects, BatchOutputFormatter formatter, BatchOptions options)
{
    public double Threshold => options.Threshold ?? screener.DefaultThreshold;

    public async Task<BatchSummary> RunAsync(ICustomerFileReader reader, IBatchSink sink, IProgress<BatchProgress>? progress = null, CancellationToken stop = default)
    {
        var clock = Stopwatch.StartNew();
        var threads = Math.Max(1, options.Threads);
        var work = Channel.CreateBounded<(List<InputRow> Rows, TaskCompletionSource<BatchChunk> Done)>(
            new BoundedChannelOptions(threads * 2) { SingleWriter = true });
        var ordered = Channel.CreateBounded<Task<BatchChunk>>(new BoundedChannelOptions(threads * 4) { SingleWriter = true, SingleReader = true });
        using var abort = new CancellationTokenSource();

        var readerTask = Task.Factory.StartNew(() => Read(reader, work.Writer, ordered.Writer, stop, abort.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        var workers = Enumerable.Range(0, threads)
            .Select(_ => Task.Factory.StartNew(() => Work(work.Reader), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap())
            .ToArray();

        long read = 0, screened = 0, matched = 0, rejected = 0, lastRow = options.SkipThroughRow;
        try
        {
            await foreach (var pending in ordered.Reader.ReadAllAsync(CancellationToken.None))
            {
                var chunk = await pending.ConfigureAwait(false);
                sink.Write(chunk);
                read += chunk.RowsRead;
                screened += chunk.Screened.Count;
                matched += chunk.Screened.Count(s => s.Matches.Count > 0);
                rejected += chunk.Rejected.Count;
                lastRow = chunk.LastRow;
                progress?.Report(new BatchProgress(read, matched, rejected, reader.ProgressDone, reader.ProgressTotal, clock.Elapsed));
            }
        }
        catch
        {
            abort.Cancel();
            // Drain so that the reader and the workers can finish; their faults are secondary.
            while (ordered.Reader.TryRead(out _)) { }
            try { await Task.WhenAll(workers.Append(readerTask)).ConfigureAwait(false); } catch (Exception) { }
            throw;
        }
        await readerTask.ConfigureAwait(false);
        await Task.WhenAll(workers).ConfigureAwait(false);
        return new BatchSummary(read, screened, matched, rejected, lastRow, clock.Elapsed, stop.IsCancellationRequested);
    }

    private async Task Read(ICustomerFileReader reader, ChannelWriter<(List<InputRow>, TaskCompletionSource<BatchChunk>)> work,
        ChannelWriter<Task<BatchChunk>> ordered, CancellationToken stop, CancellationToken abort)
    {
        try
        {
            var chunk = new List<InputRow>(options.ChunkSize);
            foreach (var row in reader.Rows())
            {
                if (stop.IsCancellationRequested || abort.IsCancellationRequested) break;
                if (row.Row <= options.SkipThroughRow) continue;
                chunk.Add(row);
                if (chunk.Count < options.ChunkSize) continue;
                await Dispatch(chunk).ConfigureAwait(false);
                chunk = new List<InputRow>(options.ChunkSize);
            }
            if (chunk.Count > 0 && !abort.IsCancellationRequested) await Dispatch(chunk).ConfigureAwait(false);
            work.TryComplete();
            ordered.TryComplete();
        }
        catch (Exception e)
        {
            work.TryComplete(e);
            ordered.TryComplete(e);
            throw;
        }

        async Task Dispatch(List<InputRow> rows)
        {
            var done = new TaskCompletionSource<BatchChunk>(TaskCreationOptions.RunContinuationsAsynchronously);
            await ordered.WriteAsync(done.Task, abort).ConfigureAwait(false);
            await work.WriteAsync((rows, done), abort).ConfigureAwait(false);
        }
    }

    private async Task Work(ChannelReader<(List<InputRow> Rows, TaskCompletionSource<BatchChunk> Done)> work)
    {
        var output = new ArrayBufferWriter<byte>(64 * 1024);
        while (await work.WaitToReadAsync().ConfigureAwait(false))
        {
            while (work.TryRead(out var item))
            {
                try
                {
                    item.Done.SetResult(Screen(item.Rows, output));
                }
                catch (Exception e)
                {
                    item.Done.SetException(e);
                }
            }
        }
    }

    private BatchChunk Screen(List<InputRow> rows, ArrayBufferWriter<byte> output)
    {
        output.ResetWrittenCount();
        var screened = new List<ScreenedRow>(rows.Count);
        var rejected = new List<RejectedRow>();
        var screeningOptions = BatchOptions.ScreeningFor(Threshold, options.MaxMatches);
        foreach (var row in rows)
        {
            var (subject, bad) = subjects.Build(row);
            if (bad is not null)
            {
                rejected.Add(bad);
                formatter.Append(output, null, bad);
                continue;
            }
            var results = screener.Screen(subject!.Query, screeningOptions);
            var matches = results.Count == 0 ? (IReadOnlyList<ScreeningResult>)[] : results.Where(r => r.Score >= Threshold).ToArray();
            // Written once here, on a worker: the output's query and the run record both use these bytes.
            var s = new ScreenedRow(subject, matches) { SubjectJsonUtf8 = SubjectJson.ToUtf8(subject) };
            screened.Add(s);
            formatter.Append(output, s, null);
        }
        return new BatchChunk(rows[^1].Row, rows.Count, screened, rejected, output.WrittenMemory.ToArray());
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using Argus.Batch;
using Argus.Cases;
using Argus.Screening;
using Argus.Web.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Argus.Web.Batches;

/// <summary>What a caller asks of a batch job: the uploaded file (already under the data directory) and the options of <c>argus batch</c> that make sense over HTTP.</summary>
public sealed record BatchJobRequest(string UploadName, string InputPath, double? Threshold, IReadOnlyList<string> Map, string? Encoding);

/// <summary>Who submitted a server batch: the key's id (null: an anonymous caller) and the job's directory; kept beside the jobs as <c>run-N.json</c>.</summary>
public sealed record BatchOwner(long? KeyId, string Directory);

/// <summary>
/// The batch jobs of the server: each runs <c>argus batch</c>'s screening (<see cref="CustomerFileScreening"/>,
/// the same run store) in the background with JSON-lines output, a few at a time; a job whose file cannot
/// be screened is refused before it is recorded. On shutdown the running jobs stop on a whole chunk.
/// </summary>
public sealed class BatchJobs(ScreeningService service, ServeOptions options, ILogger<BatchJobs> log) : IHostedService
{
    private readonly ConcurrentDictionary<long, Job> running = new();
    private readonly CancellationTokenSource stopping = new();
    private int active;

    /// <summary>Where uploads and results go: <c>DATA/batches/</c>.</summary>
    public string Root => Path.Combine(options.DataDirectory, "batches");

    private sealed record Job(Func<BatchProgress?> Progress);

    /// <summary>Starts a job; returns its run once the file is open and its columns mapped (bad files throw a 4xx before that).</summary>
    public async Task<BatchRun> SubmitAsync(BatchJobRequest request, long? keyId, string directory)
    {
        if (Interlocked.Increment(ref active) > options.Limits.ConcurrentBatches)
        {
            Interlocked.Decrement(ref active);
            throw new RequestProblemException(429, $"{options.Limits.ConcurrentBatches} batches are running; retry when one is complete");
        }
        var state = service.Current;
        if (state is null)
        {
            Interlocked.Decrement(ref active);
            throw new RequestProblemException(503, "the screening index is still being built; retry in a moment");
        }
        var started = new TaskCompletionSource<BatchRun>(TaskCreationOptions.RunContinuationsAsynchronously);
        BatchProgress? last = null;
        _ = Task.Run(async () =>
        {
            try
            {
                using var runs = RunStore.Open(options.DataDirectory);
                var screening = new CustomerFileScreening(runs, state.ByTarget, state.Versions)
                {
                    Started = (_, _, run, _) =>
                    {
                        File.WriteAllText(OwnerPath(run.Id), JsonSerializer.Serialize(new BatchOwner(keyId, directory)));
                        running[run.Id] = new Job(() => Volatile.Read(ref last));
                        started.TrySetResult(run);
                    },
                };
                var output = Path.Combine(directory, "results.jsonl");
                var progress = new Progress(p => Volatile.Write(ref last, p));
                var outcome = await screening.RunAsync(new BatchRequest(request.InputPath, output, BatchOutputFormat.JsonLines, null,
                    request.Threshold, request.Map, options.BatchThreads, Resume: false, request.Encoding), progress, stopping.Token);
                log.LogInformation("batch {Run}: {Status}, {Rows} rows, {Matches} with matches", outcome.Run.Id, outcome.Run.Status, outcome.Summary.RowsRead, outcome.Summary.RowsWithMatches);
                running.TryRemove(outcome.Run.Id, out _);
            }
            catch (Exception e) when (!started.Task.IsCompleted)
            {
                started.TrySetException(Refusal(e, request));
            }
            catch (Exception e)
            {
                log.LogError(e, "batch {Run} failed", started.Task.Result.Id);
                running.TryRemove(started.Task.Result.Id, out _);
            }
            finally
            {
                Interlocked.Decrement(ref active);
            }
        });
        try
        {
            return await started.Task;
        }
        catch
        {
            TryDelete(directory);
            throw;
        }
    }

    /// <summary>The fraction of the file read by a running job (bytes or sheet rows), or null when not known.</summary>
    public double? Fraction(long runId) =>
        running.TryGetValue(runId, out var job) && job.Progress() is { Total: > 0 } p ? Math.Clamp((double)p.Done / p.Total, 0, 1) : null;

    /// <summary>The owner of a run submitted over HTTP, or null for a run of <c>argus batch</c>.</summary>
    public BatchOwner? OwnerOf(long runId)
    {
        var path = OwnerPath(runId);
        return File.Exists(path) ? JsonSerializer.Deserialize<BatchOwner>(File.ReadAllText(path)) : null;
    }

    private string OwnerPath(long runId) => Path.Combine(Root, $"run-{runId}.json");

    // A file that cannot be screened is the caller's fault; the message names the upload, not the server's paths.
    private static Exception Refusal(Exception e, BatchJobRequest request)
    {
        if (e is not (InvalidDataException or ArgumentException or IOException or FormatException or System.Text.DecoderFallbackException)) return e;
        var message = e.Message.Replace(Path.GetFullPath(request.InputPath), request.UploadName).Replace(request.InputPath, request.UploadName)
            .Replace(Path.GetFileName(request.InputPath), request.UploadName);
        return new RequestProblemException(422, "the file cannot be screened: " + message);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Stops the running jobs on a whole chunk: they read as <c>stopped</c> in the run store.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        var deadline = Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
        while (Volatile.Read(ref active) > 0 && !deadline.IsCompleted) await Task.Delay(50, CancellationToken.None);
    }

    private sealed class Progress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}

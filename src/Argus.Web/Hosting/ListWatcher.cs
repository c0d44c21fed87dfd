using Argus.Screening;
using Argus.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Argus.Web.Hosting;

/// <summary>
/// Builds the first index once the server listens (so that /readyz can say 503 meanwhile), then checks the
/// store's active versions every few seconds and rebuilds to the side when an import changed them.
/// </summary>
public sealed class ListWatcher(ScreeningService service, ServeOptions options, ILogger<ListWatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            // Started before the host was built (ArgusServer.Build). States are only touched inside the tasks and
            // methods it calls: a local of this method would live as long as the server.
            await service.FirstLoad().WaitAsync(stoppingToken);
            AnnounceReady();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            lastFailure = e.Message;
            if (e is StoreUnavailableException) log.LogError("argus: the lists could not be loaded; retrying every {Seconds} s: {Reason}", options.ListPollInterval.TotalSeconds, e.Message);
            else log.LogError(e, "argus: the lists could not be loaded; retrying every {Seconds} s", options.ListPollInterval.TotalSeconds);
        }
        using var timer = new PeriodicTimer(options.ListPollInterval);
        var collectedAfter = service.Builds;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            collectedAfter = CollectSwappedOut(collectedAfter);
            try
            {
                await Task.Run(() =>
                {
                    if (service.ReloadIfChanged() && service.Current is { } s) Announce(s, "reloaded");
                }, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Polled every few seconds: the same refusal is said once, a store's refusal without a stack trace.
                if (e.Message == lastFailure) continue;
                lastFailure = e.Message;
                if (e is StoreUnavailableException) log.LogWarning("argus: checking the lists for changes failed; the index in use stays: {Reason}", e.Message);
                else log.LogWarning(e, "argus: checking the lists for changes failed; the index in use stays");
                continue;
            }
            lastFailure = null;
        }
    }

    private string? lastFailure;

    /// <summary>
    /// A tick after a swap (by this watcher or POST /updatez) the requests on the old index are over: one
    /// compacting collection frees it and gives its memory back to the system. Left to itself the collector
    /// keeps the old index's pages committed (690 MB instead of 440 MB with every list), and reloads are rare
    /// enough for one pause each.
    /// </summary>
    private long CollectSwappedOut(long collectedAfter)
    {
        var builds = service.Builds;
        if (builds == collectedAfter || collectedAfter == 0) return builds;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var before = Environment.WorkingSet;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        log.LogInformation("argus: the index swapped out is freed: resident {Before:N0} MB, now {After:N0} MB, in {Ms:N0} ms",
            before >> 20, Environment.WorkingSet >> 20, clock.ElapsedMilliseconds);
        return builds;
    }

    private void AnnounceReady()
    {
        if (service.Current is { } s) Announce(s, "ready");
    }

    private void Announce(ScreeningState s, string what) =>
        log.LogInformation("argus: {What}: screening against {Source}; {Names:N0} names indexed in {Ms:N0} ms, {Targets:N0} targets linked in {LinkMs:N0} ms",
            what, s.Lists.Description, s.Index.Names.Count, s.LoadTime.TotalMilliseconds, s.Links.Targets.Count, s.Links.BuildTime.TotalMilliseconds);
}

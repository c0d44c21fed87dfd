using Argus.Screening;
using Prometheus;

namespace Argus.Web.Observability;

/// <summary>
/// The Prometheus metrics of one server, in a registry of its own (a test process runs several servers):
/// requests per route template (from prometheus-net's HTTP middleware) and gauges of the index in use,
/// read from the screening state each time <c>/metrics</c> is scraped.
/// </summary>
public sealed class ServerMetrics
{
    private readonly ScreeningService service;
    private readonly TimeProvider clock;
    private readonly Gauge builds;
    private readonly Gauge builtAt;
    private readonly Gauge entities;
    private readonly Gauge versions;
    private readonly Gauge ages;
    private readonly Lock updating = new();
    // Weak: the gauges must not keep an index alive after a reload until the next scrape.
    private readonly WeakReference<ScreeningState?> seen = new(null);
    private IReadOnlyDictionary<string, int> counts = new Dictionary<string, int>();

    public ServerMetrics(ScreeningService service, TimeProvider clock)
    {
        this.service = service;
        this.clock = clock;
        Factory = Metrics.WithCustomRegistry(Registry);
        builds = Factory.CreateGauge("argus_index_builds", "Indexes swapped in since the server started: 1 after the first build, one more with each reload.");
        builtAt = Factory.CreateGauge("argus_index_built_timestamp_seconds", "When the index in use was built (Unix time).");
        entities = Factory.CreateGauge("argus_dataset_entities", "Entities of each dataset in the index in use (as entity_count in /catalog).", ["dataset"]);
        versions = Factory.CreateGauge("argus_list_version", "Active version of each imported list in the index in use.", ["dataset"]);
        ages = Factory.CreateGauge("argus_list_age_seconds", "Seconds since each list in use was published (its own date, else its import).", ["dataset"]);
        Registry.AddBeforeCollectCallback(Update);
    }

    public CollectorRegistry Registry { get; } = Metrics.NewCustomRegistry();

    /// <summary>Creates metrics in this server's registry (the HTTP middleware's counters and histograms).</summary>
    public IMetricFactory Factory { get; }

    private void Update()
    {
        lock (updating)
        {
            builds.Set(service.Builds);
            if (service.Current is not { } state) return;
            if (!seen.TryGetTarget(out var last) || !ReferenceEquals(state, last)) Read(state);
            var now = clock.GetUtcNow();
            foreach (var v in state.Lists.Versions)
                ages.WithLabels(v.Dataset).Set(Math.Max(0, (now - (v.Published ?? v.ImportedAt)).TotalSeconds));
        }
    }

    /// <summary>A new index: its counts and versions replace the old ones, and datasets no longer loaded leave the gauges.</summary>
    private void Read(ScreeningState state)
    {
        var next = state.Index.Entities.GroupBy(e => e.Dataset).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var gone in counts.Keys.Where(d => !next.ContainsKey(d)))
            foreach (var g in new[] { entities, versions, ages }) g.RemoveLabelled(gone);
        foreach (var (dataset, count) in next) entities.WithLabels(dataset).Set(count);
        foreach (var v in state.Lists.Versions) versions.WithLabels(v.Dataset).Set(v.Version);
        builtAt.Set(state.LoadedAt.ToUnixTimeMilliseconds() / 1000.0);
        counts = next;
        seen.SetTarget(state);
    }
}

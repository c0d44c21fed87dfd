using System.Diagnostics;
using Argus.Linking;
using Argus.Matching;
using Argus.Model;
using Argus.Storage;

namespace Argus.Screening;

/// <summary>
/// What one build of the index screens against: the index, the lists it was built from (read in one
/// transaction), the entities by id, and when and how fast it was built.
/// </summary>
public sealed record ScreeningState(ScreeningIndex Index, LoadedLists Lists, IReadOnlyDictionary<string, WatchlistEntity> ById, DateTimeOffset LoadedAt, TimeSpan LoadTime)
{
    /// <summary>Dataset → active version the index was built from (empty for the bundled samples).</summary>
    public IReadOnlyDictionary<string, int> Versions { get; } = Lists.Versions.ToDictionary(v => v.Dataset, v => v.Version, StringComparer.Ordinal);

    /// <summary>The datasets present in the index, in name order.</summary>
    public IReadOnlyList<string> Datasets { get; } = Lists.Entities.Select(e => e.Dataset).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Where the links come from when first used (their cache file, else a build); null: built from the entities.</summary>
    public Func<LinkSet>? LinkSource { get; init; }

    // Linking is done on first use, once: a screen by entry never pays for it.
    private TargetScreener? byTarget;
    private object? linking;

    /// <summary>The targets of these lists: their entries joined across lists (see <see cref="LinkSet"/>).</summary>
    public LinkSet Links => ByTarget.Links;

    /// <summary>Screening by target over this index: one result per target, its best member first.</summary>
    public TargetScreener ByTarget =>
        LazyInitializer.EnsureInitialized(ref byTarget, ref linking, () => new TargetScreener(Index, LinkSource is { } source ? source() : LinkSet.Build(Lists.Entities)));
}

/// <summary>
/// The screening facade every surface uses: it reads the active lists of a data directory in one
/// consistent read, builds the index to the side and swaps it in at once (calls under way finish on the
/// old one), and rebuilds when the active versions change (an import by this or another process).
/// Safe for any number of concurrent callers; one build at a time.
/// </summary>
public sealed class ScreeningService
{
    private readonly DataLocation location;
    private readonly string dataDirectory;
    private readonly string? samplesDirectory;
    private readonly SemaphoreSlim building = new(1, 1);
    private ScreeningState? state;
    private long builds;

    /// <summary>A data directory the user chose: it must hold imported lists.</summary>
    public ScreeningService(string dataDirectory, string? samplesDirectory = null)
        : this(new DataLocation(dataDirectory, Chosen: true), samplesDirectory)
    {
    }

    /// <summary>The lists of <paramref name="location"/>; the bundled samples stand in as <see cref="ActiveLists.Load(DataLocation, string?)"/> says.</summary>
    public ScreeningService(DataLocation location, string? samplesDirectory = null)
    {
        this.location = location;
        dataDirectory = location.Path;
        this.samplesDirectory = samplesDirectory;
    }

    public string DataDirectory => dataDirectory;

    /// <summary>Link the targets with each build, before it is swapped in (a server: no request waits for them; a screen by target).</summary>
    public bool LinkWithEachBuild { get; init; }

    /// <summary>The index in use, for screeners that keep a reference (a text scanner); swapped with each build.</summary>
    /// <remarks>Made with the first index (or, asked for before it, with the empty one): building the empty index loads the name tables and compiles the build.</remarks>
    public ScreeningIndexHolder Holder => LazyInitializer.EnsureInitialized(ref holder, () => new ScreeningIndexHolder());

    private ScreeningIndexHolder? holder;
    private Task? firstLoad;

    /// <summary>The state in use now, or null before the first build finished.</summary>
    public ScreeningState? Current => Volatile.Read(ref state);

    public bool IsReady => Current is not null;

    /// <summary>How many indexes this service has swapped in (1 after the first build; each reload adds one).</summary>
    public long Builds => Interlocked.Read(ref builds);

    /// <summary>Reads the active lists and builds their index now, then swaps it in; returns the new state.</summary>
    public ScreeningState Load()
    {
        building.Wait();
        try
        {
            // Only the first load holds the collector off: later ones run beside requests.
            return Current is null ? LoadWithoutCollections.Run(Build) : Build();
        }
        finally
        {
            building.Release();
        }
    }

    /// <summary>
    /// The first load, started on a pool thread at the first call (<see cref="Load"/>): a server starts it before
    /// it builds its host, so that both go on at once on the two cores, and waits for it when it listens. The
    /// task holds no state (<see cref="Current"/> has it), so that a reload frees the first one.
    /// </summary>
    public Task FirstLoad() => LazyInitializer.EnsureInitialized(ref firstLoad, () => Task.Run(() => { Load(); }));

    /// <summary>
    /// Rebuilds when the active versions differ from those of the index in use (or nothing was built yet);
    /// true when it rebuilt. The check is one small query; a build already under way is not waited for.
    /// </summary>
    public bool ReloadIfChanged()
    {
        var current = Current;
        if (current is not null && SameVersions(current.Versions, ActiveVersions())) return false;
        if (!building.Wait(0)) return false;
        try
        {
            current = Current;
            if (current is not null && SameVersions(current.Versions, ActiveVersions())) return false;
            if (current is null) LoadWithoutCollections.Run(Build);
            else Build();
            return true;
        }
        finally
        {
            building.Release();
        }
    }

    /// <summary>Screens against the index in use; throws when no index was built yet.</summary>
    public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, ScreeningOptions? options = null) =>
        (Current ?? throw new InvalidOperationException("the screening index is still being built")).Index.Screen(query, options);

    private ScreeningState Build()
    {
        var sw = Stopwatch.StartNew();
        StartStages.Mark("load begins");
        var readAhead = ActiveLists.SamplesStandIn(location) ? null : BuiltIndexCache.ReadAhead(dataDirectory);
        var lists = ActiveLists.Load(location, samplesDirectory);
        StartStages.Mark("lists read");
        // The bundled samples have no data directory to keep files in, and are small.
        var cache = lists.FromSamples ? null : new BuiltIndexCache(dataDirectory, lists, readAhead);
        // Links wanted with the build are read (or built) beside the index, on another core.
        var links = cache is not null && LinkWithEachBuild ? Task.Run(cache.Links) : null;
        var index = cache?.Index() ?? ScreeningIndex.Build(lists.Entities);
        StartStages.Mark("index bound");
        var byId = new Dictionary<string, WatchlistEntity>(StringComparer.Ordinal);
        foreach (var e in lists.Entities) byId.TryAdd(e.Id, e);
        Func<LinkSet>? linkSource = links is not null ? () => links.GetAwaiter().GetResult() : cache is not null ? cache.Links : null;
        var next = new ScreeningState(index, lists, byId, DateTimeOffset.UtcNow, sw.Elapsed) { LinkSource = linkSource };
        if (LinkWithEachBuild) _ = next.Links;
        StartStages.Mark("links ready");
        if (Interlocked.CompareExchange(ref holder, new ScreeningIndexHolder(index), null) is { } existing) existing.Swap(index);
        Volatile.Write(ref state, next);
        Interlocked.Increment(ref builds);
        return next;
    }

    private IReadOnlyDictionary<string, int> ActiveVersions()
    {
        if (!SnapshotStore.Exists(dataDirectory)) return new Dictionary<string, int>();
        using var store = SnapshotStore.Open(dataDirectory);
        return store.ActiveVersions().ToDictionary(v => v.Dataset, v => v.Version, StringComparer.Ordinal);
    }

    private static bool SameVersions(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);
}

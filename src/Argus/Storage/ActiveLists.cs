using Argus.Model;
using Argus.Sources;

namespace Argus.Storage;

/// <summary>The entities screening runs against, and a sentence saying where they came from.</summary>
/// <param name="Entities">All entities of the active lists.</param>
/// <param name="Description">E.g. "6 lists imported (20,230 entities)" or "bundled samples (no list imported yet)".</param>
/// <param name="FromSamples">True when nothing was imported and the bundled samples stand in.</param>
public sealed record LoadedLists(IReadOnlyList<WatchlistEntity> Entities, string Description, bool FromSamples)
{
    /// <summary>The active versions the entities come from (empty when the samples stand in).</summary>
    public IReadOnlyList<DatasetVersion> Versions { get; init; } = [];
}

/// <summary>Loads what screening runs against: the active snapshot of the store, else the bundled samples.</summary>
public static class ActiveLists
{
    /// <summary>Where the bundled samples sit beside the installed program.</summary>
    public static string DefaultSamplesDirectory => Path.Combine(AppContext.BaseDirectory, "samples", "lists");

    /// <summary>The lists of a data directory the user chose: it must hold imported lists (see <see cref="DataLocation"/>).</summary>
    public static LoadedLists Load(string dataDirectory, string? samplesDirectory = null) =>
        Load(new DataLocation(dataDirectory, Chosen: true), samplesDirectory);

    /// <summary>
    /// The entities of the active version of every dataset in the store of <paramref name="location"/>. The
    /// bundled samples stand in (and <see cref="LoadedLists.FromSamples"/> says so) only for the default
    /// directory holding no imported list; otherwise a missing, empty or foreign store, or one with no list,
    /// throws <see cref="StoreUnavailableException"/> naming the path.
    /// </summary>
    public static LoadedLists Load(DataLocation location, string? samplesDirectory = null)
    {
        if (SamplesStandIn(location)) return LoadSamples(samplesDirectory ?? DefaultSamplesDirectory);
        using var store = SnapshotStore.OpenExisting(location.Path);
        var versions = store.ActiveVersions();
        Argus.Screening.StartStages.Mark("store opened");
        if (versions.Count == 0)
        {
            if (!location.Chosen) return LoadSamples(samplesDirectory ?? DefaultSamplesDirectory);
            throw NoList(location.Path);
        }
        // Versions and entities come from one read transaction (or from the cache file written from one),
        // so an import meanwhile never mixes them.
        var (active, entities) = ActiveSnapshotCache.Read(store, location.Path);
        if (active.Count == 0) throw NoList(location.Path);
        var what = string.Join(", ", active.Select(v => $"{v.Dataset} v{v.Version}"));
        return new LoadedLists(entities, $"{active.Count} lists imported ({entities.Count:N0} entities: {what})", false) { Versions = active };
    }

    /// <summary>The first run: the default directory, without a database yet.</summary>
    public static bool SamplesStandIn(DataLocation location) => !location.Chosen && !SnapshotStore.Exists(location.Path);

    public static StoreUnavailableException NoList(string dataDirectory) =>
        new($"{dataDirectory}: no list imported in this data directory; import one first (argus lists import FILE)");

    /// <summary>Parses every list file under <paramref name="samplesDirectory"/>.</summary>
    public static LoadedLists LoadSamples(string samplesDirectory)
    {
        var entities = new List<WatchlistEntity>();
        if (Directory.Exists(samplesDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(samplesDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (IsCompanionOrDoc(file)) continue;
                entities.AddRange(ListFormats.Read(ListSource.FromFile(file)).Entities);
            }
        }
        return new LoadedLists(entities, $"bundled samples ({entities.Count:N0} entities; no list imported yet)", true);
    }

    /// <summary>Files that are read with another file (OFAC's alt/add/comments CSVs) or are not lists at all.</summary>
    public static bool IsCompanionOrDoc(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        return name is "alt.csv" or "add.csv" or "sdn_comments.csv" || name.EndsWith(".md") || name.EndsWith(".txt") || name.StartsWith('.');
    }
}

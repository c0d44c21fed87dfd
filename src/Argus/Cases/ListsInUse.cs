using Argus.Model;
using Argus.Storage;

namespace Argus.Cases;

/// <summary>
/// The entities a batch screens against and the version of each dataset they come from, read together
/// so that a run records exactly the versions it used.
/// </summary>
/// <param name="Entities">Entities of the active version of every dataset (or of the bundled samples).</param>
/// <param name="Versions">Dataset → active version; empty when the samples stand in.</param>
/// <param name="Description">Where the entities came from, for the notice on standard error.</param>
public sealed record ListsInUse(IReadOnlyList<WatchlistEntity> Entities, IReadOnlyDictionary<string, int> Versions, string Description)
{
    /// <summary>The lists of a data directory the user chose: it must hold imported lists (see <see cref="DataLocation"/>).</summary>
    public static ListsInUse Load(string dataDirectory, string? samplesDirectory = null) =>
        Load(new DataLocation(dataDirectory, Chosen: true), samplesDirectory);

    /// <summary>The active lists of <paramref name="location"/>; the samples stand in as <see cref="ActiveLists.Load(DataLocation, string?)"/> says.</summary>
    public static ListsInUse Load(DataLocation location, string? samplesDirectory = null)
    {
        // Versions and entities are read in one transaction (ActiveLists), so an import meanwhile never mixes them.
        var lists = ActiveLists.Load(location, samplesDirectory);
        return new ListsInUse(lists.Entities, lists.Versions.ToDictionary(v => v.Dataset, v => v.Version, StringComparer.Ordinal), lists.Description);
    }

    /// <summary>
    /// What changed in each dataset between the versions a run used and the active ones: datasets new
    /// to the run count as wholly added, datasets no longer active as wholly removed.
    /// </summary>
    public static IReadOnlyList<DatasetChange> ChangesSince(SnapshotStore store, IReadOnlyDictionary<string, int> runVersions, IReadOnlyDictionary<string, int> current)
    {
        var changes = new List<DatasetChange>();
        foreach (var dataset in runVersions.Keys.Union(current.Keys).Order(StringComparer.Ordinal))
        {
            int? from = runVersions.TryGetValue(dataset, out var f) ? f : null;
            int? to = current.TryGetValue(dataset, out var t) ? t : null;
            if (from == to) continue;
            if (from is null)
                changes.Add(new DatasetChange(dataset, null, to, store.Entities(dataset, to!.Value), [], []));
            else if (to is null)
                changes.Add(new DatasetChange(dataset, from, null, [], [], store.Entities(dataset, from.Value)));
            else
            {
                var c = store.Changes(dataset, from.Value, to.Value);
                // Changes screening does not read (remarks, programmes, addresses' text) cannot move a score.
                var relevant = c.Modified.Where(m => ScreeningFingerprint.Differs(m.Before, m.After)).ToArray();
                changes.Add(new DatasetChange(dataset, from, to, c.Added, relevant.Select(m => m.After).ToArray(), c.Removed)
                {
                    ModifiedOtherwise = c.Modified.Count - relevant.Length,
                    ModifiedBefore = relevant.Select(m => m.Before).ToArray(),
                });
            }
        }
        return changes;
    }
}

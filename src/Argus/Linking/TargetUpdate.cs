using Argus.Storage;

namespace Argus.Linking;

/// <summary>The targets a list update adds, changes and removes: the links of all active lists with the dataset at one version and at the other.</summary>
public static class TargetUpdate
{
    /// <summary>
    /// Links the other datasets' active entries with <paramref name="diff"/>'s dataset at its earlier version and at
    /// its later one, and compares the two (<see cref="TargetDiff.Between"/>); an entry changed in any field counts.
    /// </summary>
    public static TargetDiff Of(SnapshotStore store, SnapshotDiff diff)
    {
        var dataset = diff.To.Dataset;
        var others = store.ActiveEntities().Where(e => e.Dataset != dataset).ToArray();
        var before = LinkSet.Build([.. others, .. store.Entities(dataset, diff.From.Version)]);
        var after = LinkSet.Build([.. others, .. store.Entities(dataset, diff.To.Version)]);
        return TargetDiff.Between(before, after, diff.Changed.Select(c => c.Id).ToHashSet(StringComparer.Ordinal));
    }
}

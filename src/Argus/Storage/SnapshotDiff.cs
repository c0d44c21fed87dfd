using System.Text.Json;
using Argus.Model;

namespace Argus.Storage;

/// <summary>One field of an entity that differs between two versions, as compact JSON text (empty when absent).</summary>
public sealed record FieldChange(string Field, string Before, string After);

/// <summary>An entity present in both versions, with the fields that changed.</summary>
public sealed record EntityDiff(WatchlistEntity Before, WatchlistEntity After, IReadOnlyList<FieldChange> Fields)
{
    public string Id => After.Id;
}

/// <summary>What a reviewer needs to see of a list update: counts, and which entities came, went or changed in what.</summary>
public sealed record SnapshotDiff(
    DatasetVersion From,
    DatasetVersion To,
    IReadOnlyList<WatchlistEntity> Added,
    IReadOnlyList<WatchlistEntity> Removed,
    IReadOnlyList<EntityDiff> Changed)
{
    /// <summary>The difference between two stored versions of a dataset.</summary>
    public static SnapshotDiff Between(SnapshotStore store, string dataset, int fromVersion, int toVersion)
    {
        var from = store.Version(dataset, fromVersion) ?? throw new ArgumentException($"{dataset} has no version {fromVersion}");
        var to = store.Version(dataset, toVersion) ?? throw new ArgumentException($"{dataset} has no version {toVersion}");
        var changes = store.Changes(dataset, fromVersion, toVersion);
        var changed = changes.Modified.Select(m => new EntityDiff(m.Before, m.After, Compare(m.Before, m.After))).ToList();
        return new SnapshotDiff(from, to, changes.Added, changes.Removed, changed);
    }

    /// <summary>The fields (JSON property names of the stored form) whose values differ, in a stable order.</summary>
    public static IReadOnlyList<FieldChange> Compare(WatchlistEntity before, WatchlistEntity after)
    {
        using var a = JsonDocument.Parse(EntityJson.Serialize(before));
        using var b = JsonDocument.Parse(EntityJson.Serialize(after));
        var old = a.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
        var now = b.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
        var fields = new List<FieldChange>();
        foreach (var name in old.Keys.Union(now.Keys).Distinct())
        {
            var o = old.GetValueOrDefault(name, "");
            var n = now.GetValueOrDefault(name, "");
            if (!Empty(o) || !Empty(n))
                if (o != n) fields.Add(new FieldChange(name, o, n));
        }
        return fields;
    }

    private static bool Empty(string raw) => raw is "" or "[]" or "{}" or "null";
}

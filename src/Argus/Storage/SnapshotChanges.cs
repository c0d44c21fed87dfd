using Argus.Model;

namespace Argus.Storage;

/// <summary>An entity present in both versions whose content differs.</summary>
public sealed record ModifiedEntity(WatchlistEntity Before, WatchlistEntity After)
{
    public string Id => After.Id;
}

/// <summary>
/// What changed in a dataset between two versions: entities added, modified (same id, other content)
/// and removed. Lists are ordered by entity id.
/// </summary>
public sealed record SnapshotChanges(
    string Dataset,
    int FromVersion,
    int ToVersion,
    IReadOnlyList<WatchlistEntity> Added,
    IReadOnlyList<ModifiedEntity> Modified,
    IReadOnlyList<WatchlistEntity> Removed)
{
    public IReadOnlyList<string> AddedIds => Added.Select(e => e.Id).ToList();
    public IReadOnlyList<string> ModifiedIds => Modified.Select(e => e.Id).ToList();
    public IReadOnlyList<string> RemovedIds => Removed.Select(e => e.Id).ToList();
    public bool IsEmpty => Added.Count == 0 && Modified.Count == 0 && Removed.Count == 0;
}

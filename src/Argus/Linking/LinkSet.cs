using Argus.Model;

namespace Argus.Linking;

/// <summary>
/// The targets of one snapshot: every entry of the active lists in exactly one target, the links that
/// joined them and the links refused for a conflict. Immutable; built off to the side like the index.
/// </summary>
public sealed class LinkSet
{
    private readonly Dictionary<string, Target> byEntity;
    private readonly Dictionary<string, Target> byId;

    internal LinkSet(IReadOnlyList<Target> targets, IReadOnlyList<RefusedLink> refused, TimeSpan buildTime)
    {
        Targets = targets;
        Refused = refused;
        BuildTime = buildTime;
        byEntity = new Dictionary<string, Target>(targets.Sum(t => t.Entities.Count), StringComparer.Ordinal);
        byId = new Dictionary<string, Target>(targets.Count, StringComparer.Ordinal);
        foreach (var t in targets)
        {
            byId[t.Id] = t;
            foreach (var e in t.Entities) byEntity[e.Id] = t;
        }
    }

    /// <summary>Links the entries of all active lists (see <see cref="EntityLinker"/>).</summary>
    public static LinkSet Build(IReadOnlyList<WatchlistEntity> entities) => EntityLinker.Link(entities);

    public static LinkSet Empty { get; } = Build([]);

    /// <summary>Every target, ordered by id.</summary>
    public IReadOnlyList<Target> Targets { get; }

    /// <summary>Links the evidence suggested and a conflict stopped, ordered by the entries' ids.</summary>
    public IReadOnlyList<RefusedLink> Refused { get; }

    public TimeSpan BuildTime { get; }

    public int EntityCount => byEntity.Count;

    /// <summary>The target an entry belongs to; an entry unknown here is a target of its own.</summary>
    public Target TargetOf(WatchlistEntity entity) =>
        byEntity.TryGetValue(entity.Id, out var t) ? t : new Target(entity.Id, entity.Caption, entity.Schema, [entity], []);

    /// <summary>The target with this id, or the target holding the entry with this id; null when neither exists.</summary>
    public Target? Find(string id) =>
        byId.TryGetValue(id, out var t) ? t : byEntity.TryGetValue(id, out t) ? t : null;

    /// <summary>Accepted links by kind.</summary>
    public IReadOnlyDictionary<LinkKind, int> LinkCounts() =>
        Enum.GetValues<LinkKind>().ToDictionary(k => k, k => Targets.Sum(t => t.Links.Count(l => l.Kind == k)));
}

namespace Argus.Linking;

/// <summary>
/// How the targets of one snapshot follow from those of an earlier one: a target succeeds an earlier one when
/// they share a member (an entry id), whatever their ids. A member that takes over the id (a UN entry added to a
/// cluster that had a national id) or the loss of the member that gave it leaves the target its successor.
/// </summary>
public sealed class TargetSuccession(LinkSet before, LinkSet after)
{
    public LinkSet Before => before;

    public LinkSet After => after;

    /// <summary>
    /// The targets now holding a member of the earlier target (or entry) <paramref name="key"/>: the one with the
    /// same id first, then by members shared, then by id. Empty when every member is gone.
    /// </summary>
    public IReadOnlyList<Target> Successors(string key)
    {
        if (before.Find(key) is not { } earlier) return after.Find(key) is { } same ? [same] : [];
        return earlier.Entities.Select(e => after.Find(e.Id)).OfType<Target>()
            .GroupBy(t => t.Id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Key == earlier.Id).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First()).ToArray();
    }

    /// <summary>The earlier targets holding a member of <paramref name="now"/>, in the order of its members.</summary>
    public IReadOnlyList<Target> Predecessors(Target now) =>
        now.Entities.Select(e => before.Find(e.Id)).OfType<Target>().DistinctBy(t => t.Id, StringComparer.Ordinal).ToArray();

    /// <summary>What differs between an earlier target and its successor: members added, removed, and members whose entry changed.</summary>
    public static MemberChanges Compare(Target? earlier, Target now, IReadOnlySet<string> changedEntries)
    {
        var was = earlier?.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal) ?? [];
        var nowIds = now.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return new MemberChanges(
            now.Members.Where(m => !was.Contains(m.Id)).ToArray(),
            earlier?.Members.Where(m => !nowIds.Contains(m.Id)).ToArray() ?? [],
            now.Members.Where(m => was.Contains(m.Id) && changedEntries.Contains(m.Id)).ToArray());
    }
}

/// <summary>The members a target gained, lost, and whose entries changed, between two snapshots.</summary>
public sealed record MemberChanges(IReadOnlyList<TargetMember> Added, IReadOnlyList<TargetMember> Removed, IReadOnlyList<TargetMember> Changed)
{
    public bool Any => Added.Count + Removed.Count + Changed.Count > 0;
}

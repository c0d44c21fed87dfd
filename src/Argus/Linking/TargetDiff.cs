namespace Argus.Linking;

/// <summary>A target that is still there after an update but differs: another id, members gained or lost, or a member's entry changed.</summary>
/// <param name="Before">The earlier target it succeeds (the one with its id, else the one it shares most members with).</param>
/// <param name="After">The target now.</param>
/// <param name="Members">Members added, removed and changed.</param>
public sealed record TargetChange(Target Before, Target After, MemberChanges Members)
{
    /// <summary>The earlier id when the target's id changed (a member took over the id or the one that gave it left), else null.</summary>
    public string? PreviousId => Before.Id == After.Id ? null : Before.Id;
}

/// <summary>Targets added, changed and removed between two link sets (see <see cref="TargetSuccession"/>).</summary>
public sealed record TargetDiff(IReadOnlyList<Target> Added, IReadOnlyList<TargetChange> Changed, IReadOnlyList<Target> Removed)
{
    /// <summary>
    /// Compares the targets of two snapshots. A target now with no earlier member is added; an earlier target
    /// with no member left is removed; any other target now is changed when its id, its members, or the entry
    /// of one of them (<paramref name="changedEntries"/>, by entity id) differ from the earlier target it succeeds.
    /// </summary>
    public static TargetDiff Between(LinkSet before, LinkSet after, IReadOnlySet<string> changedEntries)
    {
        var succession = new TargetSuccession(before, after);
        var added = new List<Target>();
        var changed = new List<TargetChange>();
        foreach (var now in after.Targets)
        {
            var earlier = succession.Predecessors(now);
            if (earlier.Count == 0)
            {
                added.Add(now);
                continue;
            }
            var main = earlier.FirstOrDefault(t => t.Id == now.Id) ?? earlier.OrderByDescending(t => t.Entities.Count(e => now.Entities.Any(n => n.Id == e.Id))).First();
            var members = TargetSuccession.Compare(main, now, changedEntries);
            // A target that took in a second earlier target gained that one's members.
            if (earlier.Count > 1 || main.Id != now.Id || members.Any) changed.Add(new TargetChange(main, now, members));
        }
        var removed = before.Targets.Where(t => succession.Successors(t.Id).Count == 0).ToArray();
        return new TargetDiff(added, changed, removed);
    }
}

using Argus.Model;

namespace Argus.Linking;

/// <summary>
/// Entries joined so far (union-find over their positions), with what each cluster holds: its members,
/// their lists, their own UN references and the links that joined them.
/// </summary>
internal sealed class Clusters
{
    private readonly WatchlistEntity[] entities;
    private readonly int[] parent;
    private readonly List<int>?[] members;
    private readonly List<EntityLink>?[] links;

    public Clusters(WatchlistEntity[] entities)
    {
        this.entities = entities;
        parent = new int[entities.Length];
        members = new List<int>?[entities.Length];
        links = new List<EntityLink>?[entities.Length];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
    }

    /// <summary>The UN references an entry states as its own: a UN entry's reference, else the "unReference" its list gives.</summary>
    public static IEnumerable<string> OwnUnReferences(WatchlistEntity e)
    {
        if (e.Dataset == Datasets.UnSc) return [e.Reference];
        return e.Extra.TryGetValue("unReference", out var refs) ? refs : [];
    }

    public WatchlistEntity Entity(int i) => entities[i];

    public int Root(int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    public bool Same(int a, int b) => Root(a) == Root(b);

    public IReadOnlyList<int> MembersOf(int i)
    {
        var r = Root(i);
        return members[r] ?? (IReadOnlyList<int>)[r];
    }

    /// <summary>Why the clusters of a and b cannot be one target (an entry of one list in each, two UN references), or null.</summary>
    public string? Conflict(int a, int b) => RootConflict(Root(a), Root(b));

    public string? RootConflict(int ra, int rb)
    {
        var left = MembersOf(ra);
        var right = MembersOf(rb);
        foreach (var x in left)
            foreach (var y in right)
                if (entities[x].Dataset == entities[y].Dataset)
                    return $"{entities[x].Id} and {entities[y].Id} are two entries of one list";
        var refsA = left.SelectMany(i => OwnUnReferences(entities[i])).ToHashSet(StringComparer.Ordinal);
        var refsB = right.SelectMany(i => OwnUnReferences(entities[i])).ToHashSet(StringComparer.Ordinal);
        if (refsA.Count > 0 && refsB.Count > 0 && !refsA.Overlaps(refsB))
            return $"two UN references: {string.Join(", ", refsA.Order(StringComparer.Ordinal))} and {string.Join(", ", refsB.Order(StringComparer.Ordinal))}";
        return null;
    }

    /// <summary>The first conflict of facts between a member of a's cluster and one of b's, or null.</summary>
    public string? FactConflict(int a, int b)
    {
        foreach (var x in MembersOf(a))
            foreach (var y in MembersOf(b))
                if (LinkFacts.Conflict(entities[x], entities[y]) is { } why)
                    return $"{entities[x].Id} and {entities[y].Id}: {why}";
        return null;
    }

    public void Join(int a, int b, EntityLink link)
    {
        int ra = Root(a), rb = Root(b);
        if (ra == rb) return;
        // The smaller position (earlier in dataset order) stays the root.
        if (rb < ra) (ra, rb) = (rb, ra);
        var m = members[ra] ??= [ra];
        m.AddRange(members[rb] ?? [rb]);
        var l = links[ra] ??= [];
        if (links[rb] is { } other) l.AddRange(other);
        l.Add(link);
        members[rb] = null;
        links[rb] = null;
        parent[rb] = ra;
    }

    /// <summary>Every cluster as a target, ordered by id.</summary>
    public List<Target> Targets()
    {
        var targets = new List<Target>(entities.Length);
        for (var i = 0; i < entities.Length; i++)
        {
            if (Root(i) != i) continue;
            var m = (members[i] ?? [i]).Order().Select(x => entities[x]).ToArray();
            // Positions follow dataset order, so the first member is the UN's where there is one.
            var head = m[0];
            targets.Add(new Target(head.Id, head.Caption, head.Schema, m, links[i]?.ToArray() ?? []));
        }
        targets.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return targets;
    }
}

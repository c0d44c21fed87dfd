namespace Argus.Names;

/// <summary>One line of the equivalence table: the same name in several romanisations.</summary>
public sealed record EquivalenceGroup(int Id, string Language, string Canonical, IReadOnlyList<string> Members);

/// <summary>
/// Given names and family names that are the same name written differently where the sound key rules
/// do not reach (Mohd = Muhammad, Volodymyr = Vladimir, Hsu = Xu). Data: embedded equivalences.tsv.
/// </summary>
public static class NameEquivalences
{
    private static readonly Dictionary<string, int[]> GroupsByToken;

    public static IReadOnlyList<EquivalenceGroup> Groups { get; }

    static NameEquivalences()
    {
        var groups = new List<EquivalenceGroup>();
        var byToken = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var row in NameResources.Rows("equivalences.tsv"))
        {
            var members = new[] { row[1] }.Concat(row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToArray();
            var group = new EquivalenceGroup(groups.Count, row[0], row[1], members);
            groups.Add(group);
            foreach (var m in members)
            {
                if (!byToken.TryGetValue(m, out var list)) byToken[m] = list = [];
                if (!list.Contains(group.Id)) list.Add(group.Id);
            }
        }
        Groups = groups;
        GroupsByToken = byToken.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The ids of the groups a normalised token belongs to (empty when none).</summary>
    public static int[] GroupsOf(string token) => GroupsByToken.TryGetValue(token, out var g) ? g : [];
}

using System.Text;
using Argus.Model;

namespace Argus.Bench.Evaluation;

/// <summary>
/// Which half of the labelled data a listed entity's names belong to. Entities that are one subject
/// (linked by a UN reference, a passport number, or the same name written the same way in two lists)
/// form one group, and a group goes wholly to dev or to test by a hash of its key: no base name
/// appears in both halves.
/// </summary>
public sealed class EvalSplits
{
    public const string Dev = "dev";
    public const string Test = "test";

    private readonly Dictionary<string, string> parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<WatchlistEntity>> members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> groupOf = new(StringComparer.Ordinal);

    public EvalSplits(IReadOnlyList<WatchlistEntity> entities)
    {
        foreach (var e in entities)
        {
            Union(e.Id, "name:" + e.Schema + ":" + SortedWords(e.Caption));
            if (e.Dataset == Datasets.UnSc) Union(e.Id, "un:" + e.Reference.ToUpperInvariant());
            foreach (var r in e.Extra.GetValueOrDefault("unReference") ?? []) Union(e.Id, "un:" + r.ToUpperInvariant());
            foreach (var id in e.Identifiers.Where(i => i.Type == IdentifierTypes.Passport && i.Number.Length >= 7))
                Union(e.Id, "passport:" + new string(id.Number.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant());
        }
        foreach (var e in entities)
        {
            var root = Find(e.Id);
            if (!members.TryGetValue(root, out var l)) members[root] = l = [];
            l.Add(e);
        }
        // A group's key is its smallest entity id: stable while the group's members stay.
        foreach (var (root, list) in members)
        {
            var key = list.Select(e => e.Id).Min(StringComparer.Ordinal)!;
            foreach (var e in list) groupOf[e.Id] = key;
        }
    }

    /// <summary>The group key of an entity (its smallest linked entity id).</summary>
    public string Group(WatchlistEntity e) => groupOf[e.Id];

    /// <summary>Every entity of the group of <paramref name="e"/> (the ids a screen of it may rightly return).</summary>
    public IReadOnlyList<WatchlistEntity> Members(WatchlistEntity e) => members[Find(e.Id)];

    public string SplitOf(WatchlistEntity e) => Of("entity:" + Group(e));

    /// <summary>dev or test by a stable hash (FNV-1a 64 of the UTF-8 key).</summary>
    public static string Of(string key)
    {
        var h = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(key)) { h ^= b; h *= 1099511628211UL; }
        return (h >> 33) % 2 == 0 ? Dev : Test;
    }

    /// <summary>Lower-case letters and digits of each word, words sorted: one name written in another order is one key.</summary>
    public static string SortedWords(string name) =>
        string.Join(' ', Normalise(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    /// <summary>Lower case, letters and digits, one space between words (plain, not the matcher's parser).</summary>
    public static string Normalise(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().Trim();
    }

    private string Find(string x)
    {
        if (!parent.TryGetValue(x, out var p)) { parent[x] = x; return x; }
        if (p == x) return x;
        var root = Find(p);
        parent[x] = root;
        return root;
    }

    private void Union(string a, string b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb) parent[string.CompareOrdinal(ra, rb) < 0 ? rb : ra] = string.CompareOrdinal(ra, rb) < 0 ? ra : rb;
    }
}

namespace Argus.Names;

/// <summary>What a group of equivalent tokens is: which table it comes from decides how a match is explained.</summary>
public enum EquivalenceKind { Romanisation, GivenName, OrganisationWord }

/// <summary>One line of an equivalence table: the same name or word in several spellings.</summary>
public sealed record EquivalenceGroup(int Id, string Language, string Canonical, IReadOnlyList<string> Members)
{
    public EquivalenceKind Kind { get; init; }

    /// <summary>
    /// For a given name's group: the name it is of and that name's romanisations. A short form equals these,
    /// not another short form of the group (Bill = William; not Bill = Billy) nor its forms in other languages.
    /// </summary>
    public IReadOnlySet<string> Heads { get; init; } = new HashSet<string>();

    /// <summary>For a given name's group: the name in other languages and spellings (Paul, Pablo, Pavel), equal to each other.</summary>
    public IReadOnlySet<string> SameName { get; init; } = new HashSet<string>();

    /// <summary>
    /// Whether two members of this group are the same name: any two of a romanisation or an organisation word's
    /// group; for a given name's, one a head or both the name in some language.
    /// </summary>
    public bool Equates(string a, string b) =>
        Kind != EquivalenceKind.GivenName || Heads.Contains(a) || Heads.Contains(b) || SameName.Contains(a) && SameName.Contains(b);
}

/// <summary>
/// Tokens that are the same name or word written differently where the sound key rules do not reach:
/// romanisations (Mohd = Muhammad, Volodymyr = Vladimir, Hsu = Xu; equivalences.tsv, by hand), given names
/// and their short forms and other languages' forms (Bill = William, Sasha = Aleksandr; given-name-groups.tsv,
/// from namor, nicknames and rigour), organisation words (company = co = компания; organisation-symbols.tsv,
/// from rigour, and the abbreviations of equivalences.tsv). Two tokens are equivalent when they share a line.
/// </summary>
public static class NameEquivalences
{
    private static readonly Dictionary<string, int[]> GroupsByToken;

    public static IReadOnlyList<EquivalenceGroup> Groups { get; }

    static NameEquivalences()
    {
        var groups = new List<EquivalenceGroup>();
        var byToken = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        void Add(string language, string canonical, IEnumerable<string> variants, EquivalenceKind kind, string[]? heads = null, string[]? sameName = null)
        {
            var members = new[] { canonical }.Concat(variants).Distinct().ToArray();
            var group = new EquivalenceGroup(groups.Count, language, canonical, members)
            {
                Kind = kind,
                Heads = new HashSet<string>(heads ?? [canonical], StringComparer.Ordinal),
                SameName = new HashSet<string>(sameName ?? [], StringComparer.Ordinal),
            };
            groups.Add(group);
            foreach (var m in members)
            {
                if (!byToken.TryGetValue(m, out var list)) byToken[m] = list = [];
                if (!list.Contains(group.Id)) list.Add(group.Id);
            }
        }
        foreach (var row in NameResources.Rows("equivalences.tsv"))
            Add(row[0], row[1], Variants(row[2]), row[0] == "Abbreviation" ? EquivalenceKind.OrganisationWord : EquivalenceKind.Romanisation);
        // A given name's group also holds the romanisations of the name and of its forms in other languages
        // (Aleksandr of Alexander, Andrey of Andrei): one step from a form, never further.
        var romanisations = groups.ToArray();
        string[] Spellings(string name) => byToken.TryGetValue(name, out var ids)
            ? ids.Where(i => i < romanisations.Length && romanisations[i].Kind == EquivalenceKind.Romanisation).SelectMany(i => romanisations[i].Members).ToArray()
            : [];
        foreach (var row in NameResources.Rows("given-name-groups.tsv"))
        {
            string[] forms = [row[1], .. row.Length > 3 ? Variants(row[3]) : []];
            string[] heads = [row[1], .. Spellings(row[1])];
            var sameName = forms.Concat(forms.SelectMany(Spellings)).Distinct().ToArray();
            Add(row[0], row[1], Variants(row[2]).Concat(sameName), EquivalenceKind.GivenName, heads, sameName);
        }
        // One name of the Quran and the Bible in its Arabic, Hebrew and English forms (by hand), with their spellings.
        foreach (var row in NameResources.Rows("given-name-cognates-local.tsv"))
        {
            var forms = Variants(row[1]);
            var sameName = forms.Concat(forms.SelectMany(Spellings)).Distinct().ToArray();
            Add(row[0], forms[0], sameName, EquivalenceKind.GivenName, forms, sameName);
        }
        // Short forms no data links to their names (Russian usage, by hand): every name of the row is a head.
        foreach (var row in NameResources.Rows("given-name-groups-local.tsv"))
        {
            var names = Variants(row[1]);
            Add(row[0], names[0], names.Skip(1).Concat(Variants(row[2])), EquivalenceKind.GivenName, names);
        }
        foreach (var row in NameResources.Rows("organisation-symbols.tsv"))
            Add(row[0], row[1], Variants(row[2]), EquivalenceKind.OrganisationWord);
        Groups = groups;
        GroupsByToken = byToken.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        KnownGivenNames = NameResources.Rows("given-names.txt").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
    }

    private static string[] Variants(string cell) => cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The ids of the groups a normalised token belongs to (empty when none).</summary>
    public static int[] GroupsOf(string token) => GroupsByToken.TryGetValue(token, out var g) ? g : [];

    /// <summary>Given names the data knows (given-names.txt): two of them that differ are two names, not a typo of one.</summary>
    public static IReadOnlySet<string> KnownGivenNames { get; }
}

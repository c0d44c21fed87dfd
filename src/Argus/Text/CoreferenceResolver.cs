using System.Text;

namespace Argus.Text;

/// <summary>
/// Groups mentions into entities: spellings that differ only in spacing, hyphens, case and apostrophes are one
/// name ("Kim Jong Un" = "Kim Jong-un"); a one-word mention of a person ("Putin", "Kim", "Lim") joins the
/// person most recently named in full whose first or last word it is (first: family names written first,
/// as in Korean; last: Western order), else the next one named after it.
/// </summary>
public static class CoreferenceResolver
{
    public static List<TextEntity> Resolve(IReadOnlyList<Mention> mentions)
    {
        var groups = new List<Group>();
        var byKey = new Dictionary<(TextEntityType, string), Group>();
        var shortOnes = new List<Mention>();
        foreach (var m in mentions)
        {
            if (m.Type == MentionType.Nationality) continue;
            var type = TypeOf(m.Type);
            var words = Words(m.Text);
            if (type == TextEntityType.Person && words.Length == 1)
            {
                shortOnes.Add(m);
                continue;
            }
            var key = (type, NameKey(m.Text));
            if (key.Item2.Length == 0) continue;
            if (!byKey.TryGetValue(key, out var g))
            {
                // An unknown name spelled as a known person or organisation is that one.
                if (type == TextEntityType.Other && (byKey.TryGetValue((TextEntityType.Person, key.Item2), out g) || byKey.TryGetValue((TextEntityType.Organization, key.Item2), out g)))
                {
                    g.Mentions.Add(m);
                    continue;
                }
                g = new Group(type, m.Text, words);
                byKey[key] = g;
                groups.Add(g);
            }
            g.Mentions.Add(m);
        }
        // Full mentions of people by their first and last word, in text order, for a binary search per short mention.
        var byWord = new Dictionary<string, List<(int Start, Group Group)>>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            if (g.Type != TextEntityType.Person || g.Words.Length < 2) continue;
            foreach (var full in g.Mentions)
            {
                if (Words(full.Text).Length < 2) continue;
                foreach (var w in new[] { NameKey(g.Words[0]), NameKey(g.Words[^1]) }.Distinct())
                {
                    if (!byWord.TryGetValue(w, out var list)) byWord[w] = list = [];
                    list.Add((full.Start, g));
                }
            }
        }
        foreach (var list in byWord.Values) list.Sort((x, y) => x.Start.CompareTo(y.Start));
        foreach (var m in shortOnes)
        {
            var word = NameKey(m.Text);
            Group? best = null, after = null;
            if (byWord.TryGetValue(word, out var list))
            {
                int lo = 0, hi = list.Count;
                while (lo < hi)
                {
                    var mid = (lo + hi) / 2;
                    if (list[mid].Start < m.Start) lo = mid + 1; else hi = mid;
                }
                if (lo > 0) best = list[lo - 1].Group;
                if (lo < list.Count) after = list[lo].Group;
            }
            var target = best ?? after;
            if (target is null)
            {
                var key = (TextEntityType.Person, word);
                if (!byKey.TryGetValue(key, out target))
                {
                    target = new Group(TextEntityType.Person, m.Text, [m.Text]);
                    byKey[key] = target;
                    groups.Add(target);
                }
            }
            target.Mentions.Add(m);
        }
        return groups.Select(g => g.ToEntity()).OrderBy(e => e.Mentions[0].Start).ToList();
    }

    private static TextEntityType TypeOf(MentionType t) => t switch
    {
        MentionType.Person => TextEntityType.Person,
        MentionType.Organization => TextEntityType.Organization,
        MentionType.Location => TextEntityType.Location,
        _ => TextEntityType.Other,
    };

    /// <summary>
    /// The words of a name. A Korean name in Hangul is written as one word ("리병철"): its family-name syllable is a
    /// word of its own, so that it counts as a full name and not a lone given or family name.
    /// </summary>
    internal static string[] Words(string name)
    {
        var words = name.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && words[0].Length is >= 2 and <= 4 && Names.KoreanReadings.IsFamilyName(words[0][0]) && words[0].All(Names.KoreanReadings.IsSyllable))
            return [words[0][..1], words[0][1..]];
        return words;
    }

    /// <summary>The letters and digits of a name, lower case: "Kim Jong-un" and "Kim Jong Un" give "kimjongun".</summary>
    public static string NameKey(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    private sealed class Group(TextEntityType type, string name, string[] words)
    {
        public TextEntityType Type { get; } = type;
        public string Name { get; } = name;
        public string[] Words { get; } = words;
        public List<Mention> Mentions { get; } = [];

        public TextEntity ToEntity()
        {
            var ordered = Mentions.OrderBy(m => m.Start).ToList();
            var variants = ordered.Where(m => Type != TextEntityType.Person || Words.Length < 2 || CoreferenceResolver.Words(m.Text).Length >= 2)
                .Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList();
            var place = ordered.FirstOrDefault(m => m.PlaceKind is not null);
            return new TextEntity
            {
                Name = Name,
                Type = Type,
                Mentions = ordered,
                Variants = variants,
                Countries = ordered.SelectMany(m => m.ContextCountries).Concat(place?.Country is { } c ? [c] : []).Distinct().ToList(),
                Roles = ordered.Select(m => m.Role).OfType<string>().Distinct().ToList(),
                RoleOrganizations = ordered.Select(m => m.RoleOrganization).OfType<string>().Distinct().ToList(),
                PlaceKind = place?.PlaceKind,
                Country = place?.Country,
            };
        }
    }
}

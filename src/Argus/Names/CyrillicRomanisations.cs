using System.Globalization;
using System.Text;

namespace Argus.Names;

/// <summary>
/// Reads a name written by another nation's romanisation of Russian, Ukrainian or Belarusian (German,
/// Polish, Czech, Latvian, Lithuanian, French, Spanish, Turkish) into the spelling the lists use, so that
/// the usual keys compare it: <c>Jewgeni Prigoschin</c> → <c>Yevgeni Prigoshin</c>, <c>Siergiej Ławrow</c> →
/// <c>Sergey Lavrov</c>, <c>Sergejs Lavrovs</c> → <c>Sergey Lavrov</c>. The rules are
/// <c>Resources/cyrillic-romanisations.tsv</c>, and for Spanish, Turkish and German spellings of Arabic names
/// (<c>Jalid</c> → <c>Khalid</c>, <c>Cemal</c> → <c>Jemal</c>, <c>Dschamal</c> → <c>Jamal</c>)
/// <c>Resources/arabic-romanisations.tsv</c>; a system reads a name only when the name bears one of its marks.
/// </summary>
public static class CyrillicRomanisations
{
    private enum Where { Any, Start, End, Vowels, Consonant, Front, StartBeforeVowel }

    // An Other rule gives the second sound of a letter that stands for two (German s for с and з).
    private sealed record Rule(string From, string To, Where Where, bool Other);

    private sealed record RomanisationSystem(string Name, string[] Cues, string[] EndCues, string[] RussianCues, string[] ArabicCues, string[] Endings, Rule[] Rules)
    {
        public bool HasOther { get; } = Rules.Any(r => r.Other);
    }

    private static readonly RomanisationSystem[] Systems = Load();

    /// <summary>The systems the table knows, in its order.</summary>
    public static IReadOnlyList<string> SystemNames { get; } = Systems.Select(s => s.Name).ToArray();

    /// <summary>
    /// The name as each system that marks it would have the lists write it, without the name itself and
    /// without repeats. A name no system marks has none.
    /// </summary>
    public static IReadOnlyList<string> Readings(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || !HasLatinLetter(name)) return [];
        var lower = name.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        List<string>? readings = null;
        bool? russian = null, arabic = null;
        foreach (var system in Systems)
        {
            if (!Marks(system, lower, ref russian, ref arabic)) continue;
            foreach (var other in system.HasOther ? [false, true] : new[] { false })
            {
                var reading = Read(system, name, other);
                if (string.Equals(reading, name, StringComparison.OrdinalIgnoreCase)) continue;
                readings ??= [];
                if (!readings.Contains(reading, StringComparer.OrdinalIgnoreCase)) readings.Add(reading);
            }
        }
        return readings is null ? [] : readings;
    }

    /// <summary>The name read by one system (by name, as in the table), whether or not it bears the system's marks.</summary>
    public static string Read(string system, string name, bool other = false) =>
        Read(Systems.FirstOrDefault(s => s.Name == system) ?? throw new ArgumentException($"no romanisation system '{system}'", nameof(system)), name, other);

    private static bool HasLatinLetter(string name)
    {
        foreach (var c in name)
            if (char.IsLetter(c) && c < 0x0250) return true;
        return false;
    }

    // How Russian family names and patronymics end, in the lists' spelling and most others': a cue-russian
    // letter marks a system only in a name that has such a word (Spanish j for х, not in John or Jong), a
    // cue-arabic one only in a name that has none and has a word of Arabic names (the Spanish ch of Chaban
    // beside Ali, not in Yurievich, Richard or the pinyin j of Wu Jing).
    private static readonly string[] RussianEndings = ["ov", "ev", "ova", "eva", "ovich", "evich", "ovna", "evna", "sky", "skiy", "skaya", "enko"];

    /// <summary>
    /// A word of Arabic names in any of its spellings: an article (al, el), a name of an Arabic or Persian row
    /// of <c>equivalences.tsv</c> (Muhammad, Ali, Abd, Bin…) or a compound with Allah or al-Din (Nasrullah, Shahabuddin).
    /// </summary>
    private static bool IsArabicWord(string word)
    {
        if (word is "al" or "el" || word.Length > 5 && (word.EndsWith("ullah", StringComparison.Ordinal) || word.EndsWith("allah", StringComparison.Ordinal) || word.EndsWith("uddin", StringComparison.Ordinal))) return true;
        foreach (var g in NameEquivalences.GroupsOf(word))
            if (NameEquivalences.Groups[g].Language is "Arabic" or "Persian") return true;
        return false;
    }

    // Whether the name bears a mark of the system; whether it has a Russian ending or an Arabic word is worked out
    // once per name, the first time a system asks.
    private static bool Marks(RomanisationSystem system, string lower, ref bool? russianName, ref bool? arabicName)
    {
        foreach (var cue in system.Cues)
            if (lower.Contains(cue, StringComparison.Ordinal)) return true;
        var russian = system.RussianCues.Length + system.ArabicCues.Length > 0
            && (russianName ??= Words(lower).Any(w => RussianEndings.Any(e => w.Length > e.Length + 1 && w.EndsWith(e, StringComparison.Ordinal))));
        foreach (var cue in russian ? system.RussianCues : system.ArabicCues.Length > 0 && (arabicName ??= Words(lower).Any(IsArabicWord)) ? system.ArabicCues : [])
            if (lower.Contains(cue, StringComparison.Ordinal)) return true;
        if (system.EndCues.Length == 0) return false;
        foreach (var word in Words(lower))
            foreach (var cue in system.EndCues)
                if (word.Length > cue.Length + 1 && word.EndsWith(cue, StringComparison.Ordinal)) return true;
        return false;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0) { yield return text[start..i]; start = -1; }
        }
    }

    private static string Read(RomanisationSystem system, string name, bool other)
    {
        var text = name.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(text.Length + 8);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                sb.Append(ReadWord(system, text[start..i], other));
                start = -1;
            }
            if (!letter && i < text.Length) sb.Append(text[i]);
        }
        return sb.ToString();
    }

    // One word: its nominative ending taken off, then its letters read left to right, longest rule first.
    private static string ReadWord(RomanisationSystem system, string word, bool other)
    {
        if (word.Any(c => c >= 0x0250)) return word;
        var lower = word.ToLowerInvariant();
        // An Arabic or Persian name the romanisation table knows (Mohammad, Hussein) is a spelling the lists use
        // already: read by another system it would leave the table's group (Mokhammad) and pass for a vowel
        // variant of another name (Makhmoud).
        if (KnownArabicSpelling(lower)) return word;
        foreach (var ending in system.Endings)
        {
            if (lower.Length >= ending.Length + 3 && lower.EndsWith(ending, StringComparison.Ordinal) && IsConsonant(lower[^(ending.Length + 1)]))
            {
                lower = lower[..^ending.Length];
                break;
            }
        }
        var sb = new StringBuilder(lower.Length + 4);
        for (var i = 0; i < lower.Length;)
        {
            var rule = RuleAt(system, lower, i, other);
            if (rule is null) { sb.Append(lower[i]); i++; continue; }
            sb.Append(rule.To);
            i += rule.From.Length;
        }
        return Case(word, sb.ToString());
    }

    private static bool KnownArabicSpelling(string lower)
    {
        foreach (var g in NameEquivalences.GroupsOf(lower))
            if (NameEquivalences.Groups[g] is { Kind: EquivalenceKind.Romanisation, Language: "Arabic" or "Persian" }) return true;
        return false;
    }

    private static Rule? RuleAt(RomanisationSystem system, string word, int i, bool other)
    {
        foreach (var rule in system.Rules)
        {
            if (rule.Other && !other || string.CompareOrdinal(word, i, rule.From, 0, rule.From.Length) != 0) continue;
            var end = i + rule.From.Length;
            var applies = rule.Where switch
            {
                Where.Start => i == 0,
                Where.StartBeforeVowel => i == 0 && end < word.Length && IsVowel(word[end]),
                Where.End => end == word.Length,
                Where.Vowels => i > 0 && end < word.Length && IsVowel(word[i - 1]) && IsVowel(word[end]),
                Where.Consonant => i > 0 && IsConsonant(word[i - 1]),
                Where.Front => end < word.Length && word[end] is 'e' or 'i' or 'é' or 'è' or 'ï' or 'ë',
                _ => true,
            };
            if (applies) return rule;
        }
        return null;
    }

    private static bool IsVowel(char c) => "aeiouyáéíóúýàèìòùâêîôûäëïöüāēīūąęėįųěůı".IndexOf(c) >= 0;

    private static bool IsConsonant(char c) => char.IsLetter(c) && !IsVowel(c);

    // The reading keeps the word's case: capitals stay capitals (SHOIGU), a capital first letter stays one.
    private static string Case(string original, string read)
    {
        if (read.Length == 0) return read;
        var letters = original.Where(char.IsLetter).ToArray();
        if (letters.Length > 1 && letters.All(char.IsUpper)) return read.ToUpperInvariant();
        return char.IsUpper(original[0]) ? char.ToUpperInvariant(read[0]) + read[1..] : read;
    }

    private static RomanisationSystem[] Load()
    {
        var rows = new List<(string System, string From, string To, string Where)>();
        // Other nations' spellings of Arabic names are read by the same rules (arabic-spanish, arabic-turkish, arabic-german).
        foreach (var file in (string[])["cyrillic-romanisations.tsv", "arabic-romanisations.tsv"])
            foreach (var row in NameResources.Rows(file))
            {
                if (row.Length != 4) throw new InvalidOperationException($"{file}: a row needs 4 columns: '{string.Join('\t', row)}'");
                rows.Add((row[0], row[1].Normalize(NormalizationForm.FormC), row[2], row[3]));
            }
        return rows.GroupBy(r => r.System).Select(g => new RomanisationSystem(
            g.Key,
            g.Where(r => r.Where == "cue").Select(r => r.From).ToArray(),
            g.Where(r => r.Where == "cue-end").Select(r => r.From).ToArray(),
            g.Where(r => r.Where == "cue-russian").Select(r => r.From).ToArray(),
            g.Where(r => r.Where == "cue-arabic").Select(r => r.From).ToArray(),
            g.Where(r => r.Where == "ending").Select(r => r.From).OrderByDescending(f => f.Length).ToArray(),
            g.Where(r => r.Where is not ("cue" or "cue-end" or "cue-russian" or "cue-arabic" or "ending"))
                .Select(r => new Rule(r.From, r.To, ParseWhere(r.Where), r.Where.StartsWith("other", StringComparison.Ordinal)))
                .OrderByDescending(r => r.From.Length).ThenByDescending(r => r.Other).ToArray())).ToArray();
    }

    private static Where ParseWhere(string where) => where switch
    {
        "any" => Where.Any,
        "start" => Where.Start,
        "end" => Where.End,
        "vowels" => Where.Vowels,
        "consonant" => Where.Consonant,
        "front" => Where.Front,
        "other" => Where.Any,
        "other-start" or "start-vowel" => Where.StartBeforeVowel,
        _ => throw new InvalidOperationException($"cyrillic-romanisations.tsv: unknown place '{where}'"),
    };
}

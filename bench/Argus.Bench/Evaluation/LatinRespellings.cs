namespace Argus.Bench.Evaluation;

/// <summary>
/// Other national spellings of Arabic and Persian names written in English romanisation (French,
/// German, Spanish, Polish, Turkish conventions for the same sounds), and Wade–Giles for names
/// written in pinyin. Conventions written here from the published systems, not from the matcher.
/// </summary>
public static class LatinRespellings
{
    // Sound written in English → how each convention writes it; applied left to right, longest first.
    private static readonly Dictionary<string, (string From, string To)[]> Arabic = new()
    {
        ["french"] = [("sh", "ch"), ("kh", "kh"), ("j", "dj"), ("oo", "ou"), ("u", "ou"), ("w", "ou"), ("ee", "i"), ("q", "k")],
        ["german"] = [("sh", "sch"), ("kh", "ch"), ("j", "dsch"), ("y", "j"), ("w", "w"), ("z", "s"), ("oo", "u")],
        ["spanish"] = [("sh", "ch"), ("kh", "j"), ("j", "y"), ("w", "u"), ("z", "s"), ("oo", "u")],
        ["polish"] = [("sh", "sz"), ("kh", "ch"), ("ch", "cz"), ("j", "dż"), ("y", "j"), ("w", "w"), ("oo", "u")],
        ["turkish"] = [("sh", "ş"), ("kh", "h"), ("ch", "ç"), ("j", "c"), ("q", "k"), ("dh", "z"), ("th", "s"), ("w", "v"), ("a", "e")],
    };

    public static IEnumerable<string> ArabicSystems => Arabic.Keys;

    public static string RespellArabic(string name, string system)
    {
        var table = Arabic[system];
        var words = name.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var lower = words[w].ToLowerInvariant();
            var sb = new System.Text.StringBuilder();
            for (var i = 0; i < lower.Length;)
            {
                var rule = table.FirstOrDefault(r => string.CompareOrdinal(lower, i, r.From, 0, r.From.Length) == 0);
                // Turkish writes a as e only in the first vowel of a word after m (Muhammed, Mehmet): a light touch, not every a.
                if (rule.From == "a" && system == "turkish" && !(i > 0 && lower[i - 1] == 'm' || i >= 3 && lower[(i - 3)..i] == "mad")) rule = default;
                if (rule.From is null) { sb.Append(lower[i]); i++; continue; }
                sb.Append(rule.To);
                i += rule.From.Length;
            }
            var s = sb.ToString();
            words[w] = words[w].All(c => !char.IsLetter(c) || char.IsUpper(c)) ? s.ToUpperInvariant() : s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;
        }
        return string.Join(' ', words);
    }

    // Pinyin initials and finals → Wade–Giles (without tone marks; apostrophes of aspiration kept).
    private static readonly (string From, string To)[] WadeInitials = [("zh", "ch"), ("ch", "ch'"), ("sh", "sh"), ("q", "ch'"), ("x", "hs"), ("j", "ch"), ("z", "ts"), ("c", "ts'"), ("r", "j"), ("b", "p"), ("p", "p'"), ("d", "t"), ("t", "t'"), ("g", "k"), ("k", "k'")];
    private static readonly (string From, string To)[] WadeFinals = [("ong", "ung"), ("ian", "ien"), ("ie", "ieh"), ("uo", "o"), ("ue", "üeh"), ("you", "yu"), ("yan", "yen"), ("ye", "yeh"), ("ui", "uei")];

    /// <summary>One pinyin syllable (or hyphen-free word of syllables split by the caller) in Wade–Giles.</summary>
    public static string WadeGiles(string syllable)
    {
        var s = syllable.ToLowerInvariant();
        var initial = WadeInitials.FirstOrDefault(r => s.StartsWith(r.From, StringComparison.Ordinal));
        var head = initial.From is null ? "" : initial.To;
        var final = initial.From is null ? s : s[initial.From.Length..];
        foreach (var (from, to) in WadeFinals)
            if (final.EndsWith(from, StringComparison.Ordinal) || (head.Length == 0 && final == from)) { final = final[..^from.Length] + to; break; }
        if (final == "i" && initial.From is "zh" or "ch" or "sh" or "r") final = "ih";
        if (final == "i" && initial.From is "z" or "c" or "s") final = "u";
        return head + final;
    }
}

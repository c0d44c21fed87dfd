namespace Argus.Names;

/// <summary>
/// The syllables of Mandarin in pinyin (<c>Names/Resources/pinyin-syllables.txt</c>): tells a Chinese
/// syllable's final (what follows its initial consonant) and the spellings no Korean romanisation writes.
/// </summary>
public static class PinyinSyllables
{
    private static readonly HashSet<string> Syllables = new(NameResources.Rows("pinyin-syllables.txt").Select(r => r[0]), StringComparer.Ordinal);

    /// <summary>Whether the lower-case token is one pinyin syllable ("feng", "zhang", "li").</summary>
    public static bool IsSyllable(string token) => Syllables.Contains(token);

    /// <summary>The final of a syllable: the token without its initial consonant(s) ("feng" → "eng", "zhang" → "ang").</summary>
    public static ReadOnlySpan<char> Final(string syllable)
    {
        if (syllable.Length > 2 && syllable[1] == 'h' && syllable[0] is 'z' or 'c' or 's') return syllable.AsSpan(2);
        return syllable.Length > 1 && syllable[0] is not ('a' or 'e' or 'i' or 'o' or 'u') ? syllable.AsSpan(1) : syllable;
    }

    /// <summary>
    /// Two single pinyin syllables with different finals are two syllables ("Feng" / "Fang", "Liang" /
    /// "Lian", "Qing" / "Qiang"), however close their letters or sound keys; other romanisations of
    /// Chinese differ from pinyin mostly in initials (Chang = Zhang) and are in the equivalence table.
    /// </summary>
    public static bool DifferentSyllables(string a, string b) =>
        a != b && IsSyllable(a) && IsSyllable(b) && !Final(a).SequenceEqual(Final(b));

    /// <summary>
    /// A pinyin syllable that no Korean romanisation (Revised, McCune–Reischauer, customary) writes: with
    /// x, q or z, the clusters ao, uo, ua, ia, iu, ie, "eng" without o, or an initial c not before h
    /// ("Tian", "Xu", "Huang"). A name holding one is Chinese, not Korean.
    /// </summary>
    public static bool IsChineseOnly(string token)
    {
        if (!IsSyllable(token)) return false;
        if (token.AsSpan().IndexOfAny('x', 'q', 'z') >= 0) return true;
        if (token[0] == 'c' && !token.StartsWith("ch", StringComparison.Ordinal)) return true;
        if (token.Contains("eng", StringComparison.Ordinal) && !token.Contains("eong", StringComparison.Ordinal)) return true;
        foreach (var cluster in ChineseClusters)
            if (token.Contains(cluster, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] ChineseClusters = ["ao", "uo", "ua", "ia", "iu", "ie"];
}

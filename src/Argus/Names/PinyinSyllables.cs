namespace Argus.Names;

/// <summary>
/// The syllables of Mandarin in pinyin (<c>Names/Resources/pinyin-syllables.txt</c>): tells a Chinese
/// syllable's final (what follows its initial consonant) and the spellings no Korean romanisation writes.
/// </summary>
public static class PinyinSyllables
{
    private static readonly HashSet<string> Syllables = new(NameResources.Rows("pinyin-syllables.txt").Select(r => r[0]), StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SyllablesBySpan = Syllables.GetAlternateLookup<ReadOnlySpan<char>>();
    private const int LongestSyllable = 6;   // zhuang
    private const int LongestJoined = 18;

    /// <summary>Whether the lower-case token is one pinyin syllable ("feng", "zhang", "li").</summary>
    public static bool IsSyllable(string token) => Syllables.Contains(token);

    /// <summary>The final of a syllable: the token without its initial consonant(s) ("feng" → "eng", "zhang" → "ang").</summary>
    public static ReadOnlySpan<char> Final(string syllable) => Final(syllable.AsSpan());

    private static ReadOnlySpan<char> Final(ReadOnlySpan<char> syllable)
    {
        if (syllable.Length > 2 && syllable[1] == 'h' && syllable[0] is 'z' or 'c' or 's') return syllable[2..];
        return syllable.Length > 1 && syllable[0] is not ('a' or 'e' or 'i' or 'o' or 'u') ? syllable[1..] : syllable;
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
    public static bool IsChineseOnly(string token) => IsSyllable(token) && ChineseOnlySpelling(token);

    private static bool ChineseOnlySpelling(ReadOnlySpan<char> syllable)
    {
        if (syllable.IndexOfAny('x', 'q', 'z') >= 0) return true;
        if (syllable[0] == 'c' && !syllable.StartsWith("ch", StringComparison.Ordinal)) return true;
        if (syllable.IndexOf("eng", StringComparison.Ordinal) >= 0 && syllable.IndexOf("eong", StringComparison.Ordinal) < 0) return true;
        foreach (var cluster in ChineseClusters)
            if (syllable.IndexOf(cluster, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>
    /// Two tokens that are pinyin syllables written as one word (a Chinese given name: "Mingguo", "Mengyao"),
    /// one of them holding a syllable only Chinese writes, are compared syllable by syllable: a syllable with
    /// another final, or one more syllable ("Ming" / "Mingguo"), is another given name, not a typo or vowels.
    /// </summary>
    public static bool DifferentJoinedSyllables(string a, string b)
    {
        if (a.Length > LongestJoined || b.Length > LongestJoined || Math.Max(a.Length, b.Length) <= LongestSyllable && IsSyllable(a) && IsSyllable(b)) return false;
        Span<byte> aEnds = stackalloc byte[LongestJoined];
        Span<byte> bEnds = stackalloc byte[LongestJoined];
        var na = Split(a, aEnds);
        var nb = Split(b, bEnds);
        if (na == 0 || nb == 0 || Math.Max(na, nb) < 2 || !HoldsChineseOnly(a, aEnds[..na]) && !HoldsChineseOnly(b, bEnds[..nb])) return false;
        if (na == nb)
        {
            for (var i = 0; i < na; i++)
                if (!Final(Syllable(a, aEnds, i)).SequenceEqual(Final(Syllable(b, bEnds, i)))) return true;
            return false;
        }
        return na < nb ? SyllablesAdded(a, na, b, bEnds[..nb]) : SyllablesAdded(b, nb, a, aEnds[..na]);
    }

    /// <summary>Whether the longer token is the shorter with whole syllables added before or after it.</summary>
    private static bool SyllablesAdded(string shorter, int shorterCount, string longer, ReadOnlySpan<byte> longerEnds) =>
        longer.AsSpan().StartsWith(shorter) && longerEnds[shorterCount - 1] == shorter.Length
        || longer.AsSpan().EndsWith(shorter) && longerEnds[longerEnds.Length - shorterCount - 1] == longer.Length - shorter.Length;

    /// <summary>
    /// Whether every word of a Latin name is pinyin syllables, one of them a syllable only Chinese writes
    /// ("Zhou Na", "Chen Mengyao"): a Chinese name, which no other nation's romanisation of Cyrillic or Arabic wrote.
    /// </summary>
    public static bool IsPinyinName(string name)
    {
        Span<byte> ends = stackalloc byte[LongestJoined];
        var chinese = false;
        foreach (var range in name.AsSpan().SplitAny(" -'’"))
        {
            var word = name[range].ToLowerInvariant();
            if (word.Length == 0) continue;
            var n = word.Length <= LongestJoined ? Split(word, ends) : 0;
            if (n == 0) return false;
            chinese |= HoldsChineseOnly(word, ends[..n]);
        }
        return chinese;
    }

    private static ReadOnlySpan<char> Syllable(string token, ReadOnlySpan<byte> ends, int i) =>
        token.AsSpan(i == 0 ? 0 : ends[i - 1], ends[i] - (i == 0 ? 0 : ends[i - 1]));

    private static bool HoldsChineseOnly(string token, ReadOnlySpan<byte> ends)
    {
        for (var i = 0; i < ends.Length; i++)
            if (ChineseOnlySpelling(Syllable(token, ends, i))) return true;
        return false;
    }

    /// <summary>
    /// Splits a token wholly into the fewest pinyin syllables of two letters or more (a lone vowel is more often a
    /// typo or a Spanish ending than 阿 or 娥); their end offsets go to <paramref name="ends"/>. 0 when it cannot be split.
    /// </summary>
    private static int Split(string token, Span<byte> ends)
    {
        Span<byte> fewest = stackalloc byte[LongestJoined + 1];
        Span<byte> from = stackalloc byte[LongestJoined + 1];
        fewest.Fill(byte.MaxValue);
        fewest[0] = 0;
        for (var end = 1; end <= token.Length; end++)
            for (var len = 2; len <= LongestSyllable && len <= end; len++)
                if (fewest[end - len] != byte.MaxValue && fewest[end - len] + 1 < fewest[end] && SyllablesBySpan.Contains(token.AsSpan(end - len, len)))
                {
                    fewest[end] = (byte)(fewest[end - len] + 1);
                    from[end] = (byte)(end - len);
                }
        if (fewest[token.Length] == byte.MaxValue) return 0;
        var n = fewest[token.Length];
        for (int at = token.Length, i = n - 1; at > 0; at = from[at], i--) ends[i] = (byte)at;
        return n;
    }

    private static readonly string[] ChineseClusters = ["ao", "uo", "ua", "ia", "iu", "ie"];
}

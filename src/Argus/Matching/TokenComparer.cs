using Argus.Names;

namespace Argus.Matching;

/// <summary>How two tokens were found to be the same name part.</summary>
public enum TokenRule
{
    None,
    Exact,
    Transliterated,
    Equivalent,
    KoreanVariant,
    SoundVariant,
    Consonants,
    Typo,
    Initial,
    Joined,
    Vowels,
}

/// <summary>The similarity of two tokens and the rule that found it.</summary>
public readonly record struct TokenSimilarity(double Score, TokenRule Rule, int Detail = 0)
{
    public static readonly TokenSimilarity None = new(0, TokenRule.None);
}

/// <summary>
/// Compares two name tokens: exact, equivalent spellings (table), Korean romanisation variants
/// (shared Hangul syllable), sound-key variants, Arabic/Hebrew consonants, typos (conservative on
/// short tokens) and initials.
/// </summary>
public static class TokenComparer
{
    public const double ExactScore = 1.0, EquivalentScore = 0.97, KoreanScore = 0.96, SoundScore = 0.93,
        ConsonantScore = 0.9, InitialScore = 0.7, VowelScore = 0.84;

    public static TokenSimilarity Compare(NameToken q, NameToken c)
    {
        if (q.Role == TokenRole.Number || c.Role == TokenRole.Number)
            return q.Role == c.Role && q.Text == c.Text ? new(ExactScore, TokenRule.Exact) : TokenSimilarity.None;
        if (q.Role == TokenRole.Initial || c.Role == TokenRole.Initial)
        {
            if (q.Role == c.Role) return q.Text == c.Text ? new(ExactScore, TokenRule.Exact) : TokenSimilarity.None;
            var full = q.Role == TokenRole.Initial ? c : q;
            var initial = q.Role == TokenRole.Initial ? q : c;
            // One-letter Korean syllables (I = 이, O = 오) are names, not initials.
            if (full.Script == NameScript.Hangul && Intersects(KoreanReadings.SyllablesSpelled(initial.Text), full.Syllables, out var one))
                return new(KoreanScore, TokenRule.KoreanVariant, one);
            return full.Role == TokenRole.Name && full.Text[0] == initial.Text[0] ? new(InitialScore, TokenRule.Initial) : TokenSimilarity.None;
        }
        if (q.Role == TokenRole.Particle || c.Role == TokenRole.Particle)
            return q.Role == c.Role && q.Key == c.Key ? new(ExactScore, TokenRule.Exact) : TokenSimilarity.None;

        if (q.Text == c.Text)
            return new(ExactScore, q.Script != NameScript.Latin || c.Script != NameScript.Latin ? TokenRule.Transliterated : TokenRule.Exact);
        if (q.Script == NameScript.Hangul && c.Script == NameScript.Hangul)
            return q.Syllables[0] == c.Syllables[0] ? new(ExactScore, TokenRule.Exact) : TokenSimilarity.None;
        if (Intersects(q.Groups, c.Groups, out var group)) return new(EquivalentScore, TokenRule.Equivalent, group);
        if (!IsSyllabic(q.Script) && !IsSyllabic(c.Script) && Intersects(q.Syllables, c.Syllables, out var syllable)) return new(KoreanScore, TokenRule.KoreanVariant, syllable);
        if (q.Key == c.Key && !IsSyllabic(q.Script) && !IsSyllabic(c.Script)) return new(SoundScore, TokenRule.SoundVariant);
        if ((NameParser.IsAbjad(q.Script) || NameParser.IsAbjad(c.Script)) && SkeletonsAgree(q, c))
            return new(ConsonantScore, TokenRule.Consonants);
        // Letters transliterated from an abjad have no vowels, and syllables read from Chinese characters
        // are exact pinyin (other romanisations are in the equivalence table): neither is a typo of anything.
        if (NameParser.IsAbjad(q.Script) || NameParser.IsAbjad(c.Script) || IsSyllabic(q.Script) || IsSyllabic(c.Script)) return TokenSimilarity.None;
        var typo = Typo(q.Text, c.Text, q.Key, c.Key);
        if (typo.Score > 0 || !VowelsDiffer(q, c)) return typo;
        return new(VowelScore, TokenRule.Vowels);
    }

    /// <summary>
    /// Long tokens with the same first letter and the same consonants in the same order, differing
    /// only in their vowels ("Mouldi" / "Maoeldi", "Ghwell" / "Ghawil", "Koshlaf" / "Kashlaf"):
    /// romanisations of Arabic names, which do not write short vowels, disagree most on these.
    /// </summary>
    public static bool VowelsDiffer(NameToken q, NameToken c)
    {
        if (q.Text.Length < 5 || c.Text.Length < 5 || q.Text[0] != c.Text[0]) return false;
        var a = q.Key.AsSpan();
        var b = c.Key.AsSpan();
        int i = 0, j = 0, consonants = 0;
        while (true)
        {
            while (i < a.Length && IsVowelLike(a[i])) i++;
            while (j < b.Length && IsVowelLike(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length && consonants >= 3;
            if (a[i] != b[j]) return false;
            consonants++;
            i++; j++;
        }
    }

    /// <summary>Chinese characters: read as exact pinyin syllables.</summary>
    private static bool IsSyllabic(NameScript script) => script is NameScript.Han;

    private static bool IsVowelLike(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'h';

    // Arabic and Hebrew script write consonants only: compare those, in sound classes (short names need all of them, in full).
    private static bool SkeletonsAgree(NameToken q, NameToken c)
    {
        if (NameParser.IsAbjad(q.Script) && NameParser.IsAbjad(c.Script)) return q.Skeleton.Length >= 2 && q.Skeleton == c.Skeleton;
        var abjad = NameParser.IsAbjad(q.Script) ? q : c;
        var latin = NameParser.IsAbjad(q.Script) ? c : q;
        return ConsonantSkeleton.Reads(abjad.Source, latin.Text);
    }

    /// <summary>Edits allowed for a typo between tokens whose shorter one has <paramref name="length"/> letters.</summary>
    public static int AllowedEdits(int length) => length switch { < 4 => 0, < 9 => 1, _ => 2 };

    public static TokenSimilarity Typo(string a, string b, string keyA, string keyB)
    {
        var allowed = AllowedEdits(Math.Min(a.Length, b.Length));
        if (allowed == 0) return TokenSimilarity.None;
        // Short tokens must agree on their first letter: most short names differ from each other by one letter.
        if (Math.Min(a.Length, b.Length) < 6 && a[0] != b[0]) return TokenSimilarity.None;
        var d = StringDistance.Damerau(a, b, allowed);
        if (d <= allowed) return new(d == 1 ? (Math.Min(a.Length, b.Length) >= 7 ? 0.88 : 0.84) : 0.76, TokenRule.Typo, d);
        var allowedKey = AllowedEdits(Math.Min(keyA.Length, keyB.Length));
        if (allowedKey == 0) return TokenSimilarity.None;
        var dk = StringDistance.Damerau(keyA, keyB, allowedKey);
        return dk <= allowedKey ? new(dk == 1 ? 0.82 : 0.74, TokenRule.Typo, dk) : TokenSimilarity.None;
    }

    private static bool Intersects(int[] a, int[] b, out int common)
    {
        common = -1;
        if (a.Length == 0 || b.Length == 0) return false;
        foreach (var x in a)
            foreach (var y in b)
                if (x == y) { common = x; return true; }
        return false;
    }
}

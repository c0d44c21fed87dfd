namespace Argus.Matching;

/// <summary>Edit distances between short strings (name tokens).</summary>
public static class StringDistance
{
    /// <summary>
    /// Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps),
    /// or <paramref name="max"/> + 1 as soon as it is known to exceed <paramref name="max"/>.
    /// </summary>
    public static int Damerau(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max) => Banded<EveryLetterOne>(a, b, max);

    /// <summary>Jaro–Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 characters).</summary>
    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 && b.Length == 0) return 1;
        if (a.Length == 0 || b.Length == 0) return 0;
        var range = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> am = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bm = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var lo = Math.Max(0, i - range);
            var hi = Math.Min(b.Length - 1, i + range);
            for (var j = lo; j <= hi; j++)
            {
                if (bm[j] || a[i] != b[j]) continue;
                am[i] = bm[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;
        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!am[i]) continue;
            while (!bm[k]) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }
        var m = (double)matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3.0;
        var prefix = 0;
        for (var i = 0; i < Math.Min(4, Math.Min(a.Length, b.Length)) && a[i] == b[i]; i++) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /// <summary>
    /// The cost of the slips that make one word of the other, or <paramref name="max"/> + 1 once it is known to
    /// be more: a letter added, dropped or swapped with its neighbour costs 1, and so does a letter replaced by
    /// its neighbour on the keyboard or a vowel by a vowel; any other letter replaced costs 2: it is how two
    /// names differ more often than how one is mistyped ("Marchenko" / "Savchenko").
    /// </summary>
    public static int SlipCost(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max) => Banded<SlipLetters>(a, b, max);

    // The cost of replacing one letter by another; a struct parameter so that each distance compiles on its own.
    private interface IReplaceCost { static abstract int Of(char a, char b); }

    private readonly struct EveryLetterOne : IReplaceCost { public static int Of(char a, char b) => 1; }

    private readonly struct SlipLetters : IReplaceCost
    {
        public static int Of(char a, char b) => Keyboard.Near(a, b) || IsVowel(a) && IsVowel(b) ? 1 : 2;
    }

    // Optimal string alignment within max of the diagonal; the cells beside the band read as over (tokens are
    // compared with max 1 to 3, so a row costs a few cells instead of its length).
    private static int Banded<TCost>(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max) where TCost : struct, IReplaceCost
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length == 0 || b.Length == 0) return Math.Min(Math.Max(a.Length, b.Length), max + 1);
        var over = max + 1;
        var w = b.Length + 1;
        Span<int> prev2 = w <= 64 ? stackalloc int[w] : new int[w];
        Span<int> prev = w <= 64 ? stackalloc int[w] : new int[w];
        Span<int> cur = w <= 64 ? stackalloc int[w] : new int[w];
        prev2.Fill(over);
        cur.Fill(over);
        for (var j = 0; j < w; j++) prev[j] = Math.Min(j, over);
        for (var i = 1; i <= a.Length; i++)
        {
            var lo = Math.Max(1, i - max);
            var hi = Math.Min(b.Length, i + max);
            cur[lo - 1] = lo == 1 ? Math.Min(i, over) : over;
            if (hi < b.Length) cur[hi + 1] = over;
            var rowMin = cur[lo - 1];
            for (var j = lo; j <= hi; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : TCost.Of(a[i - 1], b[j - 1]);
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = Math.Min(v, over);
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > max) return over;
            var t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return Math.Min(prev[b.Length], over);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}

namespace Argus.Names;

/// <summary>
/// The word of a legal form that a misspelt word stands for ("corporatipn" → "corporation", "compny" →
/// "company"): one letter added, dropped, replaced or two swapped, in a form word of 6 letters or more.
/// Found through the words' one-letter deletions, so a lookup costs a few dictionary reads.
/// </summary>
public static class MisspeltLegalForms
{
    private const int MinimumLength = 6;

    private static readonly HashSet<string> FormWords = NameVocabulary.LegalForms
        .SelectMany(f => f.Tokens).ToHashSet(StringComparer.Ordinal);

    // Every long form word under itself and each of its one-letter deletions.
    private static readonly Dictionary<string, string[]> ByDeletion = FormWords
        .Where(w => w.Length >= MinimumLength && w.All(char.IsAsciiLetterLower))
        .SelectMany(w => Deletions(w).Append(w).Distinct().Select(d => (Key: d, Word: w)))
        .GroupBy(p => p.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Word).Distinct().ToArray(), StringComparer.Ordinal);

    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> ByDeletionSpan = ByDeletion.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int LongestFormWord = ByDeletion.Values.SelectMany(w => w).Max(w => w.Length);

    /// <summary>
    /// The form words this word is a single slip of (several where the forms hold near spellings:
    /// "limited", "limitted"); none when the word is itself a form word or a known given name, or short.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string word)
    {
        if (word.Length < MinimumLength - 1 || word.Length > LongestFormWord + 1 || !word.All(char.IsAsciiLetterLower) || FormWords.Contains(word)
            || NameEquivalences.KnownGivenNames.Contains(word)) return [];
        // Every name screened may pass here: the deletions are looked up without making strings of them.
        List<string>? found = null;
        Span<char> deletion = stackalloc char[word.Length];
        Add(ref found, word, word);
        for (var i = 0; i < word.Length; i++)
        {
            word.AsSpan(0, i).CopyTo(deletion);
            word.AsSpan(i + 1).CopyTo(deletion[i..]);
            Add(ref found, word, deletion[..(word.Length - 1)]);
        }
        return found is null ? [] : found;

        static void Add(ref List<string>? found, string word, ReadOnlySpan<char> key)
        {
            if (!ByDeletionSpan.TryGetValue(key, out var words)) return;
            foreach (var w in words)
                if ((found is null || !found.Contains(w)) && OneSlipApart(word, w)) (found ??= new List<string>(2)).Add(w);
        }
    }

    private static IEnumerable<string> Deletions(string w)
    {
        for (var i = 0; i < w.Length; i++) yield return string.Concat(w.AsSpan(0, i), w.AsSpan(i + 1));
    }

    /// <summary>One insertion, deletion, substitution or swap of neighbours (optimal string alignment distance 1).</summary>
    public static bool OneSlipApart(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1) return false;
        var p = 0;
        while (p < a.Length && p < b.Length && a[p] == b[p]) p++;
        if (a.Length == b.Length)
        {
            if (a.AsSpan(p + 1).SequenceEqual(b.AsSpan(p + 1))) return true;
            return p + 1 < a.Length && a[p] == b[p + 1] && a[p + 1] == b[p] && a.AsSpan(p + 2).SequenceEqual(b.AsSpan(p + 2));
        }
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(p + 1).SequenceEqual(shorter.AsSpan(p));
    }
}

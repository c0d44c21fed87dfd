namespace Argus.Names;

/// <summary>
/// The word of a vocabulary that a misspelt word stands for: one letter added, dropped, replaced or two
/// swapped, in a vocabulary word long enough for a slip to say nothing else. Found through the words'
/// one-letter deletions, so a lookup costs a few dictionary reads and makes no strings.
/// </summary>
public sealed class MisspeltWords
{
    private readonly HashSet<string> words;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> byDeletion;
    private readonly int minimumLength;
    private readonly int longest;

    public MisspeltWords(IEnumerable<string> vocabulary, int minimumLength)
    {
        words = vocabulary.ToHashSet(StringComparer.Ordinal);
        this.minimumLength = minimumLength;
        // Every long word under itself and each of its one-letter deletions.
        var table = words.Where(w => w.Length >= minimumLength && w.All(char.IsAsciiLetterLower))
            .SelectMany(w => Deletions(w).Append(w).Distinct().Select(d => (Key: d, Word: w)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Word).Distinct().ToArray(), StringComparer.Ordinal);
        byDeletion = table.GetAlternateLookup<ReadOnlySpan<char>>();
        longest = table.Count == 0 ? 0 : table.Values.SelectMany(w => w).Max(w => w.Length);
    }

    /// <summary>
    /// The vocabulary words this word is a single slip of (several where the vocabulary holds near spellings:
    /// "limited", "limitted"); none when the word is itself in the vocabulary or a known given name, or short.
    /// </summary>
    public IReadOnlyList<string> Candidates(string word)
    {
        if (word.Length < minimumLength - 1 || word.Length > longest + 1 || !word.All(char.IsAsciiLetterLower) || words.Contains(word)
            || NameEquivalences.KnownGivenNames.Contains(word)) return [];
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
    }

    private void Add(ref List<string>? found, string word, ReadOnlySpan<char> key)
    {
        if (!byDeletion.TryGetValue(key, out var near)) return;
        foreach (var w in near)
            if ((found is null || !found.Contains(w)) && OneSlipApart(word, w)) (found ??= new List<string>(2)).Add(w);
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

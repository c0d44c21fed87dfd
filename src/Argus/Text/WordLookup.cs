namespace Argus.Text;

/// <summary>Looks words up by span, so that checking every token against the word lists allocates nothing.</summary>
public static class WordLookup
{
    public static bool Has(this IReadOnlySet<string> set, ReadOnlySpan<char> word) =>
        set is HashSet<string> hs ? hs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) : set.Contains(word.ToString());

    public static bool Has<T>(this IReadOnlyDictionary<string, T> map, ReadOnlySpan<char> word) =>
        map is Dictionary<string, T> d ? d.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word) : map.ContainsKey(word.ToString());
}

using Argus.Names;

namespace Argus.Matching;

/// <summary>
/// A word of an organisation's name that is the initials of words of the other name, in order ("GTV" / "Gazprom
/// Transgaz Volgograd", "SLS" / "Syriss Logistics and Services"; particles between them are skipped): paired with
/// each of those words.
/// </summary>
public static class Initialisms
{
    /// <summary>Score of a word against each word whose initial it gives.</summary>
    public const double Score = 0.9;

    private const int Shortest = 2, Longest = 8;

    private static readonly TokenSimilarity Similarity = new(Score, TokenRule.Initialism);

    /// <summary>Pairs the initialisms of either name left unpaired with the run of unpaired words they stand for.</summary>
    public static void Pair(NameToken[] q, NameToken[] c, Span<bool> qUsed, Span<bool> cUsed, List<TokenPair> pairs, TokenWeights weights)
    {
        for (var i = 0; i < q.Length; i++) PairOne(q, i, c, qUsed, cUsed, pairs, weights, inQuery: true);
        for (var j = 0; j < c.Length; j++) PairOne(c, j, q, cUsed, qUsed, pairs, weights, inQuery: false);
    }

    // The token at `at` of one name, if an initialism of unpaired words of the other, paired with each of them.
    private static void PairOne(NameToken[] side, int at, NameToken[] other, Span<bool> sideUsed, Span<bool> otherUsed, List<TokenPair> pairs, TokenWeights weights, bool inQuery)
    {
        if (sideUsed[at] || !IsInitialism(side[at]) || Run(side[at].Text, other, otherUsed) is not var (start, end)) return;
        sideUsed[at] = true;
        for (var k = start; k <= end; k++)
        {
            otherUsed[k] = true;
            if (other[k].Role == TokenRole.Particle) continue;
            var weight = weights.Weight(other[k]);
            pairs.Add(inQuery ? new TokenPair(at, k, Similarity, weight) : new TokenPair(k, at, Similarity, weight));
        }
    }

    private static bool IsInitialism(NameToken t) =>
        t.Role == TokenRole.Name && t.Script == NameScript.Latin && t.Text.Length is >= Shortest and <= Longest && t.Text.All(char.IsAsciiLetterLower);

    // The letter a word gives an initialism: its first; a number written in words (First, read 1) gives its word's.
    private static char Initial(NameToken t) => t.Role switch
    {
        TokenRole.Name when t.Text.Length >= 2 => t.Text[0],
        TokenRole.Number when t.Source.Length >= 2 && char.IsAsciiLetter(t.Source[0]) => char.ToLowerInvariant(t.Source[0]),
        _ => '\0',
    };

    // The first run of unpaired words whose first letters spell the initialism, particles between them skipped.
    private static (int Start, int End)? Run(string initials, NameToken[] tokens, Span<bool> used)
    {
        for (var s = 0; s < tokens.Length; s++)
        {
            if (used[s] || tokens[s].Script != NameScript.Latin || Initial(tokens[s]) != initials[0]) continue;
            var k = 0;
            var e = s;
            for (; e < tokens.Length && k < initials.Length && !used[e]; e++)
            {
                if (tokens[e].Role == TokenRole.Particle) continue;
                if (Initial(tokens[e]) != initials[k]) break;
                k++;
            }
            if (k == initials.Length) return (s, e - 1);
        }
        return null;
    }
}

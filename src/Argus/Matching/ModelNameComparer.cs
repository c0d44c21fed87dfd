using Argus.Names;

namespace Argus.Matching;

/// <summary>One feature's part in a name score: its value and what it adds to the log-odds.</summary>
public readonly record struct FeatureShare(NameFeature Feature, double Value, double LogOdds);

/// <summary>
/// Aligns the tokens of two names, tolerating order, missing or extra middle names, initials,
/// joined or split tokens, typos and romanisation variants, measures the alignment
/// (<see cref="NameFeature"/>) and scores it with the fitted <see cref="NameScoreModel"/>.
/// Stateless and thread-safe. The same alignment as <see cref="NameComparer"/> without its score caps:
/// the learned scorer, evaluated beside the default one until it holds on every check.
/// </summary>
public sealed class ModelNameComparer(TokenWeights weights, NamePopulation? population, NameScoreModel model)
{
    private readonly TokenAlignment alignment = new(weights);

    public static ModelNameComparer Default { get; } = new(TokenWeights.Default, NamePopulation.Default, NameScoreModel.Default);

    public TokenWeights Weights => weights;

    /// <summary>How common name parts are among people; null when the comparer has no such table.</summary>
    public NamePopulation? Population => population;

    public NameScoreModel Model => model;

    /// <summary>The same alignment and features with another model (for fitting one).</summary>
    public ModelNameComparer WithModel(NameScoreModel other) => new(weights, population, other);

    public NameComparison Compare(NameForm query, NameForm candidate) => Compare(query, candidate, null);

    /// <summary>
    /// Compares two names, writing the alignment into <paramref name="reuse"/> (cleared first) when given
    /// instead of a new list: for callers that keep only the score of most comparisons (the comparison
    /// returned then shares that list, which the next call overwrites).
    /// </summary>
    public NameComparison Compare(NameForm query, NameForm candidate, List<TokenPair>? reuse)
    {
        var pairs = reuse ?? new List<TokenPair>(query.Tokens.Count + candidate.Tokens.Count);
        Span<double> x = stackalloc double[NameFeatures.Count];
        var outcome = Align(query, candidate, pairs, x);
        var shares = new List<FeatureShare>();
        if (outcome.Measured)
        {
            for (var i = 0; i < x.Length; i++)
            {
                var part = model.Weights[i] * x[i];
                if (part != 0) shares.Add(new FeatureShare((NameFeature)i, x[i], part));
            }
            shares.Sort((a, b) => Math.Abs(b.LogOdds).CompareTo(Math.Abs(a.LogOdds)));
        }
        return new NameComparison(query, candidate, outcome.Score, pairs, outcome.Reordered, outcome.NumberMismatch, outcome.CommonNameLeftOver) { Features = shares };
    }

    /// <summary>
    /// The score of <see cref="Compare(NameForm, NameForm)"/> alone, for callers that rank many names and
    /// keep none of their alignments: <paramref name="scratch"/> receives the alignment (cleared first).
    /// </summary>
    public double Score(NameForm query, NameForm candidate, List<TokenPair> scratch)
    {
        Span<double> x = stackalloc double[NameFeatures.Count];
        return Align(query, candidate, scratch, x).Score;
    }

    /// <summary>
    /// The features of the alignment of two names into <paramref name="x"/> (length <see cref="NameFeatures.Count"/>);
    /// false when no name part is paired (the score is then 0 whatever the model).
    /// </summary>
    public bool Measure(NameForm query, NameForm candidate, List<TokenPair> scratch, Span<double> x) => Align(query, candidate, scratch, x).Measured;

    /// <summary>What a comparison finds besides its alignment.</summary>
    private readonly record struct AlignmentOutcome(double Score, bool Reordered, bool NumberMismatch, bool CommonNameLeftOver, bool Measured);

    private AlignmentOutcome Align(NameForm query, NameForm candidate, List<TokenPair> pairs, Span<double> x)
    {
        // The token arrays themselves, not the interface: the loops below index them a great many times.
        var q = query.TokenArray;
        var c = candidate.TokenArray;
        var n = q.Length;
        var m = c.Length;
        pairs.Clear();
        x.Clear();
        if (n == 0 || m == 0) return default;

        Span<bool> qUsed = stackalloc bool[n];
        Span<bool> cUsed = stackalloc bool[m];
        var sims = n * m <= 256 ? stackalloc TokenSimilarity[n * m] : new TokenSimilarity[n * m];
        bool? chinese = null;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < m; j++)
            {
                var sim = TokenComparer.Compare(q[i], c[j]);
                // A name holding a syllable only Chinese romanisations write ("Tian", "Xu") is not Korean: its
                // Latin parts are not made equal by a Hangul syllable they may both spell ("Tian Li" / "Tian Yi").
                if (sim.Rule == TokenRule.KoreanVariant && q[i].Script == NameScript.Latin && c[j].Script == NameScript.Latin
                    && (chinese ??= HasChineseOnlySyllable(q) || HasChineseOnlySyllable(c)))
                    sim = TokenComparer.Compare(q[i], c[j], koreanReadings: false);
                sims[i * m + j] = sim;
            }

        // Initials are paired last: a name part written in full elsewhere in the name, or joined with
        // its neighbour ("AL MADANI" / "ALMADANI, M."), says more than an initial.
        alignment.AlignGreedy(q, c, sims, qUsed, cUsed, pairs, withInitials: false);
        AlignJoined(q, c, qUsed, cUsed, pairs);
        alignment.AlignGreedy(q, c, sims, qUsed, cUsed, pairs, withInitials: true);

        var anyName = false;
        foreach (var p in pairs)
            if (q[p.Query].Role == TokenRole.Name && p.Similarity.Rule != TokenRule.Initial) anyName = true;
        var matchedCount = pairs.Count;
        // Each query token is matched at most once, so the order by query token is total.
        TokenAlignment.SortByQuery(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pairs)[..matchedCount]);
        var reordered = false;
        var last = -1;
        for (var k = 0; k < matchedCount; k++)
        {
            if (pairs[k].Candidate < last) { reordered = true; break; }
            last = pairs[k].Candidate;
        }
        var numberMismatch = false;
        var commonName = false;
        if (anyName)
        {
            var alignment = new NameFeatures.Alignment
            {
                Query = query, Candidate = candidate, Q = q, C = c, QUsed = qUsed, CUsed = cUsed,
                Pairs = pairs, MatchedCount = matchedCount, Reordered = reordered,
            };
            numberMismatch = NameFeatures.Measure(alignment, weights, population, x, out commonName);
        }
        for (var i = 0; i < n; i++)
            if (!qUsed[i]) pairs.Add(new TokenPair(i, -1, TokenSimilarity.None, weights.Weight(q[i])));
        for (var j = 0; j < m; j++)
            if (!cUsed[j]) pairs.Add(new TokenPair(-1, j, TokenSimilarity.None, weights.Weight(c[j])));
        // Nothing but initials or particles in common is no match at all, whatever the model says.
        var score = anyName ? model.Probability(x) : 0;
        return new AlignmentOutcome(score, reordered, numberMismatch, commonName, anyName);
    }

    /// <summary>Joined or split tokens: one token on a side against two neighbours on the other.</summary>
    private void AlignJoined(NameToken[] q, NameToken[] c, Span<bool> qUsed, Span<bool> cUsed, List<TokenPair> pairs)
    {
        var n = q.Length;
        var m = c.Length;
        for (var i = 0; i < n; i++)
        {
            if (qUsed[i] || q[i].Role != TokenRole.Name) continue;
            for (var j = 0; j + 1 < m; j++)
            {
                if (cUsed[j] || cUsed[j + 1] || c[j].Role == TokenRole.Number || c[j + 1].Role == TokenRole.Number || SplitsHyphenGroup(c, j)) continue;
                var s = TokenAlignment.CompareJoined(q[i], c[j], c[j + 1]);
                if (s <= 0) continue;
                qUsed[i] = cUsed[j] = cUsed[j + 1] = true;
                pairs.Add(new TokenPair(i, j, new TokenSimilarity(s, TokenRule.Joined), alignment.PairWeight(q[i], c[j]) + weights.Weight(c[j + 1]), CandidateNext: j + 1));
                break;
            }
        }
        for (var j = 0; j < m; j++)
        {
            if (cUsed[j] || c[j].Role != TokenRole.Name) continue;
            for (var i = 0; i + 1 < n; i++)
            {
                if (qUsed[i] || qUsed[i + 1] || q[i].Role == TokenRole.Number || q[i + 1].Role == TokenRole.Number || SplitsHyphenGroup(q, i)) continue;
                var s = TokenAlignment.CompareJoined(c[j], q[i], q[i + 1]);
                if (s <= 0) continue;
                qUsed[i] = qUsed[i + 1] = cUsed[j] = true;
                pairs.Add(new TokenPair(i, j, new TokenSimilarity(s, TokenRule.Joined), weights.Weight(c[j]) * 1.5, QueryNext: i + 1));
                break;
            }
        }
    }

    /// <summary>
    /// Whether joining tokens <paramref name="i"/> and <paramref name="i"/>+1 would take one of them out of
    /// its hyphen group ("Han Ha-jun": Han + Ha is not Hana, Ha belongs to Ha-jun).
    /// </summary>
    private static bool SplitsHyphenGroup(NameToken[] tokens, int i) =>
        !tokens[i].JoinedToNext && (i > 0 && tokens[i - 1].JoinedToNext || tokens[i + 1].JoinedToNext);

    private static bool HasChineseOnlySyllable(NameToken[] tokens)
    {
        foreach (var t in tokens)
            if (t.Role == TokenRole.Name && t.Script == NameScript.Latin && t.ChineseOnly) return true;
        return false;
    }
}

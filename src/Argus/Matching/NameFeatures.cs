using Argus.Names;

namespace Argus.Matching;

/// <summary>
/// The features of an alignment of two names that the score model combines (see <see cref="NameScoreModel"/>).
/// Shares are in [0, 1], counts are small integers, flags are 0 or 1. The order is the model file's.
/// </summary>
public enum NameFeature
{
    /// <summary>Always 1: the model's intercept.</summary>
    Bias,
    /// <summary>Rarity-weighted share of the query's tokens found, each by its pair's similarity.</summary>
    QueryCovered,
    /// <summary>Rarity-weighted share of the list name's tokens found, each by its pair's similarity.</summary>
    CandidateCovered,
    /// <summary>The product of both shares: high only when both names are explained.</summary>
    BothCovered,
    /// <summary>One minus the lowest similarity of a pair of name parts (0 when every pair is exact).</summary>
    WorstPairGap,
    /// <summary>One minus the rarity-weighted mean Jaro–Winkler similarity of the paired tokens' Latin spellings.</summary>
    CharacterGap,
    /// <summary>Pairs found by each token rule (counts, up to 3).</summary>
    Transliterated, GivenNameEquivalent, OtherEquivalent, KoreanVariant, SoundVariant, Consonants, Vowels, OneEdit, TwoEdits, Initial, Joined,
    /// <summary>Rarity weight of the query's name parts not found at the ends of the query, and inside it.</summary>
    QueryLeftEnds, QueryLeftMiddle,
    /// <summary>Rarity weight of the list name's parts the query does not give at its ends, and inside it (middle names, patronymics).</summary>
    CandidateLeftEnds, CandidateLeftMiddle,
    /// <summary>Name parts left over on both sides: they contradict each other.</summary>
    BothLeft,
    /// <summary>Both first name parts left over in names that otherwise agree (brothers).</summary>
    GivenNamesDiffer,
    /// <summary>The list name's first part left over while the query's first is paired with a later part.</summary>
    FirstLeftOver,
    /// <summary>Only some syllables of a hyphenated part found ("Yoon-seo" / "Seo").</summary>
    PartOfHyphenGroup,
    /// <summary>A name in Chinese characters or Hangul with a syllable left over on either side.</summary>
    SyllableLeftOver,
    /// <summary>Three or more people's name parts agree in order and only the last part differs on each side (a second family name).</summary>
    OnlyLastPartsDiffer,
    /// <summary>The matched parts come in another order.</summary>
    Reordered,
    /// <summary>Another order with a list name part (not a patronymic) left over: who bears which family name is unclear.</summary>
    ReorderedWithLeftOver,
    /// <summary>A person's name of two or more parts shares only one of them.</summary>
    SharesOnePart,
    /// <summary>Two or more name parts agree only as typing errors.</summary>
    OnlyTypos,
    /// <summary>Both names hold numbers and none agree, or a number stands against another word.</summary>
    NumberMismatch,
    /// <summary>A number of both names agrees.</summary>
    NumberAgrees,
    /// <summary>The query is a common given and a common family name, and the list name has parts it does not give.</summary>
    CommonNameLeftOver,
    /// <summary>The query has one name part only.</summary>
    QuerySinglePart,
    /// <summary>The list name has one name part only.</summary>
    CandidateSinglePart,
    /// <summary>Either side is read as an organisation, or carries a legal form.</summary>
    Organisation,
    /// <summary>Either side is written in a script other than Latin.</summary>
    OtherScript,
    /// <summary>Name parts of the list name beyond the query's (0 when the query has as many or more).</summary>
    ExtraCandidateParts,
}

/// <summary>Measures the <see cref="NameFeature"/>s of an alignment made by <see cref="NameComparer"/>.</summary>
public static class NameFeatures
{
    public static readonly int Count = Enum.GetValues<NameFeature>().Length;

    public static readonly string[] Names = Enum.GetNames<NameFeature>();

    /// <summary>The alignment to measure: tokens, which are paired, and the pairs (the first MatchedCount of them matched).</summary>
    internal ref struct Alignment
    {
        public NameForm Query, Candidate;
        public NameToken[] Q, C;
        public Span<bool> QUsed, CUsed;
        public List<TokenPair> Pairs;
        public int MatchedCount;
        public bool Reordered;
    }

    /// <summary>Writes the features into <paramref name="x"/> (length <see cref="Count"/>); returns whether the number feature fired.</summary>
    internal static bool Measure(in Alignment a, TokenWeights weights, NamePopulation? population, Span<double> x, out bool commonName)
    {
        x.Clear();
        x[(int)NameFeature.Bias] = 1;
        var q = a.Q;
        var c = a.C;
        var n = q.Length;
        var m = c.Length;
        var pairs = a.Pairs;
        var matchedCount = a.MatchedCount;

        double qTotal = 0, cTotal = 0, qFound = 0, cFound = 0;
        for (var i = 0; i < n; i++) qTotal += weights.Weight(q[i]);
        for (var j = 0; j < m; j++) cTotal += weights.Weight(c[j]);
        double worst = 1, jwSum = 0, jwWeight = 0;
        var numberAgrees = false;
        for (var k = 0; k < matchedCount; k++)
        {
            var p = pairs[k];
            var s = p.Similarity.Score;
            var wq = weights.Weight(q[p.Query]) + (p.QueryNext >= 0 ? weights.Weight(q[p.QueryNext]) : 0);
            var wc = weights.Weight(c[p.Candidate]) + (p.CandidateNext >= 0 ? weights.Weight(c[p.CandidateNext]) : 0);
            qFound += s * wq;
            cFound += s * wc;
            if (q[p.Query].Role == TokenRole.Number) numberAgrees = true;
            if (q[p.Query].Role == TokenRole.Name && p.Similarity.Rule != TokenRule.Initial)
            {
                worst = Math.Min(worst, s);
                if (p.QueryNext < 0 && p.CandidateNext < 0)
                {
                    jwSum += p.Weight * StringDistance.JaroWinkler(q[p.Query].Text, c[p.Candidate].Text);
                    jwWeight += p.Weight;
                }
            }
            var rule = RuleFeature(p.Similarity);
            if (rule is { } f && x[(int)f] < 3) x[(int)f]++;
        }
        var qc = qTotal > 0 ? qFound / qTotal : 0;
        var cc = cTotal > 0 ? cFound / cTotal : 0;
        x[(int)NameFeature.QueryCovered] = qc;
        x[(int)NameFeature.CandidateCovered] = cc;
        x[(int)NameFeature.BothCovered] = qc * cc;
        x[(int)NameFeature.WorstPairGap] = 1 - worst;
        x[(int)NameFeature.CharacterGap] = jwWeight > 0 ? 1 - jwSum / jwWeight : 0;
        if (numberAgrees) x[(int)NameFeature.NumberAgrees] = 1;

        var qLeft = false; var cLeft = false;
        var syllabic = IsSyllabic(q) || IsSyllabic(c);
        for (var i = 0; i < n; i++)
        {
            if (a.QUsed[i] || q[i].Role != TokenRole.Name) continue;
            qLeft = true;
            x[(int)(IsMiddle(i, n) && !syllabic ? NameFeature.QueryLeftMiddle : NameFeature.QueryLeftEnds)] += weights.Weight(q[i]);
        }
        for (var j = 0; j < m; j++)
        {
            if (a.CUsed[j] || c[j].Role != TokenRole.Name) continue;
            cLeft = true;
            x[(int)(IsMiddle(j, m) && !syllabic ? NameFeature.CandidateLeftMiddle : NameFeature.CandidateLeftEnds)] += weights.Weight(c[j]);
        }
        // A full name part matched only by an initial while the other name has parts left over
        // ("Ronald Jones" / "Ronald J. Hoffman") is as much a contradiction as an unpaired part.
        var qLeftOrInitial = qLeft; var cLeftOrInitial = cLeft;
        for (var k = 0; k < matchedCount; k++)
        {
            var p = pairs[k];
            if (p.Similarity.Rule != TokenRule.Initial) continue;
            if (q[p.Query].Role == TokenRole.Name) qLeftOrInitial = true;
            if (c[p.Candidate].Role == TokenRole.Name) cLeftOrInitial = true;
        }
        var people = a.Query.Reading != NameReading.Organisation && a.Candidate.Reading != NameReading.Organisation && a.Query.LegalForm is null && a.Candidate.LegalForm is null;
        if (qLeftOrInitial && cLeftOrInitial) x[(int)NameFeature.BothLeft] = 1;
        if (people && qLeftOrInitial && cLeftOrInitial && OnlyLastPartsDiffer(q, a.QUsed, c, a.CUsed, pairs)) x[(int)NameFeature.OnlyLastPartsDiffer] = 1;
        var qFirst = FirstName(q);
        var cFirst = FirstName(c);
        if (people && qFirst >= 0 && cFirst >= 0 && !a.QUsed[qFirst] && !a.CUsed[cFirst] && matchedCount >= 2) x[(int)NameFeature.GivenNamesDiffer] = 1;
        if (FirstLeftOver(q, a.QUsed, c, a.CUsed, pairs, matchedCount)) x[(int)NameFeature.FirstLeftOver] = 1;
        if (PartlyMatchedGroup(q, a.QUsed) || PartlyMatchedGroup(c, a.CUsed)) x[(int)NameFeature.PartOfHyphenGroup] = 1;
        if (syllabic && (qLeft || cLeft) && people) x[(int)NameFeature.SyllableLeftOver] = 1;
        if (a.Reordered) x[(int)NameFeature.Reordered] = 1;
        if (a.Reordered && people && LeftOverNonPatronymic(c, a.CUsed)) x[(int)NameFeature.ReorderedWithLeftOver] = 1;
        if (a.Query.Reading == NameReading.Person && SharesOnePart(q, pairs, matchedCount)) x[(int)NameFeature.SharesOnePart] = 1;
        if (OnlyTypos(q, pairs, matchedCount)) x[(int)NameFeature.OnlyTypos] = 1;

        // A number left over against anything left over on the other side stands where the other
        // name has something else ("Rung Ra 1" / "Rung Ra Do", "Academy 12" / "Academy 702").
        bool qNumber = false, cNumber = false, qAnyLeft = false, cAnyLeft = false, numberLeft = false;
        for (var i = 0; i < n; i++)
        {
            qNumber |= q[i].Role == TokenRole.Number;
            if (!a.QUsed[i]) { qAnyLeft = true; numberLeft |= q[i].Role == TokenRole.Number; }
        }
        for (var j = 0; j < m; j++)
        {
            cNumber |= c[j].Role == TokenRole.Number;
            if (!a.CUsed[j]) { cAnyLeft = true; numberLeft |= c[j].Role == TokenRole.Number; }
        }
        var numberMismatch = qNumber && cNumber && !numberAgrees || numberLeft && qAnyLeft && cAnyLeft;
        if (numberMismatch) x[(int)NameFeature.NumberMismatch] = 1;

        commonName = population is not null && people && !qLeft && !syllabic && a.Query.Reading != NameReading.Organisation
            && ListPartLeftOver(c, a.CUsed) && IsCommonName(q, population);
        if (commonName) x[(int)NameFeature.CommonNameLeftOver] = 1;

        var qParts = NameParts(q);
        var cParts = NameParts(c);
        if (qParts == 1) x[(int)NameFeature.QuerySinglePart] = 1;
        if (cParts == 1) x[(int)NameFeature.CandidateSinglePart] = 1;
        if (!people) x[(int)NameFeature.Organisation] = 1;
        if (OtherScript(q) || OtherScript(c)) x[(int)NameFeature.OtherScript] = 1;
        x[(int)NameFeature.ExtraCandidateParts] = Math.Min(3, Math.Max(0, cParts - qParts));
        return numberMismatch;
    }

    private static NameFeature? RuleFeature(TokenSimilarity s) => s.Rule switch
    {
        TokenRule.Transliterated => NameFeature.Transliterated,
        TokenRule.Equivalent => NameEquivalences.Groups[s.Detail].Kind == EquivalenceKind.GivenName ? NameFeature.GivenNameEquivalent : NameFeature.OtherEquivalent,
        TokenRule.KoreanVariant => NameFeature.KoreanVariant,
        TokenRule.SoundVariant => NameFeature.SoundVariant,
        TokenRule.Consonants or TokenRule.Sounded => NameFeature.Consonants,
        TokenRule.Vowels => NameFeature.Vowels,
        TokenRule.Typo => s.Detail <= 1 ? NameFeature.OneEdit : NameFeature.TwoEdits,
        TokenRule.Initial => NameFeature.Initial,
        TokenRule.Joined => NameFeature.Joined,
        _ => null,
    };

    private static bool IsMiddle(int index, int count) => index > 0 && index < count - 1;

    private static int NameParts(NameToken[] tokens)
    {
        var parts = 0;
        foreach (var t in tokens) if (t.Role is TokenRole.Name or TokenRole.Initial) parts++;
        return parts;
    }

    private static bool OtherScript(NameToken[] tokens)
    {
        foreach (var t in tokens) if (t.Script != NameScript.Latin) return true;
        return false;
    }

    /// <summary>Whether the list name's first name part is unpaired while the query's first is paired with a part after it.</summary>
    private static bool FirstLeftOver(NameToken[] q, Span<bool> qUsed, NameToken[] c, Span<bool> cUsed, List<TokenPair> pairs, int matchedCount)
    {
        var qf = FirstName(q);
        var cf = FirstName(c);
        if (qf < 0 || cf < 0 || cUsed[cf] || !qUsed[qf]) return false;
        for (var k = 0; k < matchedCount; k++)
        {
            var p = pairs[k];
            if (p.Query == qf) return p.Candidate > cf && p.Similarity.Rule != TokenRule.Initial;
        }
        return false;
    }

    /// <summary>Whether at least three name parts are paired in order (none by an initial) and exactly one name part is left on each side, each its name's last.</summary>
    private static bool OnlyLastPartsDiffer(NameToken[] q, Span<bool> qUsed, NameToken[] c, Span<bool> cUsed, List<TokenPair> pairs)
    {
        if (LastLeftOver(q, qUsed) is not true || LastLeftOver(c, cUsed) is not true) return false;
        var paired = 0;
        int lastQuery = -1, lastCandidate = -1;
        Span<int> byQuery = q.Length <= 64 ? stackalloc int[q.Length] : new int[q.Length];
        byQuery.Fill(-1);
        foreach (var p in pairs)
        {
            if (p.Query < 0 || p.Candidate < 0 || q[p.Query].Role != TokenRole.Name) continue;
            if (p.Similarity.Rule == TokenRule.Initial) return false;
            byQuery[p.Query] = p.Candidate;
            paired++;
        }
        if (paired < 3) return false;
        for (var i = 0; i < byQuery.Length; i++)
        {
            if (byQuery[i] < 0) continue;
            if (byQuery[i] < lastCandidate || i < lastQuery) return false;
            lastCandidate = byQuery[i];
            lastQuery = i;
        }
        return true;
    }

    /// <summary>True when exactly one name part is unpaired and it is the last name part; false when another is; null when none is.</summary>
    private static bool? LastLeftOver(NameToken[] tokens, Span<bool> used)
    {
        var last = -1;
        var left = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Role != TokenRole.Name) continue;
            last = i;
            if (!used[i]) left++;
        }
        if (left == 0) return null;
        return left == 1 && !used[last];
    }

    private static bool ListPartLeftOver(NameToken[] c, Span<bool> cUsed)
    {
        for (var j = 0; j < c.Length; j++)
            if (!cUsed[j] && c[j].Role is TokenRole.Name or TokenRole.Initial) return true;
        return false;
    }

    /// <summary>Whether the query is a given and a family name, nothing more, both common (either order).</summary>
    private static bool IsCommonName(NameToken[] q, NamePopulation population)
    {
        int first = -1, last = -1, parts = 0;
        for (var i = 0; i < q.Length; i++)
        {
            if (q[i].Role != TokenRole.Name) continue;
            if (++parts > 2) return false;
            if (first < 0) first = i; else last = i;
        }
        if (last < 0) return false;
        var a = q[first].Text;
        var b = q[last].Text;
        return population.IsCommonGiven(a) && population.IsCommonFamily(b) || population.IsCommonFamily(a) && population.IsCommonGiven(b);
    }

    private static bool LeftOverNonPatronymic(NameToken[] c, Span<bool> cUsed)
    {
        for (var j = 0; j < c.Length; j++)
            if (!cUsed[j] && c[j].Role == TokenRole.Name && !NameVocabulary.IsPatronymic(c[j].Text)) return true;
        return false;
    }

    private static bool OnlyTypos(NameToken[] q, List<TokenPair> pairs, int matchedCount)
    {
        var typos = 0;
        for (var k = 0; k < matchedCount; k++)
        {
            var p = pairs[k];
            if (q[p.Query].Role != TokenRole.Name) continue;
            if (p.Similarity.Rule is TokenRule.Typo or TokenRule.Vowels) typos++;
            else if (p.Similarity.Rule != TokenRule.Initial) return false;
        }
        return typos >= 2;
    }

    private static int FirstName(NameToken[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
            if (tokens[i].Role == TokenRole.Name) return i;
        return -1;
    }

    private static bool IsSyllabic(NameToken[] tokens)
    {
        foreach (var t in tokens)
            if (t.Role == TokenRole.Name && t.Script is not (NameScript.Han or NameScript.Hangul)) return false;
        return true;
    }

    private static bool SharesOnePart(NameToken[] q, List<TokenPair> pairs, int matchedCount)
    {
        // Parts are hyphen groups ("Su-bin" is one given name); a title that did not stand first
        // ("Fazlullah Maulana") is not a name part.
        Span<bool> counted = q.Length <= 64 ? stackalloc bool[q.Length] : new bool[q.Length];
        var parts = 0;
        for (var i = 0; i < q.Length; i++)
        {
            if (q[i].Role != TokenRole.Name || NameVocabulary.IsOneWordTitle(q[i].Text)) continue;
            if (i == 0 || !q[i - 1].JoinedToNext || !counted[i - 1]) parts++;
            counted[i] = true;
        }
        if (parts < 2) return false;
        var shared = 0;
        var lastGroupStart = -1;
        Span<bool> matched = q.Length <= 64 ? stackalloc bool[q.Length] : new bool[q.Length];
        for (var k = 0; k < matchedCount; k++)
        {
            var p = pairs[k];
            if (q[p.Query].Role != TokenRole.Name) continue;
            matched[p.Query] = true;
            if (p.QueryNext >= 0) matched[p.QueryNext] = true;
        }
        // A hyphenated given name of which only some syllables are found is not shared.
        var any = false;
        for (var i = 0; i < q.Length; i++)
        {
            if (!counted[i]) continue;
            var start = GroupStart(q, i);
            if (start == lastGroupStart) continue;
            lastGroupStart = start;
            bool whole = true, some = false;
            for (var k = start; k < q.Length; k++)
            {
                if (counted[k]) { whole &= matched[k]; some |= matched[k]; }
                if (!q[k].JoinedToNext) break;
            }
            any |= some;
            if (whole) shared++;
        }
        return shared == 1 || shared == 0 && any;
    }

    private static int GroupStart(NameToken[] tokens, int i)
    {
        while (i > 0 && tokens[i - 1].JoinedToNext) i--;
        return i;
    }

    /// <summary>Whether an unpaired name token has another token of its hyphen group paired.</summary>
    private static bool PartlyMatchedGroup(NameToken[] tokens, Span<bool> used)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (used[i] || tokens[i].Role != TokenRole.Name) continue;
            var start = GroupStart(tokens, i);
            var end = i;
            while (end < tokens.Length - 1 && tokens[end].JoinedToNext) end++;
            if (start == end || NameVocabulary.IsOneWordTitle(tokens[i].Text)) continue;
            for (var k = start; k <= end; k++)
                if (k != i && used[k] && tokens[k].Role == TokenRole.Name) return true;
        }
        return false;
    }
}

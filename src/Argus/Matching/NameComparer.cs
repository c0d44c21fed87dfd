using Argus.Names;

namespace Argus.Matching;

/// <summary>One aligned pair (or an unpaired token) of a name comparison.</summary>
/// <param name="Query">Index of the query token, or -1.</param>
/// <param name="Candidate">Index of the list token, or -1.</param>
/// <param name="QueryNext">For a joined pair: the second query token joined to the first, or -1.</param>
/// <param name="Similarity">How alike the two tokens are, and by which rule.</param>
/// <param name="Weight">How much the pair counts (rarity of the name part).</param>
/// <param name="CandidateNext">For a joined pair: the second list token joined to the first, or -1.</param>
public readonly record struct TokenPair(int Query, int Candidate, TokenSimilarity Similarity, double Weight, int QueryNext = -1, int CandidateNext = -1);

/// <summary>The outcome of comparing two names.</summary>
/// <param name="Query">The query name.</param>
/// <param name="Candidate">The list name.</param>
/// <param name="Score">Weighted share of the names that agree, in [0, 1].</param>
/// <param name="Pairs">The alignment: matched pairs, then unpaired query tokens, then unpaired list tokens.</param>
/// <param name="Reordered">True when the matched parts come in another order (family name first or last).</param>
/// <param name="NumberMismatch">True when both names hold numbers and none agree.</param>
/// <param name="CommonNameLeftOver">True when the score was capped at <see cref="NameComparer.CommonNameCap"/>: a name common among people that leaves parts of the list name unexplained.</param>
public sealed record NameComparison(NameForm Query, NameForm Candidate, double Score, IReadOnlyList<TokenPair> Pairs, bool Reordered, bool NumberMismatch, bool CommonNameLeftOver = false)
{
    /// <summary>For a score of the learned model (<see cref="ModelNameComparer"/>): the features with a non-zero part in it, largest first.</summary>
    public IReadOnlyList<FeatureShare> Features { get; init; } = [];
}

/// <summary>
/// Aligns the tokens of two names, tolerating order, missing or extra middle names, initials,
/// joined or split tokens, typos and romanisation variants, and scores the agreement weighted by how
/// rare each token is. Stateless and thread-safe.
/// </summary>
public sealed class NameComparer(TokenWeights weights, NamePopulation? population)
{
    private readonly TokenAlignment alignment = new(weights);

    /// <summary>Share of its weight that an unpaired query token costs.</summary>
    public const double MissingInCandidate = 0.35;
    /// <summary>Share of its weight that an unpaired list token costs (a middle name or patronymic the query left out).</summary>
    public const double MissingInQuery = 0.3;
    /// <summary>Factor applied when both names carry numbers and none agree ("No. 2" vs "No. 3"), or a number stands against another word.</summary>
    public const double NumberMismatchFactor = 0.6;

    /// <summary>Factor on the cost of an unpaired token inside a name (middle names, patronymics) rather than at its ends.</summary>
    public const double MiddleFactor = 0.6;

    /// <summary>Factor on the cost of unpaired parts when both names have some: they contradict each other.</summary>
    public const double ConflictFactor = 2.0;

    /// <summary>Least weight, and extra factor on the cost, of first parts left over on both sides (the given names differ).</summary>
    public const double GivenNameWeight = 0.7, GivenNameConflict = 1.5;

    /// <summary>Least weight of a syllable left over when a name is written in Chinese characters or Hangul.</summary>
    public const double SyllableWeight = 0.8;

    /// <summary>Highest score of a person's name of two or more parts when only one of them is found in the other name.</summary>
    public const double SinglePartCap = 0.7;

    /// <summary>Factor on the cost of each further middle part one name has beyond all of the other's.</summary>
    public const double ExtraMiddleDecay = 0.5;

    /// <summary>
    /// Highest name score of a person's name whose given and family name are both common among people
    /// while the list name has parts the query does not explain: a namesake with more names, unless a fact
    /// both sides state (a date of birth) lifts it over the threshold.
    /// </summary>
    public const double CommonNameCap = 0.71;

    /// <summary>Factor on the cost of the generic words left over when two organisations share a distinctive word.</summary>
    public const double GenericLeftOverFactor = 0.3;

    public static NameComparer Default { get; } = new(TokenWeights.Default, NamePopulation.Default);

    /// <summary>Without a population table: no common-name rule.</summary>
    public NameComparer(TokenWeights weights) : this(weights, null) { }

    private static bool IsMiddle(int index, int count) => index > 0 && index < count - 1;

    public TokenWeights Weights => weights;

    /// <summary>How common name parts are among people; null when the comparer has no such table.</summary>
    public NamePopulation? Population => population;

    public NameComparison Compare(NameForm query, NameForm candidate) => Compare(query, candidate, null);

    /// <summary>
    /// Compares two names, writing the alignment into <paramref name="reuse"/> (cleared first) when given
    /// instead of a new list: for callers that keep only the score of most comparisons (the comparison
    /// returned then shares that list, which the next call overwrites).
    /// </summary>
    public NameComparison Compare(NameForm query, NameForm candidate, List<TokenPair>? reuse)
    {
        var pairs = reuse ?? new List<TokenPair>(query.Tokens.Count + candidate.Tokens.Count);
        var outcome = Align(query, candidate, pairs);
        return new NameComparison(query, candidate, outcome.Score, pairs, outcome.Reordered, outcome.NumberMismatch, outcome.CommonNameLeftOver);
    }

    /// <summary>
    /// The score of <see cref="Compare(NameForm, NameForm)"/> alone, for callers that rank many names and
    /// keep none of their alignments: <paramref name="scratch"/> receives the alignment (cleared first).
    /// </summary>
    public double Score(NameForm query, NameForm candidate, List<TokenPair> scratch) => Align(query, candidate, scratch).Score;

    /// <summary>What a comparison finds besides its alignment.</summary>
    private readonly record struct AlignmentOutcome(double Score, bool Reordered, bool NumberMismatch, bool CommonNameLeftOver);

    private AlignmentOutcome Align(NameForm query, NameForm candidate, List<TokenPair> pairs)
    {
        // The token arrays themselves, not the interface: the loops below index them a great many times.
        var q = query.TokenArray;
        var c = candidate.TokenArray;
        var n = q.Length;
        var m = c.Length;
        pairs.Clear();
        if (n == 0 || m == 0) return default;

        Span<bool> qUsed = stackalloc bool[n];
        Span<bool> cUsed = stackalloc bool[m];
        var sims = n * m <= 256 ? stackalloc TokenSimilarity[n * m] : new TokenSimilarity[n * m];
        bool? chinese = null;
        var organisations = query.Reading == NameReading.Organisation || candidate.Reading == NameReading.Organisation || query.LegalForm is not null || candidate.LegalForm is not null;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < m; j++)
            {
                var sim = TokenComparer.Compare(q[i], c[j]);
                if (sim.Score == 0 && organisations && TokenComparer.GluedLegalForm(q[i], c[j])) sim = new TokenSimilarity(TokenComparer.EquivalentScore, TokenRule.GluedForm);
                else if (sim.Score == 0 && organisations && TokenComparer.Contraction(q[i], c[j])) sim = new TokenSimilarity(TokenComparer.ContractionScore, TokenRule.Contraction);
                else if (sim.Score == 0 && organisations) sim = TokenComparer.OrganisationSlip(q[i], c[j]);
                // A name holding a syllable only Chinese romanisations write ("Tian", "Xu") is not Korean: its
                // Latin parts are not made equal by a Hangul syllable they may both spell ("Tian Li" / "Tian Yi").
                if (sim.Rule == TokenRule.KoreanVariant && q[i].Script == NameScript.Latin && c[j].Script == NameScript.Latin
                    && (chinese ??= HasChineseOnlySyllable(q) || HasChineseOnlySyllable(c)))
                    sim = TokenComparer.Compare(q[i], c[j], koreanReadings: false);
                // A given name's short form that is a pinyin syllable (Mo of Muhammad) is that syllable in a
                // name all of pinyin syllables, typed or read from characters ("Mo Yan", 莫言 are not "Muhammad Yan").
                if (sim.Rule == TokenRule.Equivalent && NameEquivalences.Groups[sim.Detail].Kind == EquivalenceKind.GivenName
                    && (q[i].PinyinFinal is not null && AllPinyin(q) || c[j].PinyinFinal is not null && AllPinyin(c)))
                    sim = TokenSimilarity.None;
                sims[i * m + j] = sim;
            }

        // Initials are paired last: a name part written in full elsewhere in the name, or joined with
        // its neighbour ("AL MADANI" / "ALMADANI, M."), says more than an initial.
        alignment.AlignGreedy(q, c, sims, qUsed, cUsed, pairs, withInitials: false);

        // Joined or split tokens: one token on a side against two neighbours on the other.
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

        PairArticleJoined(q, c, qUsed, cUsed, pairs, fromQuery: true);
        PairArticleJoined(c, q, cUsed, qUsed, pairs, fromQuery: false);

        if (q[0].SoundedFrom is not null) SplitSounded(q, c, qUsed, cUsed, pairs);
        if (organisations) Initialisms.Pair(q, c, qUsed, cUsed, pairs, weights);

        alignment.AlignGreedy(q, c, sims, qUsed, cUsed, pairs, withInitials: true);

        double matched = 0, total = 0;
        var anyName = false;
        bool qNumber = false, cNumber = false, numberAgrees = false;
        foreach (var p in pairs)
        {
            matched += p.Similarity.Score * p.Weight;
            total += p.Weight;
            if (q[p.Query].Role == TokenRole.Name && p.Similarity.Rule != TokenRule.Initial) anyName = true;
            if (q[p.Query].Role == TokenRole.Number) numberAgrees = true;
        }
        var matchedCount = pairs.Count;
        // Unpaired name parts on both sides conflict (Boris vs Arkady): that says more than a part left out.
        var qLeft = false; var cLeft = false;
        for (var i = 0; i < n; i++) if (!qUsed[i] && q[i].Role == TokenRole.Name) qLeft = true;
        for (var j = 0; j < m; j++) if (!cUsed[j] && c[j].Role == TokenRole.Name) cLeft = true;
        // A full name part matched only by an initial while the other name has parts left over
        // ("Ronald Jones" / "Ronald J. Hoffman") is as much a contradiction as an unpaired part.
        for (var k = 0; k < matchedCount; k++)
        {
            var p = pairs[k];
            if (p.Similarity.Rule != TokenRule.Initial) continue;
            if (q[p.Query].Role == TokenRole.Name) qLeft = true;
            if (c[p.Candidate].Role == TokenRole.Name) cLeft = true;
        }
        // Names written in Chinese characters or Hangul have no optional middle names: every syllable
        // left over on either side says the names differ, however common it is (it weighs as a rare part).
        var syllabic = IsSyllabic(q) || IsSyllabic(c);
        // Three or more name parts agreeing in order while only the last part differs on each side
        // ("Rosario Maria MURILLO ZAMBRANA" / "Rosario Maria MURILLO DE ORTEGA", "Adel ben al-Azhar ben Youssef
        // HAMDI" / "… BEN SOLTANE"): a second family name, a married name or a tribe given otherwise. The
        // parts left over still count against the match, but not as a contradiction.
        // (People only: an organisation's last word is its branch or city, "… in Iraq and the Levant - Yemen".)
        var people = query.Reading != NameReading.Organisation && candidate.Reading != NameReading.Organisation && query.LegalForm is null && candidate.LegalForm is null;
        // Organisations sharing a distinctive word whose other words say only what kind of body each is, what it
        // does or where ("Sberbank" / "PJSC Sberbank of Russia", "Wagner Group" / "PMC Wagner"): those words
        // left over on one side cost little.
        var generic = organisations && GenericLeftOvers(q, qUsed, c, cUsed, pairs);
        var conflict = syllabic || qLeft && cLeft && !generic && !(people && OnlyLastPartsDiffer(q, qUsed, c, cUsed, pairs)) ? ConflictFactor : 1.0;
        var leftOverFactor = generic ? GenericLeftOverFactor : 1.0;
        // When one name holds all of the other, its extra middle parts are a longer form of the same
        // name (an Arabic chain of father's and grandfather's names, a second given name): each
        // further one left out tells less than the one before.
        // Both first parts left over in names that otherwise agree: the given names differ and the
        // rest is a shared family chain (brothers: "Rafi / Hani abd-al-Latif Tilfah al-Tikriti"). A
        // given name tells one person from another however common it is.
        var qFirst = FirstName(q);
        var cFirst = FirstName(c);
        var givenDiffer = query.Reading != NameReading.Organisation && query.LegalForm is null && candidate.LegalForm is null
            && qFirst >= 0 && cFirst >= 0 && !qUsed[qFirst] && !cUsed[cFirst] && matchedCount >= 2;
        // A part written with a hyphen ("Yoon-seo") of which only some syllables are found is another
        // given name: what is left of it contradicts, however common.
        // The list name's first given name left over while the query's first is paired with a later part
        // ("Ahmad Ghanem" / "Ghassan Ahmed GHANEM"): the first names disagree; in Arabic chains the shared
        // part is the father's name.
        // (Not the other way round: a query that gives a first name more than the list name, "Mariam Mohammed
        // FARHAT" / "FARHAT Mohammed", is a longer form of it.)
        var cFirstOut = FirstLeftOver(q, qUsed, c, cUsed, pairs, matchedCount, queryFirst: false);
        Span<bool> qPartial = stackalloc bool[n];
        Span<bool> cPartial = stackalloc bool[m];
        MarkPartlyMatchedGroups(q, qUsed, qPartial);
        MarkPartlyMatchedGroups(c, cUsed, cPartial);
        var middleDecay = 1.0;
        for (var i = 0; i < n; i++)
        {
            if (q[i].Role == TokenRole.Number) qNumber = true;
            if (qUsed[i]) continue;
            var middle = IsMiddle(i, n) && !syllabic;
            var w = (givenDiffer && i == qFirst ? Math.Max(weights.Weight(q[i]), GivenNameWeight) * GivenNameConflict
                    : qPartial[i] ? Math.Max(weights.Weight(q[i]), GivenNameWeight) * ConflictFactor
                    : syllabic ? Math.Max(weights.Weight(q[i]), SyllableWeight) : weights.Weight(q[i]))
                * (q[i].Role == TokenRole.Initial ? 0.5 : MissingInCandidate) * (middle && !qPartial[i] ? MiddleFactor * middleDecay : 1.0) * conflict * leftOverFactor;
            if (middle && !cLeft && q[i].Role == TokenRole.Name) middleDecay *= ExtraMiddleDecay;
            total += w;
            pairs.Add(new TokenPair(i, -1, TokenSimilarity.None, w));
        }
        middleDecay = 1.0;
        for (var j = 0; j < m; j++)
        {
            if (c[j].Role == TokenRole.Number) cNumber = true;
            if (cUsed[j]) continue;
            var middle = IsMiddle(j, m) && !syllabic;
            var w = (givenDiffer && j == cFirst ? Math.Max(weights.Weight(c[j]), GivenNameWeight) * GivenNameConflict
                    : cFirstOut && j == cFirst ? Math.Max(weights.Weight(c[j]), GivenNameWeight) * ConflictFactor
                    : cPartial[j] ? Math.Max(weights.Weight(c[j]), GivenNameWeight) * ConflictFactor
                    : syllabic ? Math.Max(weights.Weight(c[j]), SyllableWeight) : weights.Weight(c[j]))
                * MissingInQuery * (middle && !cPartial[j] ? MiddleFactor * middleDecay : 1.0) * conflict * leftOverFactor;
            if (middle && !qLeft && c[j].Role == TokenRole.Name) middleDecay *= ExtraMiddleDecay;
            total += w;
            pairs.Add(new TokenPair(-1, j, TokenSimilarity.None, w));
        }
        var score = anyName && total > 0 ? matched / total : 0;
        // Two or more name parts that agree only as typing errors, and none by a spelling rule or in full
        // ("Mehmet Kara" / "Kari Rahmat", "Liang Ying" / "Lian Yang"), are another name: each typo alone
        // is likely, several at once in one name are not.
        // Unless each is one letter in a token of five or more ("Whazle Shippifg" / "Whale Shipping"): one
        // slip in each word of a name is how a name is mistyped, and two names rarely lie so close in every part.
        if (score > SinglePartCap && !organisations && OnlyTypos(q, c, pairs, matchedCount)) score = SinglePartCap;
        // Each query token is matched at most once, so the order by query token is total.
        TokenAlignment.SortByQuery(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pairs)[..matchedCount]);
        var reordered = false;
        var last = -1;
        for (var k = 0; k < matchedCount; k++)
        {
            if (pairs[k].Candidate < last) { reordered = true; break; }
            last = pairs[k].Candidate;
        }
        // A person's name found only in another order, with a part of the list name left over
        // ("Li Hao" / "Hao Li Chen", "Thomas Roberts" / "Robert Thomas Caldwell"), cannot say which part is
        // whose family name: the parts shared are a namesake's at best.
        // A patronymic left over is not such a part: it is left out by whoever writes the family name first
        // ("Putin Vladimir" / "Vladimir Vladimirovich Putin").
        // Unless both names say in capitals which parts are the family name, and the pairs keep to it
        // ("TORRES Camilo" / "TORRES MARTINEZ, Camilo").
        if (reordered && score > SinglePartCap && query.Reading != NameReading.Organisation && candidate.LegalForm is null && query.LegalForm is null
            && LeftOverNonPatronymic(c, cUsed) && !FamilyMarksAgree(q, c, pairs, matchedCount))
            score = SinglePartCap;
        // A name built as a chain of fathers' names shifted by one place is the parent or the child ("Ali Saddam
        // Hussein al-Tikriti" / "Saddam Hussein al-Tikriti"): one name is a given name and the whole of the other.
        if (people && score > SinglePartCap && ShiftedChain(q, qUsed, c, cUsed, pairs, matchedCount)) score = SinglePartCap;
        // A person's name of several parts of which another name shares only one ("Omar Jabir" /
        // "Mohammed Jabir", "Merve Yildiz" / "Yildiz Company", a family name alone as an alias) is a
        // namesake at best: one shared part never makes a match.
        if (query.Reading == NameReading.Person && score > SinglePartCap && SharesOnePart(q, pairs, matchedCount))
            score = SinglePartCap;
        // A person's name written in Chinese characters or Hangul gives every syllable it has: a syllable
        // left over on either side is another family name or another given name ("赵伟" / "Zhao Wei Zhang",
        // Zhang Zhaowei), never a middle name left out.
        if (syllabic && (qLeft || cLeft) && query.Reading != NameReading.Organisation && query.LegalForm is null && candidate.LegalForm is null
            && score > SinglePartCap)
            score = SinglePartCap;
        // A number left over against anything left over on the other side stands where the other
        // name has something else ("Rung Ra 1" / "Rung Ra Do", "Academy 12" / "Academy 702").
        var qAnyLeft = false; var cAnyLeft = false; var numberLeft = false;
        for (var i = 0; i < n; i++)
            if (!qUsed[i]) { qAnyLeft = true; numberLeft |= q[i].Role == TokenRole.Number; }
        for (var j = 0; j < m; j++)
            if (!cUsed[j]) { cAnyLeft = true; numberLeft |= c[j].Role == TokenRole.Number; }
        var numberMismatch = qNumber && cNumber && !numberAgrees || numberLeft && qAnyLeft && cAnyLeft;
        if (numberMismatch) score *= NumberMismatchFactor;
        // Every part the query gives is found, but the list name has more (a middle name, a patronymic, a
        // second family name) and the query's given and family names are both common among people
        // ("Sergey Petrov" / "Sergey Valerievich PETROV"): as likely a namesake as the listed person. A rare
        // name ("Vladimir Putin" / "Vladimir Vladimirovich PUTIN") is not capped.
        var commonName = score > CommonNameCap && population is not null && !qLeft && !syllabic
            && query.Reading != NameReading.Organisation && query.LegalForm is null && candidate.LegalForm is null
            && ListPartLeftOver(c, cUsed) && IsCommonName(q);
        if (commonName) score = CommonNameCap;

        return new AlignmentOutcome(Math.Clamp(score, 0, 1), reordered, numberMismatch, commonName);
    }

    /// <summary>
    /// Whether some pair is a distinctive word agreeing in full or by a spelling rule (not an organisation
    /// word, a place or a number) and every word left over on either side is generic (an organisation word, a
    /// domain, a place, a legal form, a particle) on one side, nothing on the other.
    /// </summary>
    private static bool GenericLeftOvers(NameToken[] q, Span<bool> qUsed, NameToken[] c, Span<bool> cUsed, List<TokenPair> pairs)
    {
        var distinctive = false;
        foreach (var p in pairs)
            if (q[p.Query].Role == TokenRole.Name && p.Similarity.Score >= TokenComparer.ConsonantScore && p.QueryNext < 0 && p.CandidateNext < 0
                && !NameVocabulary.IsGenericInOrganisation(q[p.Query].Text) && !NameVocabulary.IsGenericInOrganisation(c[p.Candidate].Text))
            { distinctive = true; break; }
        if (!distinctive) return false;
        var qPlace = GenericOnly(q, qUsed, out var qAny);
        var cPlace = GenericOnly(c, cUsed, out var cAny);
        // Words left over on both sides are another body of one family ("Rosneft Oil Company" / "Rosneft Trading").
        return qPlace is not null && cPlace is not null && qAny != cAny;
    }

    /// <summary>Null when a word left over is not generic; else whether one of them is a place.</summary>
    private static bool? GenericOnly(NameToken[] tokens, Span<bool> used, out bool any)
    {
        any = false;
        var place = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (used[i] || tokens[i].Role == TokenRole.Particle) continue;
            if (tokens[i].Role != TokenRole.Name || !NameVocabulary.IsGenericInOrganisation(tokens[i].Text)) return null;
            any = true;
            place |= NameVocabulary.PlaceWords.Contains(tokens[i].Text);
        }
        return place;
    }

    /// <summary>Whether both names mark a family name and every pair of name parts is family to family or given to given, one pair at least family.</summary>
    private static bool FamilyMarksAgree(NameToken[] q, NameToken[] c, List<TokenPair> pairs, int matchedCount)
    {
        var family = false;
        for (var k = 0; k < matchedCount; k++)
        {
            var p = pairs[k];
            if (q[p.Query].Role != TokenRole.Name || c[p.Candidate].Role != TokenRole.Name) continue;
            if (q[p.Query].Family != c[p.Candidate].Family || p.QueryNext >= 0 || p.CandidateNext >= 0) return false;
            family |= q[p.Query].Family;
        }
        return family && HasGiven(q) && HasGiven(c);

        static bool HasGiven(NameToken[] tokens)
        {
            foreach (var t in tokens)
                if (t.Role == TokenRole.Name && !t.Family) return true;
            return false;
        }
    }

    /// <summary>Whether the first name part of one side is unpaired while the other side's first is paired with a part after that side's first.</summary>
    private static bool FirstLeftOver(NameToken[] q, Span<bool> qUsed, NameToken[] c, Span<bool> cUsed, List<TokenPair> pairs, int matchedCount, bool queryFirst)
    {
        var qf = FirstName(q);
        var cf = FirstName(c);
        if (qf < 0 || cf < 0) return false;
        if (queryFirst ? qUsed[qf] || !cUsed[cf] : cUsed[cf] || !qUsed[qf]) return false;
        for (var k = 0; k < matchedCount; k++)
        {
            var p = pairs[k];
            if (queryFirst && p.Candidate == cf) return p.Query > qf && p.Similarity.Rule != TokenRule.Initial;
            if (!queryFirst && p.Query == qf) return p.Candidate > cf && p.Similarity.Rule != TokenRule.Initial;
        }
        return false;
    }

    /// <summary>Whether at least three name parts are paired in order (none by an initial) and exactly one name part is left on each side, each its name's last.</summary>
    private static bool OnlyLastPartsDiffer(NameToken[] q, Span<bool> qUsed, NameToken[] c, Span<bool> cUsed, List<TokenPair> pairs)
    {
        if (LastLeftOver(q, qUsed) is not true || LastLeftOver(c, cUsed) is not true) return false;
        var paired = 0;
        int lastQuery = -1, lastCandidate = -1;
        // Pairs in the order they were made are not sorted: order is checked on the query side's order.
        Span<int> byQuery = q.Length <= 64 ? stackalloc int[q.Length] : new int[q.Length];
        byQuery.Fill(-1);
        foreach (var p in pairs)
        {
            if (q[p.Query].Role != TokenRole.Name) continue;
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

    /// <summary>
    /// Whether the query is a given and a family name, nothing more, both common (either order). A third
    /// part found in the list name ("Jose Francisco LOPEZ") makes the whole rare enough to stand.
    /// </summary>
    private bool IsCommonName(NameToken[] q)
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
        return population!.IsCommonGiven(a) && population.IsCommonFamily(b) || population.IsCommonFamily(a) && population.IsCommonGiven(b);
    }

    private static bool LeftOverNonPatronymic(NameToken[] c, Span<bool> cUsed)
    {
        for (var j = 0; j < c.Length; j++)
            if (!cUsed[j] && c[j].Role == TokenRole.Name && !NameVocabulary.IsPatronymic(c[j].Text)) return true;
        return false;
    }

    // One token against two names with the article between them on the other side, written as one
    // ("Nasreddin" / "Nasr al-Din", "Shamsurrahman" / "Shams ur-Rahman"): the pair spans all three.
    private void PairArticleJoined(NameToken[] one, NameToken[] other, Span<bool> oneUsed, Span<bool> otherUsed, List<TokenPair> pairs, bool fromQuery)
    {
        for (var i = 0; i < one.Length; i++)
        {
            if (oneUsed[i] || one[i].Role != TokenRole.Name || one[i].Text.Length < 6) continue;
            for (var j = 0; j + 2 < other.Length; j++)
            {
                if (otherUsed[j] || otherUsed[j + 1] || otherUsed[j + 2] || other[j + 1].Role != TokenRole.Particle || other[j + 1].Key != "al") continue;
                var s = TokenAlignment.CompareArticleJoined(one[i], other[j], other[j + 1], other[j + 2]);
                if (s <= 0) continue;
                oneUsed[i] = otherUsed[j] = otherUsed[j + 1] = otherUsed[j + 2] = true;
                pairs.Add(fromQuery
                    ? new TokenPair(i, j, new TokenSimilarity(s, TokenRule.Joined), weights.Weight(other[j]) + weights.Weight(other[j + 2]), CandidateNext: j + 2)
                    : new TokenPair(j, i, new TokenSimilarity(s, TokenRule.Joined), weights.Weight(one[i]) * 1.5, QueryNext: j + 2));
                break;
            }
        }
    }

    private static bool OnlyTypos(NameToken[] q, NameToken[] c, List<TokenPair> pairs, int matchedCount)
    {
        var typos = 0;
        var slips = true;
        for (var k = 0; k < matchedCount; k++)
        {
            var p = pairs[k];
            if (q[p.Query].Role != TokenRole.Name) continue;
            if (p.Similarity.Rule is TokenRule.Typo or TokenRule.Vowels)
            {
                typos++;
                slips &= OneSlip(p.Similarity, q[p.Query], c[p.Candidate]);
            }
            else if (p.Similarity.Rule != TokenRule.Initial) return false;
        }
        if (typos < 2) return false;
        // Slips keep the order of the parts: two names close in another order are two names ("Zainab Karam" / "ZAINAL, Akram").
        for (var k = 0; k < matchedCount && slips; k++)
            for (var l = k + 1; l < matchedCount; l++)
                if (pairs[k].Query < pairs[l].Query != pairs[k].Candidate < pairs[l].Candidate) { slips = false; break; }
        return !slips;
    }

    /// <summary>
    /// Whether a typo is one letter (or one misread group) in tokens of <see cref="SlipLength"/> letters or more, and
    /// not a vowel written otherwise; or one letter of any kind in a shorter token that makes a known name a word no
    /// one is called ("Pgaye" / "Gaye", "Tatiani" / "Tatiana"): two names are not that close, a name and a slip are.
    /// </summary>
    private static bool OneSlip(TokenSimilarity s, NameToken q, NameToken c)
    {
        var shorter = Math.Min(q.Text.Length, c.Text.Length);
        if (s.Rule == TokenRule.Typo && s.Detail is 1 or TokenComparer.OcrDetail && shorter >= SlipLength) return true;
        return s.Rule is TokenRule.Typo or TokenRule.Vowels && shorter >= SlipLength - 1 && q.Script == NameScript.Latin
            && !NamePopulation.Default.IsKnownName(q.Text) && NamePopulation.Default.IsKnownName(c.Text) && StringDistance.Damerau(q.Text, c.Text, 1) == 1;
    }

    /// <summary>The shortest token whose one-letter typo, in every part of a name, still makes a match.</summary>
    public const int SlipLength = 5;

    /// <summary>The fewest name parts a chain must have, on its shorter side, to be read as shifted by one place.</summary>
    public const int ChainParts = 3;

    /// <summary>
    /// Whether one name is a given name followed by every part of the other in order: the other has
    /// <see cref="ChainParts"/> name parts or more, all paired, in order, and not by initials; the longer one
    /// has its first name part left over and nothing else; its second part is paired with the other's first;
    /// the other's second part is a given name the name data knows, not marked as a family name.
    /// </summary>
    private static bool ShiftedChain(NameToken[] q, Span<bool> qUsed, NameToken[] c, Span<bool> cUsed, List<TokenPair> pairs, int matchedCount)
    {
        var qOut = LeftOverNames(q, qUsed, out var qFirstOut);
        var cOut = LeftOverNames(c, cUsed, out var cFirstOut);
        bool queryLonger;
        if (qOut == 1 && qFirstOut && cOut == 0) queryLonger = true;
        else if (cOut == 1 && cFirstOut && qOut == 0) queryLonger = false;
        else return false;
        var (shorter, longer) = queryLonger ? (c, q) : (q, c);
        if (NameParts(shorter) < ChainParts) return false;
        int lastShort = -1, lastLong = -1, firstShort = FirstName(shorter), secondLong = NextName(longer, FirstName(longer));
        // In a chain the part after the first is the father's given name ("Saddam Hussein"), not a family name
        // ("Alfredo BELTRAN LEYVA" of "Hector Alfredo BELTRAN LEYVA") nor a patronymic.
        var father = NextName(shorter, firstShort);
        if (father < 0 || shorter[father].Family || !NameEquivalences.KnownGivenNames.Contains(shorter[father].Text)) return false;
        var startsAtSecond = false;
        for (var k = 0; k < matchedCount; k++)
        {
            var p = pairs[k];
            if (p.Similarity.Rule == TokenRule.Initial || p.QueryNext >= 0 || p.CandidateNext >= 0) return false;
            var (s, l) = queryLonger ? (p.Candidate, p.Query) : (p.Query, p.Candidate);
            if (shorter[s].Role != TokenRole.Name) continue;
            if (s < lastShort || l < lastLong) return false;
            lastShort = s; lastLong = l;
            if (s == firstShort) startsAtSecond = l == secondLong;
        }
        return startsAtSecond;
    }

    // Name parts left over, and whether the first name part is one of them.
    private static int LeftOverNames(NameToken[] tokens, Span<bool> used, out bool firstOut)
    {
        var count = 0;
        var first = FirstName(tokens);
        firstOut = first >= 0 && !used[first];
        for (var i = 0; i < tokens.Length; i++)
            if (!used[i] && tokens[i].Role == TokenRole.Name) count++;
        return count;
    }

    private static int NameParts(NameToken[] tokens)
    {
        var count = 0;
        foreach (var t in tokens)
            if (t.Role == TokenRole.Name) count++;
        return count;
    }

    private static int NextName(NameToken[] tokens, int after)
    {
        for (var i = after + 1; i < tokens.Length; i++)
            if (tokens[i].Role == TokenRole.Name) return i;
        return -1;
    }

    private static int FirstName(NameToken[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
            if (tokens[i].Role == TokenRole.Name) return i;
        return -1;
    }

    /// <summary>
    /// Whether joining tokens <paramref name="i"/> and <paramref name="i"/>+1 would take one of them out of
    /// its hyphen group ("Han Ha-jun": Han + Ha is not Hana, Ha belongs to Ha-jun).
    /// </summary>
    private static bool SplitsHyphenGroup(NameToken[] tokens, int i) =>
        !tokens[i].JoinedToNext && (i > 0 && tokens[i - 1].JoinedToNext || tokens[i + 1].JoinedToNext);

    private static bool AllPinyin(NameToken[] tokens)
    {
        var names = 0;
        foreach (var t in tokens)
            if (t.Role == TokenRole.Name && (t.PinyinFinal is null || t.Script is not (NameScript.Latin or NameScript.Han))) return false;
            else if (t.Role == TokenRole.Name) names++;
        return names >= 2;
    }

    private static bool HasChineseOnlySyllable(NameToken[] tokens)
    {
        foreach (var t in tokens)
            if (t.Role == TokenRole.Name && t.Script == NameScript.Latin && t.ChineseOnly) return true;
        return false;
    }

    /// <summary>
    /// A word written by sound in a script that leaves no space between names (Thai; a Kana or Hangul word
    /// of two names) against several list tokens: its consonant classes are theirs one after another, in any
    /// order. Each list token is paired with the word.
    /// </summary>
    private void SplitSounded(NameToken[] q, NameToken[] c, Span<bool> qUsed, Span<bool> cUsed, List<TokenPair> pairs)
    {
        Span<int> parts = stackalloc int[MaxSoundedParts];
        for (var i = 0; i < q.Length; i++)
        {
            if (qUsed[i] || q[i].Role != TokenRole.Name) continue;
            var classes = SoundClasses.Cached(q[i].Text);
            if (classes.Length < 3) continue;
            var count = SoundedParts(classes, 0, q[i], c, cUsed, parts, 0);
            if (count < 2) continue;
            qUsed[i] = true;
            for (var k = 0; k < count; k++)
            {
                cUsed[parts[k]] = true;
                pairs.Add(new TokenPair(i, parts[k], new TokenSimilarity(TokenComparer.SoundedScore, TokenRule.Sounded), weights.Weight(c[parts[k]])));
            }
        }
    }

    private const int MaxSoundedParts = 6;

    // The list tokens whose classes spell classes[from..] in turn (a depth-first search over the unused
    // tokens, longest first is not needed: names are few); the number found, 0 when none spells it. A word written
    // letter for letter from the Latin name is also spelt by its tokens as the transliterator writes them, and in
    // Thai a token may start on the class the one before it ended on: written without a space, the two are one sound.
    private static int SoundedParts(string classes, int from, NameToken sounded, NameToken[] c, Span<bool> cUsed, Span<int> parts, int depth)
    {
        if (from == classes.Length) return depth;
        if (depth == MaxSoundedParts) return 0;
        var thai = sounded.SoundedFrom == NameScript.Thai;
        for (var j = 0; j < c.Length; j++)
        {
            if (cUsed[j] || c[j].Role is not (TokenRole.Name or TokenRole.Particle) || c[j].SoundedFrom is not null || c[j].Script != NameScript.Latin) continue;
            if (TokenComparer.LeftToKoreanReadings(sounded, c[j])) continue;
            var plain = SoundClasses.Cached(c[j].Text);
            var written = SoundClasses.Cached(SoundedReadings.AsWrittenIn(sounded.SoundedFrom!.Value, c[j].Text));
            for (var reading = 0; reading < (written == plain ? 1 : 2); reading++)
            {
                var part = reading == 0 ? plain : written;
                if (part.Length == 0) continue;
                for (var start = from; start >= Math.Max(0, from - (thai && depth > 0 ? 1 : 0)); start--)
                {
                    if (start < from && classes[start] != part[0] || !classes.AsSpan(start).StartsWith(part) || start + part.Length <= from) continue;
                    cUsed[j] = true;
                    parts[depth] = j;
                    var found = SoundedParts(classes, start + part.Length, sounded, c, cUsed, parts, depth + 1);
                    cUsed[j] = false;
                    if (found > 0) return found;
                }
            }
        }
        return 0;
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
            // A particle joined to the name after it ("Abu Bakr" / "Abubakar") shares that name.
            var p = pairs[k];
            if (q[p.Query].Role != TokenRole.Name && (p.QueryNext < 0 || q[p.QueryNext].Role != TokenRole.Name)) continue;
            matched[p.Query] = true;
            if (p.QueryNext >= 0) matched[p.QueryNext] = true;
        }
        // A hyphenated given name of which only some syllables are found is not shared: the rest of it is
        // another given name ("Seo Tae-yang" / "Su Yang" shares the family name only).
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

    /// <summary>Marks in <paramref name="partly"/> (all false on entry) each unpaired name token another token of whose hyphen group is paired.</summary>
    private static void MarkPartlyMatchedGroups(NameToken[] tokens, Span<bool> used, Span<bool> partly)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (used[i] || tokens[i].Role != TokenRole.Name) continue;
            var start = GroupStart(tokens, i);
            var end = i;
            while (end < tokens.Length - 1 && tokens[end].JoinedToNext) end++;
            if (start == end || NameVocabulary.IsOneWordTitle(tokens[i].Text)) continue;
            for (var k = start; k <= end; k++)
            {
                if (k == i || !used[k] || tokens[k].Role != TokenRole.Name) continue;
                partly[i] = true;
                break;
            }
        }
    }
}

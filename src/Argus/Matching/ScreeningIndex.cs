using System.Diagnostics;
using Argus.Model;
using Argus.Names;

namespace Argus.Matching;

/// <summary>One list name of one entity, parsed once when the index is built.</summary>
public sealed record IndexedName(int Entity, EntityName Name, NameForm Form);

/// <summary>
/// An immutable, in-memory screening index over a set of listed entities. Every list name (primary,
/// aliases, weak aliases, previous and original-script names) is parsed once; an inverted index maps
/// token keys (exact text, sound key, equivalence group, Hangul syllable, one-deletion typo keys,
/// joined neighbours, consonant skeletons) to the names holding them, so that a query is compared only
/// with the names that share at least one key with it. Safe for any number of concurrent readers.
/// </summary>
public sealed class ScreeningIndex : IScreener
{
    private readonly WatchlistEntity[] entities;
    private readonly IndexedName[] names;
    private readonly Dictionary<string, int> termIds;
    private readonly int[][] postings;
    private readonly NameComparer comparer;

    /// <summary>Tokens weighing less than this (the commonest name parts) do not bring in candidates of their own when rarer ones did.</summary>
    private const float CommonTokenWeight = 0.35f;

    private ScreeningIndex(WatchlistEntity[] entities, IndexedName[] names, Dictionary<string, int> termIds, int[][] postings, NameComparer comparer, TimeSpan buildTime)
    {
        this.entities = entities;
        this.names = names;
        this.termIds = termIds;
        this.postings = postings;
        this.comparer = comparer;
        BuildTime = buildTime;
    }

    public double DefaultThreshold => ScoreCalibration.DefaultThreshold;
    public IReadOnlyList<WatchlistEntity> Entities => entities;
    public IReadOnlyList<IndexedName> Names => names;
    public int TermCount => postings.Length;
    public TimeSpan BuildTime { get; }
    public NameComparer Comparer => comparer;

    /// <summary>The index of nothing.</summary>
    public static ScreeningIndex Empty { get; } = Build([]);

    /// <summary>Parses every name of every entity and builds the inverted index.</summary>
    public static ScreeningIndex Build(IEnumerable<WatchlistEntity> source, NameComparer? comparer = null)
    {
        var sw = Stopwatch.StartNew();
        var entities = source.ToArray();
        var perEntity = new IndexedName[entities.Length][];
        // The same name often stands in several lists: parse it once.
        var forms = new System.Collections.Concurrent.ConcurrentDictionary<(string, NameReading), NameForm>();
        Parallel.For(0, entities.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, e =>
        {
            var entity = entities[e];
            var reading = ReadingFor(entity.Schema);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var list = new List<IndexedName>(entity.Names.Count + 1);
            IEnumerable<EntityName> all = entity.Names.Count > 0 ? entity.Names : [new EntityName(entity.Caption)];
            foreach (var name in all.OrderBy(n => n.Kind == NameKind.WeakAlias ? 1 : 0))
            {
                if (string.IsNullOrWhiteSpace(name.Full)) continue;
                foreach (var part in NameParser.Alternatives(name.Full))
                {
                    var form = forms.GetOrAdd((part, reading), static k => NameParser.Parse(k.Item1, k.Item2));
                    if (form.Tokens.Count == 0 || !seen.Add(form.Normalised)) continue;
                    list.Add(new IndexedName(e, name, form));
                }
            }
            perEntity[e] = [.. list];
        });
        var names = perEntity.SelectMany(x => x).ToArray();

        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var lists = new List<List<int>>();
        var tokenTerms = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var scratch = new HashSet<string>(StringComparer.Ordinal);
        var nameTerms = new HashSet<int>();
        int TermId(string term)
        {
            if (!termIds.TryGetValue(term, out var id))
            {
                termIds[term] = id = lists.Count;
                lists.Add([]);
            }
            return id;
        }
        for (var n = 0; n < names.Length; n++)
        {
            nameTerms.Clear();
            var tokens = names[n].Form.Tokens;
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                if (token.Role != TokenRole.Name) continue;
                if (!tokenTerms.TryGetValue(token.Text, out var ids))
                {
                    scratch.Clear();
                    AddTerms(scratch, token, forQuery: false);
                    ids = scratch.Select(TermId).ToArray();
                    tokenTerms[token.Text] = ids;
                }
                foreach (var id in ids) nameTerms.Add(id);
                if (t + 1 < tokens.Count && tokens[t + 1].Role == TokenRole.Name)
                    nameTerms.Add(TermId("t" + token.Text + tokens[t + 1].Text));
            }
            foreach (var id in nameTerms) lists[id].Add(n);
        }
        var postings = new int[lists.Count][];
        for (var i = 0; i < lists.Count; i++) postings[i] = [.. lists[i]];
        return new ScreeningIndex(entities, names, termIds, postings, comparer ?? NameComparer.Default, sw.Elapsed);
    }

    /// <summary>How names of entities of a schema are read (titles for people, legal forms for companies).</summary>
    public static NameReading ReadingFor(EntitySchema schema) => schema switch
    {
        EntitySchema.Person => NameReading.Person,
        EntitySchema.Organization or EntitySchema.Company or EntitySchema.Vessel or EntitySchema.Airplane => NameReading.Organisation,
        _ => NameReading.Any,
    };

    private static void AddTerms(HashSet<string> terms, NameToken token, bool forQuery)
    {
        terms.Add("t" + token.Text);
        terms.Add("k" + token.Key);
        foreach (var g in token.Groups) terms.Add("g" + g);
        foreach (var s in token.Syllables) terms.Add("s" + s);
        if (token.Skeleton.Length >= 3 && (!forQuery || NameParser.IsAbjad(token.Script))) terms.Add("c" + token.Skeleton);
        var key = token.Key;
        if (TokenComparer.AllowedEdits(key.Length) > 0)
        {
            terms.Add("d" + key);
            for (var i = 0; i < key.Length; i++) terms.Add("d" + key.Remove(i, 1));
        }
    }

    public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, ScreeningOptions? options = null)
    {
        options ??= new ScreeningOptions();
        var threshold = options.Threshold ?? DefaultThreshold;
        var reading = ReadingFor(query.Schema);
        var forms = query.Names.Where(n => !string.IsNullOrWhiteSpace(n)).SelectMany(NameParser.Alternatives).Select(n => NameParser.Parse(n, reading)).Where(f => f.Tokens.Count > 0).ToArray();
        if (forms.Length == 0 || names.Length == 0) return [];
        var datasets = options.Datasets.Count > 0 ? new HashSet<string>(options.Datasets, StringComparer.OrdinalIgnoreCase) : null;

        var candidates = Candidates(forms, query.Schema, datasets, Math.Max(32, options.Limit * 3));

        // Best name per entity.
        var best = new Dictionary<int, (NameComparison Comparison, double Score, IndexedName Name)>();
        // The same name stands in several lists and shares one parsed form: it is compared once.
        var compared = new Dictionary<(NameForm, NameForm), NameComparison>(ReferencePairComparer.Instance);
        foreach (var n in candidates)
        {
            var indexed = names[n];
            foreach (var form in forms)
            {
                if (!compared.TryGetValue((form, indexed.Form), out var cmp))
                    compared[(form, indexed.Form)] = cmp = comparer.Compare(form, indexed.Form);
                var s = cmp.Score * (indexed.Name.Kind == NameKind.WeakAlias ? ScoreCalibration.WeakAliasFactor : 1.0);
                if (!best.TryGetValue(indexed.Entity, out var b) || s > b.Score)
                    best[indexed.Entity] = (cmp, s, indexed);
            }
        }

        var scored = new List<(int Entity, double Score, FactOutcome Facts)>(best.Count);
        foreach (var (e, b) in best)
        {
            if (b.Score < options.MinScore * 0.6) continue;
            var facts = FactComparer.Compare(query, entities[e]);
            var score = Math.Clamp(b.Score + facts.Effect, 0, 1);
            if (facts.Decisive) score = Math.Max(score, ScoreCalibration.DecisiveIdentifierScore);
            if (score < options.MinScore) continue;
            scored.Add((e, Math.Round(score, 4), facts));
        }
        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(entities[a.Entity].Id, entities[b.Entity].Id));
        // Explanations are written only for the results returned.
        var results = new List<ScreeningResult>(Math.Min(scored.Count, options.Limit));
        foreach (var (e, score, facts) in scored.Take(options.Limit))
        {
            var b = best[e];
            results.Add(new ScreeningResult(entities[e], score, score >= threshold, MatchExplainer.Explain(b.Comparison, b.Name, entities[e], facts, score)));
        }
        return results;
    }

    // The keys of a query token depend only on its text, whether it was written in an abjad, and the
    // Hangul syllable it was read from: their ids (in the order the keys are made) are looked up once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Text, bool Abjad, int Syllable), int[]> queryTerms = new();
    private const int QueryTermLimit = 200_000;

    private int[] QueryTermIds(NameToken token, HashSet<string> scratch)
    {
        var cacheKey = (token.Text, NameParser.IsAbjad(token.Script), token.Script == NameScript.Hangul && token.Syllables.Length > 0 ? token.Syllables[0] : -1);
        if (queryTerms.TryGetValue(cacheKey, out var ids)) return ids;
        scratch.Clear();
        AddTerms(scratch, token, forQuery: true);
        var list = new List<int>(scratch.Count);
        foreach (var term in scratch)
            if (termIds.TryGetValue(term, out var id)) list.Add(id);
        ids = [.. list];
        if (queryTerms.Count < QueryTermLimit) queryTerms.TryAdd(cacheKey, ids);
        return ids;
    }

    /// <summary>Per-thread working memory of <see cref="Candidates"/>, so that a query allocates (almost) nothing.</summary>
    private sealed class CandidateScratch
    {
        /// <summary>Per name: the generation that last credited it, and the weight of query tokens it shares.</summary>
        public (int Stamp, float Score)[] Marks = [];
        public int Generation;
        /// <summary>The best candidates so far, in order.</summary>
        public int[] Top = new int[64];
        public readonly List<int> Touched = new(1024);
        public readonly HashSet<string> Terms = new(StringComparer.Ordinal);
        public readonly List<(NameForm Form, int Token, double Weight)> Ordered = new(16);
    }

    [ThreadStatic] private static CandidateScratch? candidateScratch;

    /// <summary>
    /// Names sharing keys with the query, the most promising first: by the weight of query tokens they
    /// share, ties in the order found.
    /// </summary>
    private List<int> Candidates(NameForm[] forms, EntitySchema schema, HashSet<string>? datasets, int max)
    {
        var scratch = candidateScratch ??= new CandidateScratch();
        if (scratch.Marks.Length < names.Length) scratch.Marks = new (int, float)[names.Length];
        var marks = scratch.Marks;
        var touched = scratch.Touched;
        touched.Clear();
        var generationBase = scratch.Generation;
        var weights = comparer.Weights;

        // Rare tokens first; a very common token (Mohammed, Kim) only adds to names a rarer one found,
        // unless the query has nothing rarer. Ties keep the order of the query (a stable insertion sort).
        var ordered = scratch.Ordered;
        ordered.Clear();
        foreach (var form in forms)
            for (var t = 0; t < form.Tokens.Count; t++)
            {
                if (form.Tokens[t].Role != TokenRole.Name) continue;
                var item = (form, t, weights.Weight(form.Tokens[t]));
                var at = ordered.Count;
                while (at > 0 && ordered[at - 1].Weight < item.Item3) at--;
                ordered.Insert(at, item);
            }
        foreach (var (form, t, weight) in ordered)
        {
            var w = (float)weight;
            var tokens = form.Tokens;
            var token = tokens[t];
            var known = QueryTermIds(token, scratch.Terms);
            var pairId = t + 1 < tokens.Count && tokens[t + 1].Role == TokenRole.Name && termIds.TryGetValue("t" + token.Text + tokens[t + 1].Text, out var pid) && Array.IndexOf(known, pid) < 0 ? pid : -1;
            var onlyKnown = touched.Count > 0 && w < CommonTokenWeight;
            // Each (form, token) adds its weight once per name: a fresh generation marks names already credited.
            var generation = ++scratch.Generation;
            if (generation == int.MaxValue) { Array.Clear(marks); scratch.Generation = generation = 1; generationBase = 0; }
            if (onlyKnown && ProbeIsCheaper(known, pairId, touched.Count))
            {
                // A common token's postings are long and it may only add to names already found: look
                // those names up in its postings instead of walking them.
                foreach (var n in touched)
                {
                    ref var mark = ref marks[n];
                    if (mark.Stamp == generation || !HoldsAny(known, pairId, n)) continue;
                    mark.Stamp = generation;
                    mark.Score += w;
                }
                continue;
            }
            for (var k = 0; k <= known.Length; k++)
            {
                var termId = k < known.Length ? known[k] : pairId;
                if (termId < 0) continue;
                foreach (var n in postings[termId])
                {
                    ref var mark = ref marks[n];
                    var st = mark.Stamp;
                    if (st == generation) continue;
                    if (st <= generationBase)
                    {
                        if (onlyKnown) continue;
                        mark.Score = 0;
                        touched.Add(n);
                    }
                    mark.Stamp = generation;
                    mark.Score += w;
                }
            }
        }

        // Names sharing far less of the query than the best admitted one cannot reach its score: they are
        // dropped. Of the rest, the best `max` are kept in order in a small buffer instead of sorting every
        // name touched; ties go to the name found first (rarest query token first, exact key before typo
        // keys), so the same query always gets the same candidates.
        var best = 0f;
        foreach (var n in touched)
            if (marks[n].Score > best && Admits(n, schema, datasets)) best = marks[n].Score;
        var floor = best * 0.4f;
        if (scratch.Top.Length < max) scratch.Top = new int[max];
        var top = scratch.Top;
        var kept = 0;
        // Names are taken in the order found and only a better one passes another. Of two names sharing as
        // much of the query, the one with fewer parts of its own is better: it leaves less unexplained (an
        // exact "Al-Hassan Ibrahim" before the many longer names holding both words). Further ties keep the
        // order found.
        foreach (var n in touched)
        {
            var score = marks[n].Score;
            if (score < floor || kept == max && !Ranks(marks, n, top[max - 1]) || !Admits(n, schema, datasets)) continue;
            var at = kept < max ? kept++ : max - 1;
            while (at > 0 && Ranks(marks, n, top[at - 1])) { top[at] = top[at - 1]; at--; }
            top[at] = n;
        }
        var result = new List<int>(kept);
        for (var i = 0; i < kept; i++) result.Add(top[i]);
        return result;
    }

    // Whether name a ranks before name b: a higher pre-score, or as high with fewer tokens.
    private bool Ranks((int Stamp, float Score)[] marks, int a, int b)
    {
        var sa = marks[a].Score;
        var sb = marks[b].Score;
        return sa > sb || sa == sb && names[a].Form.Tokens.Count < names[b].Form.Tokens.Count;
    }

    private bool Admits(int name, EntitySchema schema, HashSet<string>? datasets)
    {
        var entity = entities[names[name].Entity];
        return EntitySchemas.IsCompatible(schema, entity.Schema) && (datasets is null || datasets.Contains(entity.Dataset));
    }

    // Walking postings costs their length; looking names up costs a binary search per name and term.
    private bool ProbeIsCheaper(int[] known, int pairId, int touchedCount)
    {
        long walk = 0, probe = 0;
        for (var k = 0; k <= known.Length; k++)
        {
            var termId = k < known.Length ? known[k] : pairId;
            if (termId < 0) continue;
            var length = postings[termId].Length;
            walk += length;
            probe += (long)touchedCount * (2 + System.Numerics.BitOperations.Log2((uint)length + 1));
        }
        return probe < walk;
    }

    private bool HoldsAny(int[] known, int pairId, int name)
    {
        for (var k = 0; k <= known.Length; k++)
        {
            var termId = k < known.Length ? known[k] : pairId;
            if (termId >= 0 && Array.BinarySearch(postings[termId], name) >= 0) return true;
        }
        return false;
    }

    private sealed class ReferencePairComparer : IEqualityComparer<(NameForm, NameForm)>
    {
        public static readonly ReferencePairComparer Instance = new();
        public bool Equals((NameForm, NameForm) x, (NameForm, NameForm) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);
        public int GetHashCode((NameForm, NameForm) obj) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}

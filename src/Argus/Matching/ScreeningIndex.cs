using System.Diagnostics;
using Argus.Model;
using Argus.Names;

namespace Argus.Matching;

/// <summary>One list name of one entity, parsed once when the index is built.</summary>
public sealed record IndexedName(int Entity, EntityName Name, NameForm Form)
{
    /// <summary>For a name combined from two of the entity's names (<see cref="OneWordNames"/>): which; null for a name the list gives.</summary>
    public CombinedName? Combined { get; init; }
}

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
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> termIdsBySpan;
    private readonly int[][] postings;
    private readonly NameComparer comparer;
    /// <summary>Per name, what candidate selection reads of it, packed so that a query does not chase entity and form references.</summary>
    private readonly NameFacts[] facts;
    private readonly string[] datasetNames;
    /// <summary>
    /// Per name, its schema and its token count (at most 255), packed small: candidate selection reads them
    /// for every name a query touches, in no order, and these fit in a cache where the facts do not.
    /// </summary>
    private readonly byte[] nameSchema, nameTokenCount;
    /// <summary>Per name, the fullest name of its entity that holds it, or -1: what bounds a short alias (<see cref="ShortAliasBound"/>).</summary>
    private readonly int[] fullerName;
    /// <summary>Number of distinct parsed forms (<see cref="NameFacts.Form"/> ranges over 0 … this − 1).</summary>
    private readonly int formCount;
    /// <summary>
    /// Results in order: best score first; at equal scores the UN Security Council's entry first (the
    /// national lists implement its designations, and most cite its reference), then by entity id.
    /// </summary>
    private readonly Comparison<(int Entity, double Score)> byScoreThenId;

    /// <summary>
    /// The entity of a name, its dataset, its parsed form (and that form's number: names sharing one parsed
    /// form share it), and whether it is a weak alias.
    /// </summary>
    private readonly record struct NameFacts(int Entity, int Dataset, int Form, bool Weak, NameForm Parsed);

    /// <summary>Entities whose best name scores less than this are not bounded by their fullest name: the bound only lowers scores that would alert or nearly.</summary>
    private const double ShortAliasFloor = 0.6;

    /// <summary>Tokens weighing less than this (the commonest name parts) do not bring in candidates of their own when rarer ones did.</summary>
    private const float CommonTokenWeight = 0.35f;

    private ScreeningIndex(WatchlistEntity[] entities, IndexedName[] names, Dictionary<string, int> termIds, int[][] postings, NameComparer comparer, TimeSpan buildTime)
    {
        this.entities = entities;
        this.names = names;
        this.termIds = termIds;
        termIdsBySpan = termIds.GetAlternateLookup<ReadOnlySpan<char>>();
        this.postings = postings;
        this.comparer = comparer;
        var datasetIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var formIds = new Dictionary<NameForm, int>(ReferenceEqualityComparer.Instance);
        facts = new NameFacts[names.Length];
        nameSchema = new byte[names.Length];
        nameTokenCount = new byte[names.Length];
        for (var n = 0; n < names.Length; n++)
        {
            var entity = entities[names[n].Entity];
            if (!datasetIds.TryGetValue(entity.Dataset, out var dataset)) datasetIds[entity.Dataset] = dataset = datasetIds.Count;
            if (!formIds.TryGetValue(names[n].Form, out var form)) formIds[names[n].Form] = form = formIds.Count;
            facts[n] = new NameFacts(names[n].Entity, dataset, form, names[n].Name.Kind == NameKind.WeakAlias, names[n].Form);
            nameSchema[n] = (byte)entity.Schema;
            nameTokenCount[n] = (byte)Math.Min(names[n].Form.Tokens.Count, byte.MaxValue);
        }
        fullerName = FullerNames(entities.Length, names, comparer.Weights);
        datasetNames = new string[datasetIds.Count];
        foreach (var (name, id) in datasetIds) datasetNames[id] = name;
        formCount = formIds.Count;
        byScoreThenId = (a, b) =>
        {
            if (b.Score != a.Score) return b.Score.CompareTo(a.Score);
            var (ea, eb) = (this.entities[a.Entity], this.entities[b.Entity]);
            var (ua, ub) = (ea.Dataset == Datasets.UnSc, eb.Dataset == Datasets.UnSc);
            return ua != ub ? (ua ? -1 : 1) : string.CompareOrdinal(ea.Id, eb.Id);
        };
        BuildTime = buildTime;
    }

    // Per name, the fullest Latin name of its entity that holds all its name parts and more (most parts, then
    // most weight), or -1: "Saleh Mohammad" of "SALEH MOHAMMAD KAKAR AKHTAR MUHAMMAD". Not another name
    // altogether (a nom de guerre), and not a name combined from two.
    private static int[] FullerNames(int entityCount, IndexedName[] names, TokenWeights weights)
    {
        var byEntity = new List<int>?[entityCount];
        var keys = new HashSet<string>?[names.Length];
        for (var n = 0; n < names.Length; n++)
        {
            (byEntity[names[n].Entity] ??= []).Add(n);
            var tokens = names[n].Form.TokenArray;
            if (names[n].Combined is null && tokens.All(t => t.Role != TokenRole.Name || t.Script == NameScript.Latin))
                keys[n] = tokens.Where(t => t.Role == TokenRole.Name).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        }
        var fuller = new int[names.Length];
        Array.Fill(fuller, -1);
        foreach (var members in byEntity)
        {
            if (members is null || members.Count < 2) continue;
            foreach (var n in members)
            {
                if (keys[n] is not { Count: > 0 } own) continue;
                var best = (Parts: own.Count, Weight: 0.0);
                foreach (var f in members)
                {
                    if (f == n || keys[f] is not { } other || other.Count <= own.Count || !other.IsSupersetOf(own)) continue;
                    var size = (other.Count, ShortAliasBound.Weight(names[f].Form, weights));
                    if (size.Item1 < best.Parts || size.Item1 == best.Parts && size.Item2 <= best.Weight) continue;
                    best = size;
                    fuller[n] = f;
                }
            }
        }
        return fuller;
    }

    public double DefaultThreshold => ScoreCalibration.DefaultThreshold;
    public IReadOnlyList<WatchlistEntity> Entities => entities;
    public IReadOnlyList<IndexedName> Names => names;
    public int TermCount => postings.Length;
    public TimeSpan BuildTime { get; private set; }
    public NameComparer Comparer => comparer;

    /// <summary>The index of nothing.</summary>
    public static ScreeningIndex Empty => EmptyIndex.Value;

    // Made on first use, not with the type: a process reading its index from a file never compiles Build.
    private static class EmptyIndex
    {
        public static readonly ScreeningIndex Value = Build([]);
    }

    /// <summary>Parses every name of every entity and builds the inverted index.</summary>
    public static ScreeningIndex Build(IEnumerable<WatchlistEntity> source, NameComparer? comparer = null)
    {
        var sw = Stopwatch.StartNew();
        var scorer = comparer ?? NameComparer.Default;
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
            if (entity.Schema == EntitySchema.Person && list.Count > 1)
            {
                var given = list.Count;
                foreach (var combined in OneWordNames.Combine(list.Select(n => (n.Form.Original, n.Form)).ToArray(), scorer.Weights, scorer.Population))
                {
                    var form = forms.GetOrAdd((combined.Name, reading), static k => NameParser.Parse(k.Item1, k.Item2));
                    if (form.Tokens.Count == 0 || !seen.Add(form.Normalised)) continue;
                    // A combined name is as good as the weaker of the two names it is made of.
                    var weak = list.Take(given).Any(n => n.Name.Kind == NameKind.WeakAlias && (n.Form.Original == combined.FullName || n.Form.Original == combined.OneWord));
                    list.Add(new IndexedName(e, new EntityName(combined.Name, weak ? NameKind.WeakAlias : NameKind.Alias), form) { Combined = combined });
                }
            }
            perEntity[e] = [.. list];
        });
        var names = perEntity.SelectMany(x => x).ToArray();

        // The keys of each distinct token spelling (building their strings is the costly part) are made
        // in parallel; the first token met with a spelling stands for it, as names are read in order.
        var spellings = new Dictionary<string, int>(StringComparer.Ordinal);
        var spellingTokens = new List<NameToken>();
        foreach (var indexed in names)
            foreach (var token in indexed.Form.Tokens)
                if (token.Role == TokenRole.Name && spellings.TryAdd(token.Text, spellingTokens.Count)) spellingTokens.Add(token);
        var spellingTerms = new string[spellingTokens.Count][];
        Parallel.For(0, spellingTokens.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new HashSet<string>(StringComparer.Ordinal),
            (i, _, set) => { set.Clear(); AddTerms(set, spellingTokens[i], forQuery: false); spellingTerms[i] = [.. set]; return set; },
            _ => { });

        var termIds = new Dictionary<string, int>(spellingTokens.Count * 9, StringComparer.Ordinal);
        var counts = new List<int>(spellingTokens.Count * 9);
        int TermId(string term)
        {
            if (!termIds.TryGetValue(term, out var id))
            {
                termIds[term] = id = counts.Count;
                counts.Add(0);
            }
            return id;
        }
        var spellingIds = new int[spellingTokens.Count][];
        // Postings are filled in two passes (count, then place) so that no growing list is kept per key.
        var nameTermStart = new int[names.Length + 1];
        var nameTermIds = new List<int>(names.Length * 24);
        var nameTerms = new HashSet<int>();
        for (var n = 0; n < names.Length; n++)
        {
            nameTerms.Clear();
            var tokens = names[n].Form.TokenArray;
            for (var t = 0; t < tokens.Length; t++)
            {
                var token = tokens[t];
                if (token.Role != TokenRole.Name) continue;
                var s = spellings[token.Text];
                var ids = spellingIds[s];
                if (ids is null)
                {
                    var terms = spellingTerms[s];
                    ids = new int[terms.Length];
                    for (var k = 0; k < terms.Length; k++) ids[k] = TermId(terms[k]);
                    spellingIds[s] = ids;
                }
                foreach (var id in ids) nameTerms.Add(id);
                if (t + 1 < tokens.Length && tokens[t + 1].Role == TokenRole.Name)
                    nameTerms.Add(TermId("t" + token.Text + tokens[t + 1].Text));
            }
            foreach (var id in nameTerms) { nameTermIds.Add(id); counts[id]++; }
            nameTermStart[n + 1] = nameTermIds.Count;
        }
        var postings = new int[counts.Count][];
        for (var i = 0; i < counts.Count; i++) postings[i] = new int[counts[i]];
        var filled = new int[counts.Count];
        for (var n = 0; n < names.Length; n++)
            for (var k = nameTermStart[n]; k < nameTermStart[n + 1]; k++)
            {
                var id = nameTermIds[k];
                postings[id][filled[id]++] = n;
            }
        var index = new ScreeningIndex(entities, names, termIds, postings, scorer, sw.Elapsed);
        index.BuildTime = sw.Elapsed;
        return index;
    }

    /// <summary>What the index is made of besides its entities and comparer, for <see cref="ScreeningIndexBinary"/>: the names, the keys in id order, and each key's postings.</summary>
    internal sealed record Parts(IndexedName[] Names, string[] Terms, int[][] Postings);

    internal Parts ToParts()
    {
        var terms = new string[termIds.Count];
        foreach (var (term, id) in termIds) terms[id] = term;
        return new Parts(names, terms, postings);
    }

    /// <summary>The table of <see cref="FromParts"/>: each key to its id (its place in <paramref name="terms"/>).</summary>
    internal static Dictionary<string, int> TermIds(string[] terms)
    {
        var termIds = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++) termIds.Add(terms[i], i);
        return termIds;
    }

    /// <summary>The index <see cref="Build"/> made of these entities, from the parts it was made of (<see cref="ToParts"/>).</summary>
    internal static ScreeningIndex FromParts(WatchlistEntity[] entities, IndexedName[] names, Dictionary<string, int> termIds, int[][] postings, NameComparer comparer)
    {
        var sw = Stopwatch.StartNew();
        var index = new ScreeningIndex(entities, names, termIds, postings, comparer, sw.Elapsed);
        index.BuildTime = sw.Elapsed;
        return index;
    }

    /// <summary>How names of entities of a schema are read (titles for people, legal forms for companies).</summary>
    public static NameReading ReadingFor(EntitySchema schema) => schema switch
    {
        EntitySchema.Person => NameReading.Person,
        EntitySchema.Organization or EntitySchema.Company or EntitySchema.Vessel or EntitySchema.Airplane => NameReading.Organisation,
        _ => NameReading.Any,
    };

    // A term of consonant classes: one that finds names, or with two classes one that only ranks them (RankTerm).
    private static string ClassTerm(string classes) => (classes.Length >= MinSoundClasses ? "b" : "r") + classes;

    /// <summary>The shortest word written by sound whose leading "al" is looked up as the Arabic article run in.</summary>
    private const int ArticleRunInLength = 6;

    /// <summary>Fewest consonant classes a token needs to be looked up by them: two classes hold too many names.</summary>
    private const int MinSoundClasses = 3;

    internal static void AddTerms(HashSet<string> terms, NameToken token, bool forQuery)
    {
        terms.Add("t" + token.Text);
        terms.Add("k" + token.Key);
        foreach (var g in token.Groups) terms.Add("g" + g);
        foreach (var s in token.Syllables) terms.Add("s" + s);
        // Consonant skeletons find a name across scripts. A word written in an abjad is looked up by its
        // skeleton however short (علي = Ali is one consonant), so list names carry theirs too.
        if (token.Skeleton.Length > 0 && (!forQuery || NameParser.IsAbjad(token.Script))) terms.Add("c" + token.Skeleton);
        if (forQuery && NameParser.IsAbjad(token.Script)) AddSkeletonReadings(terms, token.Source);
        if (forQuery && NameParser.IsAbjad(token.Script) && ConsonantSkeleton.EndsInHe(token.Source)) terms.Add("c" + token.Skeleton + "H");
        // A Latin list name is found from its Hebrew spelling by its consonants read as Hebrew (v = bet, ch = kaf).
        if (!forQuery && token.Script == NameScript.Latin && token.Text.Length >= 3 && ConsonantSkeleton.OfLatinAsHebrew(token.Text) is { Length: >= 3 } hebrew)
            terms.Add("c" + hebrew);
        // And from its Arabic spelling as a European name is written in Arabic letters (v as ف, ch as تش).
        if (!forQuery && token.Script == NameScript.Latin && token.Text.Length >= 3 && ConsonantSkeleton.OfLatinAsForeignInArabic(token.Text) is { Length: >= 3 } foreign)
            terms.Add("c" + foreign);
        // A word written by sound (Kana, Hangul, Thai…) finds a Latin list name by its broad consonant classes,
        // also as those scripts say it (Miller as 밀러, milleo). Two classes hold too many names to find any: they
        // only rank the names other words found (RankTerm).
        if (token.Script == NameScript.Latin && (forQuery ? token.SoundedFrom is not null : true) && SoundClasses.Cached(token.Text) is { Length: >= MinSoundClasses - 1 } classes)
        {
            terms.Add(ClassTerm(classes));
            if (!forQuery && SoundClasses.Unsaid(token.Text) is var unsaid && unsaid != token.Text && SoundClasses.Of(unsaid) is { Length: >= MinSoundClasses - 1 } said)
                terms.Add(ClassTerm(said));
            // Greek writes the h of an Arabic name as χ, read kh (Ζαουάχρι, zaouakhri, Zawahiri): the reading with an h is looked up too.
            if (forQuery && token.SoundedFrom == NameScript.Greek && token.Text.Contains("kh", StringComparison.Ordinal)
                && SoundClasses.Of(token.Text.Replace("kh", "h")) is { Length: >= MinSoundClasses - 1 } withH)
                terms.Add(ClassTerm(withH));
            // An Arabic name written by sound runs the article into the name (알자와히리, aljawahili): the name
            // after it is looked up too, as the list writes it apart (al-Zawahiri).
            if (forQuery && token.Text.Length >= ArticleRunInLength && token.Text.StartsWith("al", StringComparison.Ordinal)
                && SoundClasses.Of(token.Text[2..]) is { Length: >= MinSoundClasses - 1 } rest)
                terms.Add(ClassTerm(rest));
        }
        var key = token.Key;
        if (TokenComparer.AllowedEdits(key.Length) > 0)
        {
            terms.Add("d" + key);
            for (var i = 0; i < key.Length; i++) terms.Add("d" + key.Remove(i, 1));
        }
    }

    // The second readings of an abjad word's letters (ق as q or g, ث as t or s), one letter at a time.
    private static void AddSkeletonReadings(HashSet<string> terms, string word)
    {
        var (primary, alternative) = ConsonantSkeleton.OfAbjad(word);
        Span<char> reading = primary.Length <= 32 ? stackalloc char[primary.Length] : new char[primary.Length];
        for (var i = 0; i < primary.Length; i++)
        {
            if (alternative[i] == '\0') continue;
            primary.CopyTo(reading);
            reading[i] = alternative[i];
            terms.Add("c" + new string(reading));
        }
    }

    /// <summary>
    /// The keys of this index's names, as a set that outlives the index (<see cref="NameKeySet"/>): a name
    /// sharing none of a query's keys is never one of its candidates, in this index or in any other.
    /// </summary>
    public NameKeySet KeySet() => new(termIds.Keys);

    /// <summary>
    /// Reads the query's names as <see cref="Screen(ScreeningQuery, ScreeningOptions?)"/> will, which loads the
    /// name tables they need (a few hundred milliseconds at a process's first query): run beside the load of
    /// an index read from its file, so that the first screen does not wait for them.
    /// </summary>
    public static void ReadAhead(ScreeningQuery query) => _ = Parse(query);

    // Every name of the query, read as the query's schema reads names, and the alternatives each holds.
    internal static NameForm[] Parse(ScreeningQuery query)
    {
        var reading = ReadingFor(query.Schema);
        var parsed = new List<NameForm>(query.Names.Count);
        foreach (var name in query.Names)
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            foreach (var alternative in QueryReadings.Of(name, reading))
            {
                var form = NameParser.Parse(alternative, reading);
                if (form.Tokens.Count > 0 && !ForeignInHangul(alternative, form)) parsed.Add(form);
            }
            parsed.AddRange(SoundedReadings.Forms(name, reading));
        }
        return parsed.ToArray();
    }

    /// <summary>
    /// A name in Hangul with a word longer than a Korean name's is read only by sound (<see cref="SoundedReadings"/>):
    /// its syllables one by one are no Korean name parts, and would find every Korean name holding them.
    /// </summary>
    internal static bool ForeignInHangul(string name, NameForm form)
    {
        if (!KoreanReadings.HoldsForeignWord(name)) return false;
        foreach (var t in form.TokenArray)
            if (t.Script == NameScript.Hangul) return true;
        return false;
    }

    public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, ScreeningOptions? options = null)
    {
        options ??= new ScreeningOptions();
        var threshold = options.Threshold ?? DefaultThreshold;
        var forms = Parse(query);
        if (forms.Length == 0 || names.Length == 0) return [];
        var datasets = options.Datasets.Count > 0 ? new HashSet<string>(options.Datasets, StringComparer.OrdinalIgnoreCase) : null;
        var candidateScratch = CandidateScratches.Rent();
        var memo = CompareScratches.Rent();
        try
        {
            return Screen(query, options, threshold, forms,
                Candidates(candidateScratch, forms, query.Schema, datasets, Math.Max(1, options.Candidates ?? Math.Max(ScreeningOptions.DefaultCandidates, options.Limit * 3))), memo);
        }
        finally
        {
            CandidateScratches.Return(candidateScratch.Forget());
            CompareScratches.Return(memo.Forget());
        }
    }

    private List<ScreeningResult> Screen(ScreeningQuery query, ScreeningOptions options, double threshold, NameForm[] forms, List<int> candidates, CompareScratch memo)
    {

        // Best name per entity (with the query name that scored it), entities in the order first met.
        // The same name stands in several lists and shares one parsed form: it is compared once per
        // query name (memoised by form number and query name). Both are kept in small per-thread maps
        // emptied per query. Only scores are kept: the alignment of each comparison goes to one reused
        // list, and the few names returned are aligned again for their explanation (the comparer is
        // deterministic).
        // (A slot is form number × query names + query name: a query of so many names that slots would
        // not fit an int does without the memo.)
        var memoised = (long)formCount * forms.Length < int.MaxValue;
        var memoIndex = memo.FormIndex;
        var memoScores = memo.FormScores;
        var metIndex = memo.EntityIndex;
        var met = memo.Met;
        memoIndex.Clear();
        memoScores.Clear();
        metIndex.Clear();
        met.Clear();
        // What the loop reads of a name is packed in its facts, its parsed form included.
        foreach (var n in candidates)
        {
            ref readonly var nf = ref facts[n];
            var factor = nf.Weak ? ScoreCalibration.WeakAliasFactor : 1.0;
            for (var f = 0; f < forms.Length; f++)
            {
                var slot = nf.Form * forms.Length + f;
                double nameScore;
                if (memoised && memoIndex.TryGetValue(slot, out var at)) nameScore = memoScores[at];
                else
                {
                    nameScore = comparer.Score(forms[f], nf.Parsed, memo.Pairs);
                    if (memoised)
                    {
                        memoIndex.Add(slot, memoScores.Count);
                        memoScores.Add(nameScore);
                    }
                }
                var s = nameScore * factor;
                if (!metIndex.TryGetValue(nf.Entity, out var m))
                {
                    metIndex.Add(nf.Entity, met.Count);
                    met.Add(new EntityBest(nf.Entity, s, n, f));
                }
                else if (s > met[m].Score) met[m] = new EntityBest(nf.Entity, s, n, f);
            }
        }

        var scored = memo.Scored;
        scored.Clear();
        foreach (var best in met)
        {
            var e = best.Entity;
            if (best.Score < options.MinScore * 0.6) continue;
            var b = best;
            // A short alias of common words says less than the entity's fullest name leaves unsaid.
            if (b.Score >= ShortAliasFloor && fullerName[b.Name] is var full and >= 0)
                b = b with { Score = ShortAliasBound.Bound(comparer, forms[b.QueryForm], facts[b.Name].Parsed, b.Score, facts[full].Parsed, facts[full].Weak ? ScoreCalibration.WeakAliasFactor : 1.0, memo.Pairs) };
            var (effect, decisive) = FactComparer.Assess(query, entities[e]);
            var score = Math.Clamp(b.Score + effect, 0, 1);
            if (decisive) score = Math.Max(score, ScoreCalibration.DecisiveIdentifierScore);
            if (score < options.MinScore) continue;
            scored.Add((e, Math.Round(score, 4)));
        }
        scored.Sort(byScoreThenId);
        // Explanations are written only for the results returned, and only when read; the facts they word
        // are compared now, while the query is as it was screened.
        var count = Math.Min(scored.Count, options.Limit);
        var results = new List<ScreeningResult>(count);
        for (var i = 0; i < count; i++)
        {
            var (e, score) = scored[i];
            metIndex.TryGetValue(e, out var m);
            var b = met[m];
            var entity = entities[e];
            var name = names[b.Name];
            var queryForm = forms[b.QueryForm];
            var facts = FactComparer.Compare(query, entity);
            results.Add(new ScreeningResult(entity, score, score >= threshold,
                () => MatchExplainer.Explain(comparer.Compare(queryForm, name.Form), name, entity, facts, score)));
        }
        return results;
    }

    /// <summary>The best name of an entity in the query under way, and the query name that scored it.</summary>
    private readonly record struct EntityBest(int Entity, double Score, int Name, int QueryForm);

    // The keys of a query token depend only on its text, whether it was written in an abjad, and the
    // Hangul syllable it was read from: their ids (in the order the keys are made) are looked up once,
    // and so are the names their postings hold, each once, in the order a walk of the postings finds
    // them (a name whose key equals the query token's also holds every one-deletion key of it).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Text, bool Abjad, int Syllable, bool Sounded), QueryTerms> queryTerms = new();
    private const int QueryTermLimit = 200_000;
    /// <summary>Most name numbers held by all cached walks together (4 bytes each).</summary>
    private const long WalkEntryLimit = 8_000_000;
    private long walkEntries;
    // ConcurrentDictionary.Count takes every lock of the table: the entries added are counted here instead.
    private int queryTermCount;

    /// <summary>The index keys of a query token, and the names they hold, each once in the order found (null when not kept).</summary>
    /// <summary>A query token's terms: those that find names (<paramref name="Ids"/>) and those that only rank names found (<paramref name="RankIds"/>).</summary>
    private sealed record QueryTerms(int[] Ids, int[]? Walk, long PostingsLength, int[] RankIds);

    /// <summary>The prefix of terms too broad to find names by, that only rank the names other terms found.</summary>
    private const char RankTerm = 'r';

    /// <summary>The share of a query token's weight that a name holding only its ranking terms gets.</summary>
    private const float RankShare = 0.5f;

    private QueryTerms QueryTermsOf(NameToken token, CandidateScratch scratch)
    {
        var cacheKey = (token.Text, NameParser.IsAbjad(token.Script), token.Script == NameScript.Hangul && token.Syllables.Length > 0 ? token.Syllables[0] : -1, token.SoundedFrom is not null);
        if (queryTerms.TryGetValue(cacheKey, out var terms)) return terms;
        scratch.Terms.Clear();
        AddTerms(scratch.Terms, token, forQuery: true);
        var list = new List<int>(scratch.Terms.Count);
        List<int>? rank = null;
        long length = 0;
        foreach (var term in scratch.Terms)
        {
            if (!termIds.TryGetValue(term, out var id)) continue;
            if (term[0] == RankTerm) (rank ??= []).Add(id);
            else { list.Add(id); length += postings[id].Length; }
        }
        int[] ids = [.. list];
        int[]? walk = null;
        if (Interlocked.Read(ref walkEntries) + length <= WalkEntryLimit)
        {
            if (scratch.Seen.Length < names.Length) scratch.Seen = new int[names.Length];
            var seen = scratch.Seen;
            var stamp = ++scratch.SeenGeneration;
            if (stamp == int.MaxValue) { Array.Clear(seen); scratch.SeenGeneration = stamp = 1; }
            var union = scratch.Union;
            union.Clear();
            foreach (var id in ids)
                foreach (var n in postings[id])
                {
                    if (seen[n] == stamp) continue;
                    seen[n] = stamp;
                    union.Add(n);
                }
            walk = [.. union];
        }
        terms = new QueryTerms(ids, walk, length, rank is null ? [] : [.. rank]);
        if (Volatile.Read(ref queryTermCount) < QueryTermLimit && queryTerms.TryAdd(cacheKey, terms))
        {
            Interlocked.Increment(ref queryTermCount);
            if (walk is not null) Interlocked.Add(ref walkEntries, walk.Length);
        }
        return terms;
    }

    /// <summary>Per-thread working memory of <see cref="Candidates"/>, so that a query allocates (almost) nothing.</summary>
    private sealed class CandidateScratch
    {
        /// <summary>Per name: whether the query under way touched it, the query token that last credited it, and the weight of query tokens it shares.</summary>
        public readonly CandidateMarks Marks = new();
        /// <summary>Per name: the walk that last met it, while the names of a query token's keys are gathered.</summary>
        public int[] Seen = [];
        public int SeenGeneration;
        /// <summary>The best candidates so far, in order, with their pre-scores.</summary>
        public (int Name, float Score)[] Top = new (int, float)[64];
        /// <summary>The names touched that the query admits, with their pre-scores, in the order found.</summary>
        public readonly List<(int Name, float Score)> Admitted = new(1024);
        public readonly List<int> Touched = new(1024);
        public readonly List<int> Union = new(1024);
        public readonly HashSet<string> Terms = new(StringComparer.Ordinal);
        public readonly List<(NameForm Form, int Token, double Weight, QueryTerms Terms)> Ordered = new(16);
        public bool[] Datasets = [];

        /// <summary>Drops what points into the index just used (its postings), so that a kept scratch never holds an index swapped out.</summary>
        public CandidateScratch Forget()
        {
            Ordered.Clear();
            return this;
        }
    }

    // Lent to one query at a time and kept only a few per processor: a thread pool that grows under load
    // does not keep a copy (of the size of the index) per thread.
    private static readonly ScratchPool<CandidateScratch> CandidateScratches = new();

    /// <summary>Per-thread working memory of the scoring of one query's candidates.</summary>
    private sealed class CompareScratch
    {
        /// <summary>The alignment of the comparison under way; only its score is kept.</summary>
        public readonly List<TokenPair> Pairs = new(16);
        /// <summary>Per (list form, query name) compared in the query under way: where its score is in <see cref="FormScores"/>.</summary>
        public readonly QueryIntMap FormIndex = new();
        public readonly List<double> FormScores = new(64);
        /// <summary>Per entity met by the query under way: where its best name is in <see cref="Met"/>.</summary>
        public readonly QueryIntMap EntityIndex = new();
        /// <summary>The entities met by the query under way, in the order first met, each with its best name.</summary>
        public readonly List<EntityBest> Met = new(64);
        /// <summary>The entities scoring enough, with their scores.</summary>
        public readonly List<(int Entity, double Score)> Scored = new(64);

        /// <summary>Drops the tokens of the last comparison (the index's names), as <see cref="CandidateScratch.Forget"/> does.</summary>
        public CompareScratch Forget()
        {
            Pairs.Clear();
            return this;
        }
    }

    private static readonly ScratchPool<CompareScratch> CompareScratches = new();

    /// <summary>
    /// Names sharing keys with the query, the most promising first: by the weight of query tokens they
    /// share, ties in the order found.
    /// </summary>
    private List<int> Candidates(CandidateScratch scratch, NameForm[] forms, EntitySchema schema, HashSet<string>? datasets, int max)
    {
        var marks = scratch.Marks;
        var touched = scratch.Touched;
        touched.Clear();

        // Rare tokens first; a very common token (Mohammed, Kim) only adds to names a rarer one found,
        // unless the query has nothing rarer. Ties keep the order of the query (a stable insertion sort).
        var ordered = scratch.Ordered;
        ordered.Clear();
        foreach (var form in forms)
            for (var t = 0; t < form.TokenArray.Length; t++)
            {
                if (form.TokenArray[t].Role != TokenRole.Name) continue;
                var item = (form, t, CandidateWeight(form.TokenArray[t]), QueryTermsOf(form.TokenArray[t], scratch));
                var at = ordered.Count;
                while (at > 0 && ordered[at - 1].Weight < item.Item3) at--;
                ordered.Insert(at, item);
            }
        marks.StartQuery(names.Length);
        foreach (var (form, t, weight, terms) in ordered)
        {
            var w = (float)weight;
            var tokens = form.TokenArray;
            var token = tokens[t];
            var known = terms.Ids;
            var next = t + 1 < tokens.Length && tokens[t + 1].Role == TokenRole.Name ? tokens[t + 1] : null;
            var pairId = next is not null && PairTermId('t', token.Text, next.Text) is var pid and >= 0 && Array.IndexOf(known, pid) < 0 ? pid : -1;
            var onlyKnown = touched.Count > 0 && w < CommonTokenWeight;
            // Two abjad words written as one Latin word (نصر الله, Nasrallah) are both found in it.
            var skeletonPairId = next is not null ? JoinedSkeletonId(token, next) : -1;
            var skeletonPairWeight = skeletonPairId >= 0 ? w + (float)CandidateWeight(next!) : 0f;
            // Each (form, token) adds its weight once per name: a fresh stamp marks names already credited.
            var stamp = marks.NextToken();
            if (onlyKnown && ProbeIsCheaper(terms, pairId, touched.Count))
            {
                // A common token's postings are long and it may only add to names already found: look
                // those names up in its postings instead of walking them.
                foreach (var n in touched)
                {
                    ref var mark = ref marks.Find(n);
                    if (mark.Stamp == stamp || !HoldsAny(known, pairId, n)) continue;
                    mark.Stamp = stamp;
                    mark.Score += w;
                }
                continue;
            }
            if (terms.Walk is { } walk)
            {
                Credit(walk, marks, touched, stamp, onlyKnown, w);
                if (pairId >= 0) Credit(postings[pairId], marks, touched, stamp, onlyKnown, w);
            }
            else
                for (var k = 0; k <= known.Length; k++)
                {
                    var termId = k < known.Length ? known[k] : pairId;
                    if (termId >= 0) Credit(postings[termId], marks, touched, stamp, onlyKnown, w);
                }
            if (skeletonPairId >= 0) Credit(postings[skeletonPairId], marks, touched, marks.NextToken(), onlyKnown, skeletonPairWeight);
        }

        CreditRankTerms(ordered, marks, touched);

        // Which entity schemas and datasets the query admits, read per name from packed facts.
        var admitted = 0u;
        for (var s = 0; s <= (int)EntitySchema.Airplane; s++)
            if (EntitySchemas.IsCompatible(schema, (EntitySchema)s)) admitted |= 1u << s;
        bool[]? datasetAdmitted = null;
        if (datasets is not null)
        {
            if (scratch.Datasets.Length < datasetNames.Length) scratch.Datasets = new bool[datasetNames.Length];
            datasetAdmitted = scratch.Datasets;
            for (var d = 0; d < datasetNames.Length; d++) datasetAdmitted[d] = datasets.Contains(datasetNames[d]);
        }

        // Names sharing far less of the query than the best admitted one cannot reach its score: they are
        // dropped. Of the rest, the best `max` are kept in order in a small buffer instead of sorting every
        // name touched; ties go to the name found first (rarest query token first, exact key before typo
        // keys), so the same query always gets the same candidates. Names not admitted are left out of
        // the names ranked.
        var best = 0f;
        var admittedNames = scratch.Admitted;
        admittedNames.Clear();
        foreach (var n in touched)
        {
            if ((admitted & 1u << nameSchema[n]) == 0 || datasetAdmitted is not null && !datasetAdmitted[facts[n].Dataset]) continue;
            var pre = marks.Find(n).Score;
            admittedNames.Add((n, pre));
            if (pre > best) best = pre;
        }
        var floor = best * 0.4f;
        if (scratch.Top.Length < max) scratch.Top = new (int, float)[max];
        var top = scratch.Top;
        var kept = 0;
        // Names are taken in the order found and only a better one passes another. Of two names sharing as
        // much of the query, the one with fewer parts of its own is better: it leaves less unexplained (an
        // exact "Al-Hassan Ibrahim" before the many longer names holding both words). Further ties keep the
        // order found.
        foreach (var candidate in admittedNames)
        {
            if (candidate.Score < floor || kept == max && !Ranks(candidate, top[max - 1])) continue;
            var at = kept < max ? kept++ : max - 1;
            while (at > 0 && Ranks(candidate, top[at - 1])) { top[at] = top[at - 1]; at--; }
            top[at] = candidate;
        }
        var result = new List<int>(kept);
        for (var i = 0; i < kept; i++) result.Add(top[i].Name);
        return result;
    }

    // A query token too broad to find names by (a word written by sound with two consonant classes, 밀러 for
    // Miller) adds part of its weight to the names other tokens found that hold it, and not found by it already.
    private void CreditRankTerms(List<(NameForm Form, int Token, double Weight, QueryTerms Terms)> ordered, CandidateMarks marks, List<int> touched)
    {
        foreach (var (_, _, weight, terms) in ordered)
        {
            if (terms.RankIds.Length == 0) continue;
            var w = (float)weight * RankShare;
            foreach (var n in touched)
            {
                if (!HoldsAny(terms.RankIds, -1, n) || HoldsAny(terms.Ids, -1, n)) continue;
                marks.Find(n).Score += w;
            }
        }
    }

    // How much a query token tells of its candidates. A word in an abjad is found by its consonants, so it
    // tells as much as they do among the list names (الله, read L, is in every Ali and Allah).
    private double CandidateWeight(NameToken token)
    {
        var weight = comparer.Weights.Weight(token);
        if (!NameParser.IsAbjad(token.Script) || token.Skeleton.Length == 0) return weight;
        var id = PairTermId('c', token.Skeleton, "");
        if (id < 0) return weight;
        var idf = Math.Log((double)names.Length / postings[id].Length) / Math.Min(Math.Log(names.Length), 9.0);
        return Math.Min(weight, Math.Clamp(idf, 0.12, 1.0));
    }

    // Two neighbour abjad words (نصر الله) read as one by their skeletons joined, as a Latin spelling
    // writes them (Nasrallah); -1 when no list name has that skeleton.
    private int JoinedSkeletonId(NameToken first, NameToken second) =>
        NameParser.IsAbjad(first.Script) && NameParser.IsAbjad(second.Script) && first.Skeleton.Length > 0 && second.Skeleton.Length > 0
            ? PairTermId('c', first.Skeleton, second.Skeleton) : -1;

    // The id of the key of two strings read as one (a prefix + both), or -1; looked up without
    // building the key's string.
    private int PairTermId(char prefix, string first, string second)
    {
        var length = 1 + first.Length + second.Length;
        Span<char> key = length <= 128 ? stackalloc char[length] : new char[length];
        key[0] = prefix;
        first.CopyTo(key[1..]);
        second.CopyTo(key[(1 + first.Length)..]);
        return termIdsBySpan.TryGetValue(key, out var id) ? id : -1;
    }

    // Adds the weight of a query token to every name of a postings list not yet credited for it.
    private static void Credit(int[] list, CandidateMarks marks, List<int> touched, int stamp, bool onlyKnown, float w)
    {
        if (onlyKnown)
        {
            foreach (var n in list)
            {
                ref var mark = ref marks.Find(n);
                if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref mark) || mark.Stamp == stamp) continue;
                mark.Stamp = stamp;
                mark.Score += w;
            }
            return;
        }
        foreach (var n in list)
        {
            ref var mark = ref marks.Touch(n, out var added);
            if (added) touched.Add(n);
            else if (mark.Stamp == stamp) continue;
            mark.Stamp = stamp;
            mark.Score += w;
        }
    }

    // Whether name a ranks before name b: a higher pre-score, or as high with fewer tokens.
    private bool Ranks((int Name, float Score) a, (int Name, float Score) b) =>
        a.Score > b.Score || a.Score == b.Score && nameTokenCount[a.Name] < nameTokenCount[b.Name];

    // Walking postings costs their length; looking names up costs a binary search per name and term.
    private bool ProbeIsCheaper(QueryTerms terms, int pairId, int touchedCount)
    {
        long walk = terms.Walk?.Length ?? terms.PostingsLength, probe = 0;
        var known = terms.Ids;
        for (var k = 0; k <= known.Length; k++)
        {
            var termId = k < known.Length ? known[k] : pairId;
            if (termId < 0) continue;
            var length = postings[termId].Length;
            if (k == known.Length) walk += length;
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
}

using System.Globalization;
using System.Text;
using Argus.Bench.Evaluation;
using Argus.Matching;
using Argus.Model;

namespace Argus.Bench;

/// <summary>
/// `derive-eval [DIR]`: writes the labelled pairs under tests/Argus.Tests/Data/eval/{dev,test} and the
/// screening queries under tests/Argus.Tests/Data/eval/screening. Sources: the official lists (the same
/// subject as spelt by two authorities, joined by a UN reference; aliases of one entity; original-script
/// names), Korean people in Latin and Hangul (Wikidata, split by a hash of the line), and variants of
/// list names made by <see cref="SpellingVariants"/>, <see cref="CyrillicRomanisation"/>,
/// <see cref="LatinRespellings"/> and ICU's Latin→script transliterators. List entities are split by
/// <see cref="EvalSplits"/>. Nothing here reads the matcher's tables or parser. Deterministic.
/// </summary>
public static class DeriveEvalTask
{
    private const int Seed = 20261202;
    public const string Command = "dotnet run -c Release --project bench/Argus.Bench -- derive-eval";

    public sealed record Pair(string Name1, string Name2, string Schema, int Label, string Category, string Source);

    public static int Run(string[] args)
    {
        var outDir = args.Length > 0 ? args[0] : Path.Combine(DeriveWeightsTask.RepoRoot(), "tests", "Argus.Tests", "Data", "eval");
        var entities = SharedLists.Load(quiet: true);
        var splits = new EvalSplits(entities);
        var places = Places();
        foreach (var split in new[] { EvalSplits.Dev, EvalSplits.Test })
        {
            var dir = Path.Combine(outDir, split);
            Directory.CreateDirectory(dir);
            var mine = entities.Where(e => splits.SplitOf(e) == split).ToList();
            Write(Path.Combine(dir, "cross-list.csv"), split,
                "The same subject as two authorities spell it: each Latin name (primary or alias) of the UN entry against the entry of another list citing its UN reference (every name of that entry, joined by ';'), both ways; and two aliases of one entity of which most words of the shorter begin as a word of the other (else they are other names, not spellings). Real spellings by independent transliterators.",
                Cap(CrossList(mine, entities), 400).Concat(Cap(Aliases(mine), 500)).ToList());
            Write(Path.Combine(dir, "original-script.csv"), split,
                "People's names in the lists' own original scripts (Cyrillic, Arabic, Persian, Han, Hebrew…) against their Latin primary names, by script.",
                Cap(OriginalScript(mine), 150));
            Write(Path.Combine(dir, "romanisation.csv"), split,
                "Cyrillic originals of the lists romanised by the national tables (English, German Duden, French, Spanish, Polish, Czech, Latvian, Turkish) against the list's Latin name; Arabic and Persian names respelt by French, German, Spanish, Polish and Turkish conventions; pinyin names in Wade-Giles; Latin list names written in other scripts by ICU's Latin→script transliterators (not the matcher's Script→Latin direction).",
                Cap(Romanisations(mine), 120));
            Write(Path.Combine(dir, "variants.csv"), split,
                "Variants of list names following the screening-validation taxonomy (character edits at any position, spacing, order, omissions, additions, titles, nicknames and cross-language given names, particles, legal forms, organisation words, numbers, initialisms, partial names), made on the name as written, never filtered through the matcher.",
                Variants(mine, new Random(Seed ^ split.Length)));
            Write(Path.Combine(dir, "negatives.csv"), split,
                "Hard negatives: different entities of one list (not linked by a UN reference, passport or identical name) that share a family name, a given name or two parts, father and son (the father's given name as the son's second name), companies that differ by one word, a number or a place; and people whose given name is replaced by another similar given name (Maria/Marina).",
                Negatives(mine, splits, places, new Random(Seed)));
            Write(Path.Combine(dir, "korean-wikidata.csv"), split,
                "Korean people's names in Latin and Hangul from Wikidata (../shared/data/nlp/wd_korean, CC0), the lines of this half by a hash of the line; and two people of this half with the same family syllable and no given syllable in common. RESOURCE FILES MAY BE DERIVED FROM THE DEV HALF ONLY.",
                Korean(split));
        }
        // The dev queries leave out the innocents of the frozen test file as committed, and of the one written now.
        var frozen = Path.Combine(EvalTask.EvalDirectory, "screening", "test.csv");
        var leaveOut = File.Exists(frozen) ? ScreeningQueryEvaluation.Load(frozen).Select(q => q.Query).ToHashSet(StringComparer.Ordinal) : [];
        leaveOut.UnionWith(ScreeningQuerySet.Write(Path.Combine(outDir, "screening", "test.csv"), entities, splits, EvalSplits.Test, new Random(Seed), []));
        ScreeningQuerySet.Write(Path.Combine(outDir, "screening", "dev.csv"), entities, splits, EvalSplits.Dev, new Random(Seed + 1), leaveOut);
        return 0;
    }

    private static IEnumerable<Pair> Cap(IEnumerable<Pair> pairs, int perCategory)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in pairs)
        {
            if (EvalSplits.Normalise(p.Name1) == EvalSplits.Normalise(p.Name2) || !seen.Add(p.Name1 + "|" + p.Name2)) continue;
            var n = counts.GetValueOrDefault(p.Category);
            if (n >= perCategory) continue;
            counts[p.Category] = n + 1;
            yield return p;
        }
    }

    private static IEnumerable<T> Shuffled<T>(IEnumerable<T> items, int salt) { var rng = new Random(Seed + salt); return items.OrderBy(_ => rng.Next()); }

    private static bool IsLatin(string s) => s.All(c => c < 0x250 || !char.IsLetter(c));

    private static IEnumerable<Pair> CrossList(List<WatchlistEntity> mine, List<WatchlistEntity> all)
    {
        var un = mine.Where(e => e.Dataset == Datasets.UnSc).ToDictionary(e => e.Reference.ToUpperInvariant(), StringComparer.Ordinal);
        foreach (var e in Shuffled(all.Where(e => e.Dataset != Datasets.UnSc), 1))
            foreach (var r in e.Extra.GetValueOrDefault("unReference") ?? [])
                if (un.TryGetValue(r.ToUpperInvariant(), out var u) && u.Schema == e.Schema)
                    foreach (var (query, entry) in new[] { (u, e), (e, u) })
                    {
                        // Each name of one authority (primary and strong aliases) against every name of the other's entry.
                        var names = entry.Names.Select(n => n.Full).Where(n => !n.Contains(';')).Distinct().ToList();
                        foreach (var q in query.Names.Where(n => n.Kind is NameKind.Primary or NameKind.Alias && IsLatin(n.Full)).Select(n => n.Full).Distinct())
                        {
                            if (names.Count == 0 || names.Any(n => EvalSplits.SortedWords(n) == EvalSplits.SortedWords(q)) || !SharePrefix(q, names)) continue;
                            yield return new Pair(q, string.Join(" ; ", names), query.Schema.FtmName(), 1, "cross-list", $"{query.Id} -> {entry.Id} (UN reference {r})");
                        }
                    }
    }

    private static bool SharePrefix(string a, IEnumerable<string> others)
    {
        var pa = EvalSplits.Normalise(a).Split(' ').Where(t => t.Length >= 3).Select(t => t[..2]).ToHashSet();
        return others.Any(n => EvalSplits.Normalise(n).Split(' ').Where(t => t.Length >= 3).Any(t => pa.Contains(t[..2])));
    }

    // Two names that are spellings of one another, not other names: most words of the shorter one begin
    // with the first two letters of a word of the other.
    private static bool SpellingOf(string a, string b)
    {
        var (wa, wb) = (EvalSplits.Normalise(a).Split(' '), EvalSplits.Normalise(b).Split(' '));
        if (wa.Length > wb.Length) (wa, wb) = (wb, wa);
        var starts = wb.Where(w => w.Length >= 2).Select(w => w[..2]).ToHashSet();
        return wa.Count(w => w.Length >= 2 && starts.Contains(w[..2])) * 2 > wa.Length;
    }

    private static IEnumerable<Pair> Aliases(List<WatchlistEntity> mine)
    {
        foreach (var e in Shuffled(mine, 2))
        {
            var names = e.Names.Where(n => n.Kind is NameKind.Primary or NameKind.Alias && IsLatin(n.Full) && SpellingVariants.Words(n.Full).Length >= 2)
                .Select(n => n.Full).Distinct().Take(6).ToList();
            for (var i = 0; i + 1 < names.Count; i++)
            {
                var (a, b) = (names[i], names[i + 1]);
                if (EvalSplits.SortedWords(a) == EvalSplits.SortedWords(b) || !SpellingOf(a, b)) continue;
                yield return new Pair(a, b, e.Schema.FtmName(), 1, e.Schema == EntitySchema.Person ? "alias-of-one-person" : "alias-of-one-organisation", e.Id);
                break;
            }
        }
    }

    private static string ScriptOf(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsLetter(c) || c < 0x250) continue;
            if (c is >= '\u0400' and <= '\u04FF') return "cyrillic";
            if (c is >= '\u0600' and <= '\u06FF') return "arabic";
            if (c is >= '\u0590' and <= '\u05FF') return "hebrew";
            if (c is >= '\u4E00' and <= '\u9FFF') return "han";
            if (c is >= '\uAC00' and <= '\uD7AF') return "hangul";
            if (c is >= '\u0370' and <= '\u03FF') return "greek";
            return "other";
        }
        return "latin";
    }

    private static IEnumerable<(WatchlistEntity E, string Original, string Latin)> Originals(List<WatchlistEntity> mine) =>
        from e in Shuffled(mine.Where(e => e.Schema == EntitySchema.Person), 3)
        let original = e.Names.FirstOrDefault(n => n.Kind == NameKind.OriginalScript && ScriptOf(n.Full) != "latin")
        let latin = e.Names.FirstOrDefault(n => n.Kind == NameKind.Primary && IsLatin(n.Full))?.Full
        where original is not null && latin is not null
        select (e, original.Full, latin);

    private static IEnumerable<Pair> OriginalScript(List<WatchlistEntity> mine) =>
        Originals(mine).Select(o => new Pair(o.Original, o.Latin, "Person", 1, "script-" + ScriptOf(o.Original) + " (list)", o.E.Id));

    private static IEnumerable<Pair> Romanisations(List<WatchlistEntity> mine)
    {
        var originals = Originals(mine).ToList();
        var k = 0;
        foreach (var (e, original, latin) in originals.Where(o => ScriptOf(o.Original) == "cyrillic"))
        {
            var system = CyrillicRomanisation.Systems[k++ % CyrillicRomanisation.Systems.Length];
            var lang = CyrillicRomanisation.Language(original);
            yield return new Pair(CyrillicRomanisation.Romanise(original, system), latin, "Person", 1, $"romanisation-cyrillic-{system}", $"{e.Id} ({lang}: {original})");
        }
        var arabicSystems = LatinRespellings.ArabicSystems.ToArray();
        foreach (var (e, original, latin) in originals.Where(o => ScriptOf(o.Original) == "arabic"))
        {
            var system = arabicSystems[k++ % arabicSystems.Length];
            var persian = original.IndexOfAny(['پ', 'چ', 'ژ', 'گ', 'ی']) >= 0 || e.Nationalities.Contains("ir") ? "persian" : "arabic";
            yield return new Pair(LatinRespellings.RespellArabic(latin, system), latin, "Person", 1, $"romanisation-arabic-{system}", $"{e.Id} ({persian})");
        }
        foreach (var (e, _, latin) in originals.Where(o => ScriptOf(o.Original) == "han"))
            if (WadeGiles(latin) is { } wg) yield return new Pair(wg, latin, "Person", 1, "romanisation-chinese-wade-giles", e.Id);
        foreach (var p in IcuScripts(mine)) yield return p;
    }

    private static readonly System.Text.RegularExpressions.Regex PinyinSyllable = new("(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string? WadeGiles(string latin)
    {
        var words = latin.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var outWords = new List<string>();
        foreach (var w in words)
        {
            var lower = w.ToLowerInvariant();
            var syllables = PinyinSyllable.Matches(lower).Select(m => m.Value).ToList();
            if (string.Concat(syllables) != lower) return null;
            var wg = string.Join('-', syllables.Select(LatinRespellings.WadeGiles));
            outWords.Add(char.ToUpperInvariant(wg[0]) + wg[1..]);
        }
        return string.Join(' ', outWords);
    }

    // ICU transliterators from Latin into each script; an id this ICU lacks is skipped (and said).
    private static readonly (string Id, string Category)[] IcuTargets =
    [
        ("Latin-Greek", "greek"), ("Latin-Cyrillic", "cyrillic"), ("Latin-Hangul", "hangul"), ("Latin-Katakana", "kana"), ("Latin-Devanagari", "devanagari"),
        ("Latin-Thai", "thai"), ("Latin-Georgian", "georgian"), ("Latin-Armenian", "armenian"), ("Latin-Arabic", "arabic"), ("Latin-Hebrew", "hebrew"),
        ("Latin-Ethiopic", "geez"), ("Latin-Khmer", "khmer"), ("Latin-Persian", "persian"),
    ];

    private static IEnumerable<Pair> IcuScripts(List<WatchlistEntity> mine)
    {
        Icu.Wrapper.Init();
        var latinPeople = Shuffled(mine.Where(e => e.Schema == EntitySchema.Person && IsLatin(e.Caption) && SpellingVariants.Words(e.Caption).Length >= 2), 4).ToList();
        var at = 0;
        foreach (var (id, category) in IcuTargets)
        {
            Icu.Transliterator t;
            try { t = Icu.Transliterator.CreateInstance(id); }
            catch (Exception ex) { Console.Error.WriteLine($"  {id}: not in this ICU ({ex.GetType().Name}), skipped"); continue; }
            using (t)
                for (var n = 0; n < 120 && at < latinPeople.Count; n++, at++)
                {
                    var e = latinPeople[at];
                    var text = t.Transliterate(e.Caption.Replace(",", "").ToLowerInvariant());
                    // Letters the transliterator leaves in Latin (Ge'ez has no "ch") make no name of that script.
                    if (text.Any(char.IsAsciiLetter)) continue;
                    yield return new Pair(text, e.Caption, "Person", 1, $"script-{category} (ICU)", $"{e.Id} ({id})");
                }
        }
    }

    private static List<Pair> Variants(List<WatchlistEntity> mine, Random rng)
    {
        var pairs = new List<Pair>();
        var people = Shuffled(mine.Where(e => e.Schema == EntitySchema.Person && IsLatin(e.Caption)), 5).ToList();
        var orgs = Shuffled(mine.Where(e => e.Schema is EntitySchema.Organization or EntitySchema.Company && IsLatin(e.Caption)), 6).ToList();
        foreach (var kind in SpellingVariants.Kinds)
        {
            var pool = kind.ForPeople ? people : orgs;
            var category = (kind.ForPeople ? "person " : "org ") + kind.Category;
            var max = kind.ForPeople ? 100 : 60;
            var made = 0;
            var start = rng.Next(pool.Count);
            for (var i = 0; i < pool.Count && made < max; i++)
            {
                var e = pool[(start + i) % pool.Count];
                // Titles and nicknames are rare in list captions: look through every name of the entity.
                var bases = kind.Category is "title-removed" or "nickname" or "given-name-other-language" or "particle-changed"
                    ? e.Names.Where(n => n.Kind is NameKind.Primary or NameKind.Alias && IsLatin(n.Full)).Select(n => n.Full).Distinct()
                    : [e.Caption];
                foreach (var b in bases)
                {
                    var v = kind.Make(b, rng);
                    if (v is null || v.Trim().Length == 0 || EvalSplits.Normalise(v) == EvalSplits.Normalise(b)) continue;
                    pairs.Add(new Pair(v, b, e.Schema.FtmName(), 1, category, e.Id));
                    made++;
                    break;
                }
            }
        }
        return pairs;
    }

    private static HashSet<string> Places()
    {
        var path = Path.Combine(DeriveWeightsTask.RepoRoot(), "src", "Argus", "Text", "Gazetteers", "places.txt");
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => !l.StartsWith('#')))
            foreach (var name in line.Split('\t').Last().Split('|')) set.Add(EvalSplits.Normalise(name));
        foreach (var c in CountryNames) set.Add(c);
        return set;
    }

    private static readonly string[] CountryNames = ["russia", "iran", "syria", "china", "korea", "hong kong", "dubai", "uae", "turkey", "lebanon", "iraq", "cyprus", "malta", "panama", "singapore", "london", "moscow", "tehran", "beijing", "shanghai", "minsk", "kiev", "kyiv", "crimea", "sevastopol", "belarus", "ukraine", "germany", "india", "pakistan"];

    private static List<Pair> Negatives(List<WatchlistEntity> mine, EvalSplits splits, HashSet<string> places, Random rng)
    {
        var pairs = new List<Pair>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(WatchlistEntity a, WatchlistEntity b, string category, string why, int max = 400)
        {
            if (counts.GetValueOrDefault(category) >= max || splits.Group(a) == splits.Group(b)) return;
            counts[category] = counts.GetValueOrDefault(category) + 1;
            pairs.Add(new Pair(a.Caption, b.Caption, a.Schema.FtmName(), 0, category, $"{a.Id} / {b.Id} ({why})"));
        }
        foreach (var dataset in mine.GroupBy(e => e.Dataset))
        {
            var list = dataset.Where(e => IsLatin(e.Caption)).Select(e => (E: e, W: Ordered(e))).Where(x => x.W.Length >= 2).ToList();
            var people = list.Where(x => x.E.Schema == EntitySchema.Person).ToList();
            foreach (var (label, key) in new (string, Func<string[], string>)[] { ("family", w => w[^1]), ("given", w => w[0]) })
                foreach (var g in Shuffled(people.GroupBy(x => key(x.W)).Where(g => g.Count() >= 2 && g.Key.Length >= 3), 7))
                {
                    var xs = g.ToList();
                    var (a, b) = (xs[rng.Next(xs.Count)], xs[rng.Next(xs.Count)]);
                    if (a.E == b.E) continue;
                    var onlyA = a.W.Except(b.W).ToArray();
                    var onlyB = b.W.Except(a.W).ToArray();
                    if (onlyA.Length == 0 || onlyB.Length == 0 || onlyA.Any(x => onlyB.Any(y => Similar(x, y)))) continue;
                    var shared = a.W.Intersect(b.W).Count();
                    Add(a.E, b.E, shared >= 2 ? "person-shares-two-parts" : $"person-shares-{label}-name", $"shared '{g.Key}'");
                }
            // Father and son: one's given name is the other's second (patronymic or "bin" name), same family name.
            var byGivenFamily = people.GroupBy(x => x.W[0] + " " + x.W[^1]).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var son in Shuffled(people.Where(x => x.W.Length >= 3), 8))
            {
                var fatherGiven = son.W[1] is "bin" or "ibn" or "ben" && son.W.Length >= 4 ? son.W[2] : son.W[1];
                var stem = fatherGiven.EndsWith("ovich") || fatherGiven.EndsWith("evich") ? fatherGiven[..^5] : fatherGiven;
                if (byGivenFamily.TryGetValue(stem + " " + son.W[^1], out var fathers) && fathers[0].E != son.E && fathers[0].W[0] != son.W[0])
                    Add(son.E, fathers[0].E, "father-and-son", $"'{fatherGiven}' after '{son.W[0]}'");
            }
            var companies = list.Where(x => x.E.Schema is EntitySchema.Organization or EntitySchema.Company).ToList();
            var byRest = new Dictionary<string, List<(WatchlistEntity E, string[] W, int I)>>(StringComparer.Ordinal);
            foreach (var c in companies)
                for (var i = 0; i < c.W.Length; i++)
                {
                    var rest = string.Join(' ', c.W.Where((_, j) => j != i)) + "#" + i;
                    if (!byRest.TryGetValue(rest, out var l)) byRest[rest] = l = [];
                    l.Add((c.E, c.W, i));
                }
            foreach (var g in Shuffled(byRest.Values.Where(l => l.Count >= 2), 9))
            {
                var (a, b) = (g[0], g[1]);
                var (wa, wb) = (a.W[a.I], b.W[b.I]);
                if (a.E == b.E || Similar(wa, wb)) continue;
                var category = wa.Any(char.IsAsciiDigit) || wb.Any(char.IsAsciiDigit) ? "company-differs-by-number"
                    : places.Contains(wa) || places.Contains(wb) ? "company-differs-by-place" : "company-differs-by-one-word";
                Add(a.E, b.E, category, $"'{wa}' / '{wb}'");
            }
        }
        // One given name for another close one: another person, though a letter or two apart.
        foreach (var e in Shuffled(mine.Where(e => e.Schema == EntitySchema.Person && IsLatin(e.Caption)), 10))
        {
            if (counts.GetValueOrDefault("person-other-given-name") >= 400) break;
            var words = e.Caption.Split(' ');
            for (var i = 0; i < words.Length; i++)
            {
                var w = words[i].Trim(',');
                var swap = ConfusableGivenNames.FirstOrDefault(p => string.Equals(p.A, w, StringComparison.OrdinalIgnoreCase) || string.Equals(p.B, w, StringComparison.OrdinalIgnoreCase));
                if (swap.A is null) continue;
                var other = string.Equals(swap.A, w, StringComparison.OrdinalIgnoreCase) ? swap.B : swap.A;
                words[i] = words[i].Replace(w, char.IsUpper(w[^1]) ? other.ToUpperInvariant() : other);
                counts["person-other-given-name"] = counts.GetValueOrDefault("person-other-given-name") + 1;
                pairs.Add(new Pair(string.Join(' ', words), e.Caption, "Person", 0, "person-other-given-name", $"{e.Id} ('{w}' / '{other}')"));
                break;
            }
        }
        return pairs;
    }

    // Different given names a letter or two apart (different people, not spellings of one name).
    private static readonly (string A, string B)[] ConfusableGivenNames =
    [
        ("Maria", "Marina"), ("Ivan", "Ivana"), ("Alexander", "Alexandra"), ("Aleksandr", "Aleksandra"), ("Yuri", "Yulia"), ("Sergei", "Sergo"),
        ("Mohammad", "Mahmoud"), ("Muhammad", "Mahmud"), ("Hassan", "Hussein"), ("Hasan", "Husayn"), ("Ali", "Alim"), ("Omar", "Ammar"), ("Ahmad", "Hamad"),
        ("Said", "Saad"), ("Karim", "Kamal"), ("Nasser", "Nasir"), ("Salim", "Salem"), ("Khalid", "Khalil"), ("Jamal", "Jamil"), ("Adel", "Adil"),
        ("Viktor", "Viktoria"), ("Vladimir", "Vladislav"), ("Oleg", "Olga"), ("Igor", "Inga"), ("Denis", "Daniil"), ("Roman", "Ramon"), ("Yevgeny", "Yevgenia"),
        ("Andrei", "Andrea"), ("Nikolai", "Nikita"), ("Boris", "Borislav"), ("Pavel", "Pavlo"), ("Anna", "Hanna"), ("Elena", "Alena"), ("Irina", "Arina"),
        ("Kim", "Kin"), ("Jong", "Jang"), ("Abdullah", "Abdallah"), ("Hamid", "Hamed"), ("Rashid", "Rashad"), ("Tariq", "Tarek"), ("Yasin", "Yasir"),
    ];

    // Words of the caption in reading order ("FAMILY, Given" → Given FAMILY), lower case.
    private static string[] Ordered(WatchlistEntity e)
    {
        var c = e.Caption;
        var comma = c.IndexOf(',');
        if (e.Schema == EntitySchema.Person && comma > 0) c = c[(comma + 1)..] + " " + c[..comma];
        return EvalSplits.Normalise(c).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    // A plain edit ratio and a shared four-letter start (independent of the matcher).
    private static bool Similar(string x, string y)
    {
        if (x.Length >= 4 && y.Length >= 4 && x[..4] == y[..4]) return true;
        return Levenshtein(x, y) <= Math.Max(1, Math.Max(x.Length, y.Length) / 3);
    }

    private static int Levenshtein(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) d[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var prev = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cur = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), prev + (a[i - 1] == b[j - 1] ? 0 : 1));
                prev = cur;
            }
        }
        return d[b.Length];
    }

    private static List<Pair> Korean(string split)
    {
        var people = new List<(string Latin, string Hangul)>();
        foreach (var line in File.ReadLines(Path.Combine(SharedLists.DataDirectory(), "nlp", "wd_korean")))
        {
            if (EvalSplits.Of("wd_korean:" + line) != split) continue;
            var parts = line.Split('\t');
            if (parts.Length != 2) continue;
            var hangul = parts[1].Trim();
            if (hangul.Length is < 2 or > 4 || !hangul.All(c => c is >= '\uAC00' and <= '\uD7A3')) continue;
            var latinTokens = parts[0].Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            // Korean people written as Koreans write them: one Latin syllable per Hangul syllable. Chinese and Japanese
            // people read in Korean (Liu Dao = 유도) are translations; x, q, z, v, f mark them.
            if (latinTokens.Length != hangul.Length || !latinTokens.All(t => t.Length <= 7 && t.All(char.IsAsciiLetter))) continue;
            if (parts[0].ToLowerInvariant().IndexOfAny(['x', 'q', 'z', 'v', 'f']) >= 0) continue;
            people.Add((parts[0].Trim(), hangul));
        }
        var rng = new Random(Seed);
        var pairs = people.OrderBy(_ => rng.Next()).Take(500).Select(p => new Pair(p.Latin, p.Hangul, "Person", 1, "korean-hangul", "wd_korean")).ToList();
        var byFamily = people.GroupBy(p => p.Hangul[0]).Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.ToList());
        var negatives = 0;
        foreach (var (latin, hangul) in people.OrderBy(_ => rng.Next()))
        {
            if (negatives >= 500) break;
            var others = byFamily.GetValueOrDefault(hangul[0]);
            if (others is null) continue;
            var other = others[rng.Next(others.Count)];
            if (other.Hangul == hangul || other.Hangul[1..].Intersect(hangul[1..]).Any()) continue;
            pairs.Add(new Pair(latin, other.Hangul, "Person", 0, "korean-same-family", "wd_korean"));
            negatives++;
        }
        return pairs;
    }

    public static void Write(string path, string split, string what, IEnumerable<Pair> pairs)
    {
        var list = pairs.ToList();
        var sb = new StringBuilder();
        sb.Append("# split: ").Append(split).Append(split == EvalSplits.Test ? " (frozen: report it, never tune on it)" : " (rules, tables, weights and thresholds may be tuned on it)").Append('\n');
        sb.Append("# source: ").Append(what).Append('\n');
        sb.Append("# split by: list entities grouped by UN reference, passport and identical name, each group to dev or test by FNV-1a of its smallest id; wd_korean by FNV-1a of the line.\n");
        sb.Append("# rebuild: ").Append(Command).Append('\n');
        sb.Append("name1,name2,schema,label,category,source\n");
        foreach (var p in list)
            sb.Append(string.Join(',', new[] { p.Name1, p.Name2, p.Schema, p.Label.ToString(CultureInfo.InvariantCulture), p.Category, p.Source }.Select(Quote))).Append('\n');
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        Console.Error.WriteLine($"{path}: {list.Count:N0} pairs ({string.Join(", ", list.GroupBy(p => p.Category).Select(g => $"{g.Key} {g.Count()}"))})");
    }

    public static string Quote(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}

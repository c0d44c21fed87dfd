using System.Globalization;
using System.Text;
using Argus.Matching;
using Argus.Model;
using Argus.Names;

namespace Argus.Bench;

/// <summary>
/// Derives labelled name pairs from the shared data and writes them under tests/Argus.Tests/Data/eval:
/// the same person listed by several authorities (linked by the UN reference the UK cites, or by a
/// shared passport number), the lists' own original-script names, Korean people's names in Latin and
/// Hangul (Wikidata), spelling changes applied to list names (reordering, dropped middle names,
/// initials, typos, joined tokens, legal forms) and hard negatives (different listed entities that
/// share name parts, companies that differ by one word or number). Deterministic: same data, same file.
/// </summary>
public static class DeriveEvalTask
{
    private const int Seed = 20231013;

    private sealed record Pair(string Name1, string Name2, string Schema, int Label, string Category, string Source);

    public static int Run(string[] args)
    {
        var outDir = args.Length > 0 ? args[0] : Path.Combine(DeriveWeightsTask.RepoRoot(), "tests", "Argus.Tests", "Data", "eval");
        Directory.CreateDirectory(outDir);
        var entities = SharedLists.Load();
        var persons = entities.Where(e => e.Schema == EntitySchema.Person).ToList();

        Write(Path.Combine(outDir, "cross-list.csv"), Sample(CrossList(entities), 900, "cross-list"));
        Write(Path.Combine(outDir, "original-script.csv"), Sample(OriginalScript(entities), 400, "original-script"));
        Write(Path.Combine(outDir, "korean-wikidata.csv"), Korean(Path.Combine(SharedLists.DataDirectory(), "nlp", "wd_korean")));
        Write(Path.Combine(outDir, "list-variants.csv"), Variants(persons, entities));
        Write(Path.Combine(outDir, "list-negatives.csv"), Negatives(entities));
        return 0;
    }

    private static string Tokens(string name) => NameParser.Parse(name).Normalised;

    private static IEnumerable<Pair> CrossList(List<WatchlistEntity> entities)
    {
        var un = entities.Where(e => e.Dataset == Datasets.UnSc).ToDictionary(e => e.Reference, StringComparer.OrdinalIgnoreCase);
        var links = new List<(WatchlistEntity A, WatchlistEntity B, string How)>();
        foreach (var e in entities.Where(e => e.Extra.TryGetValue("unReference", out _)))
            foreach (var r in e.Extra["unReference"])
                if (un.TryGetValue(r, out var u) && u.Schema == e.Schema) links.Add((u, e, "UN reference " + r));
        // A passport number stated by two authorities for one person.
        var byPassport = new Dictionary<string, List<WatchlistEntity>>(StringComparer.Ordinal);
        foreach (var e in entities.Where(e => e.Schema == EntitySchema.Person))
            foreach (var id in e.Identifiers.Where(i => i.Type == IdentifierTypes.Passport))
            {
                var n = FactComparer.NormaliseIdentifier(id.Number);
                if (n.Length < 7 || !n.Any(char.IsAsciiDigit)) continue;
                if (!byPassport.TryGetValue(n, out var l)) byPassport[n] = l = [];
                if (!l.Contains(e)) l.Add(e);
            }
        foreach (var (number, list) in byPassport)
        {
            var datasets = list.Select(e => e.Dataset).Distinct().Count();
            if (list.Count > 4 || datasets < 2) continue;
            for (var i = 0; i < list.Count; i++)
                for (var j = i + 1; j < list.Count; j++)
                    if (list[i].Dataset != list[j].Dataset) links.Add((list[i], list[j], "passport " + number));
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (a, b, how) in links)
            foreach (var (query, entry) in new[] { (a, b), (b, a) })
            {
                // One authority's primary name against the other authority's entry: every name it lists, as a
                // screen compares them (joined by ";", which `argus pairs` reads as alternatives). The
                // entries' names must differ (else the pair tests nothing) and share a part, at least its
                // first two letters (else they are other names, not other spellings).
                var tq = Tokens(query.Caption);
                var names = entry.Names.Select(n => n.Full).Where(n => !n.Contains(';')).Distinct().ToList();
                if (names.Count == 0 || tq.Length == 0 || names.Any(n => Tokens(n) == tq) || !seen.Add(tq + "|" + entry.Id)) continue;
                var pq = tq.Split(' ').Where(t => t.Length >= 3).Select(t => t[..2]).ToHashSet();
                if (!names.Any(n => Tokens(n).Split(' ').Where(t => t.Length >= 3).Any(t => pq.Contains(t[..2])))) continue;
                yield return new Pair(query.Caption, string.Join(" ; ", names), query.Schema.FtmName(), 1, "cross-list", $"{query.Id} -> {entry.Id} ({how})");
            }
    }

    private static IEnumerable<Pair> OriginalScript(List<WatchlistEntity> entities)
    {
        // People only: an organisation's name in its own script is mostly a translation of the Latin one
        // ("Министерство финансов" / "Ministry of Finance"), which no spelling rule can or should link.
        foreach (var e in entities.Where(e => e.Schema == EntitySchema.Person))
        {
            var original = e.Names.FirstOrDefault(n => n.Kind == NameKind.OriginalScript && n.Full.Any(c => c > 0x24F));
            if (original is null) continue;
            var latin = e.Names.FirstOrDefault(n => n.Kind == NameKind.Primary)?.Full ?? e.Caption;
            yield return new Pair(original.Full, latin, e.Schema.FtmName(), 1, "original-script", e.Id);
        }
    }

    private static List<Pair> Korean(string path)
    {
        var people = new List<(string Latin, string Hangul)>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length != 2) continue;
            var hangul = parts[1].Trim();
            if (hangul.Length is < 2 or > 4 || !hangul.All(KoreanReadings.IsSyllable)) continue;
            var latinTokens = parts[0].Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (latinTokens.Length != hangul.Length || !latinTokens.All(t => t.Length <= 7 && t.All(char.IsAsciiLetter))) continue;
            // Letters and clusters no Korean romanisation writes mark Chinese names read in Korean (Cao Xiong = 조웅,
            // Liu Dao = 유도): Sino-Korean readings are translations, not spellings.
            if (parts[0].ToLowerInvariant().IndexOfAny(['x', 'q', 'z', 'v', 'f']) >= 0 || latinTokens.Any(IsPinyinOnly)) continue;
            people.Add((parts[0].Trim(), hangul));
        }
        var rng = new Random(Seed);
        var pairs = new List<Pair>();
        foreach (var (latin, hangul) in people.OrderBy(_ => rng.Next()).Take(500))
            pairs.Add(new Pair(latin, hangul, "Person", 1, "korean-hangul", "wd_korean"));
        // Hard negatives: two people with the same family name (first syllable) and no given-name syllable in common.
        var byFamily = people.GroupBy(p => p.Hangul[0]).Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.ToList());
        var negatives = new List<Pair>();
        foreach (var (latin, hangul) in people.OrderBy(_ => rng.Next()))
        {
            if (negatives.Count >= 500) break;
            var others = byFamily.GetValueOrDefault(hangul[0]);
            if (others is null) continue;
            var other = others[rng.Next(others.Count)];
            if (other.Hangul == hangul || other.Hangul[1..].Intersect(hangul[1..]).Any()) continue;
            negatives.Add(new Pair(latin, other.Hangul, "Person", 0, "korean-same-family", "wd_korean"));
        }
        pairs.AddRange(negatives);
        return pairs;
    }

    /// <summary>
    /// A syllable written in pinyin (or Wade–Giles) in a way no Korean romanisation (Revised, McCune–Reischauer,
    /// DPRK, customary) writes one: the vowel clusters ao, uo, ua, ia, iu, ie, ou, "eng" without o, initial c not before h.
    /// </summary>
    private static bool IsPinyinOnly(string token)
    {
        var t = token.ToLowerInvariant();
        if (t.StartsWith('c') && !t.StartsWith("ch", StringComparison.Ordinal)) return true;
        if (t.Contains("eng", StringComparison.Ordinal) && !t.Contains("eong", StringComparison.Ordinal)) return true;
        return PinyinClusters.Any(c => t.Contains(c, StringComparison.Ordinal));
    }

    private static readonly string[] PinyinClusters = ["ao", "uo", "ua", "ia", "iu", "ie", "ou"];

    private static List<Pair> Variants(List<WatchlistEntity> persons, List<WatchlistEntity> entities)
    {
        var rng = new Random(Seed);
        var pairs = new List<Pair>();
        var latinPersons = persons.Where(p => p.Caption.All(c => c < 0x250)).OrderBy(_ => rng.Next()).ToList();
        string[] Words(string s) => s.Replace(",", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        void Add(string a, string b, string category, WatchlistEntity e, int max)
        {
            if (pairs.Count(p => p.Category == category) >= max || Tokens(a) == Tokens(b)) return;
            pairs.Add(new Pair(a, b, e.Schema.FtmName(), 1, category, e.Id));
        }
        foreach (var p in latinPersons)
        {
            var w = Words(p.Caption);
            if (w.Length >= 2) Add(p.Caption, string.Join(' ', w.Skip(1).Append(w[0])), "reordered", p, 200);
            if (w.Length >= 3) Add(p.Caption, string.Join(' ', w.Where((_, i) => i != w.Length - 2)), "middle-name-missing", p, 200);
            if (w.Length >= 2 && w[0].Length > 2) Add(p.Caption, w[0][0] + ". " + string.Join(' ', w.Skip(1)), "initial", p, 200);
            var longest = w.Select((t, i) => (t, i)).Where(x => x.t.Length >= 7 && x.t.All(char.IsLetter)).OrderByDescending(x => x.t.Length).FirstOrDefault();
            if (longest.t is not null)
            {
                var chars = longest.t.ToCharArray();
                var k = 2 + rng.Next(chars.Length - 4);
                (chars[k], chars[k + 1]) = (chars[k + 1], chars[k]);
                var typo = (string[])w.Clone();
                typo[longest.i] = new string(chars);
                Add(p.Caption, string.Join(' ', typo), "typo", p, 200);
            }
            if (!p.Caption.Contains(',') && w.Length >= 3 && w[1].Length >= 3 && w[2].Length >= 3 && w[1].All(char.IsLetter) && w[2].All(char.IsLetter))
                Add(p.Caption, string.Join(' ', w.Take(1).Append(w[1] + w[2].ToLowerInvariant()).Concat(w.Skip(3))), "joined-split", p, 200);
        }
        // Legal forms: the same company with its legal form written another way, or left out.
        var swaps = new (string From, string To)[]
        {
            ("LLC", "Limited Liability Company"), ("LIMITED LIABILITY COMPANY", "LLC"), ("LTD", "Limited"), ("LIMITED", "Ltd."),
            ("CO., LTD.", "Company Limited"), ("JSC", "Joint Stock Company"), ("JOINT STOCK COMPANY", "JSC"), ("OOO", "LLC"),
            ("CORPORATION", "Corp."), ("CORP.", "Corporation"), ("INC.", "Incorporated"), ("GMBH", ""), ("S.A.", "SA"), ("PJSC", "Public Joint Stock Company"),
        };
        foreach (var e in entities.Where(e => e.Schema is EntitySchema.Organization or EntitySchema.Company).OrderBy(_ => rng.Next()))
        {
            if (pairs.Count(p => p.Category == "legal-form") >= 200) break;
            foreach (var (from, to) in swaps)
            {
                var at = e.Caption.IndexOf(from, StringComparison.OrdinalIgnoreCase);
                if (at < 0 || at + from.Length < e.Caption.Length - 1 && char.IsLetter(e.Caption[at + from.Length])) continue;
                if (at > 0 && char.IsLetter(e.Caption[at - 1])) continue;
                var changed = (e.Caption[..at] + to + e.Caption[(at + from.Length)..]).Trim().TrimEnd(',');
                Add(e.Caption, changed, "legal-form", e, 200);
                break;
            }
        }
        return pairs;
    }

    private static List<Pair> Negatives(List<WatchlistEntity> entities)
    {
        var rng = new Random(Seed);
        var pairs = new List<Pair>();
        foreach (var group in entities.GroupBy(e => e.Dataset))
        {
            var list = group.Where(e => e.Caption.All(c => c < 0x250)).ToList();
            // Index by each token to find different entities that share a name part.
            var byToken = new Dictionary<string, List<(WatchlistEntity E, string[] T)>>(StringComparer.Ordinal);
            foreach (var e in list)
            {
                var t = Tokens(e.Caption).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (var tok in t.Distinct())
                    if (tok.Length >= 2)
                    {
                        if (!byToken.TryGetValue(tok, out var l)) byToken[tok] = l = [];
                        l.Add((e, t));
                    }
            }
            foreach (var (token, holders) in byToken.OrderBy(_ => rng.Next()))
            {
                if (holders.Count < 2) continue;
                for (var k = 0; k < 3; k++)
                {
                    var a = holders[rng.Next(holders.Count)];
                    var b = holders[rng.Next(holders.Count)];
                    if (a.E == b.E || a.E.Schema != b.E.Schema || a.T.Length < 2 || b.T.Length < 2) continue;
                    var onlyA = a.T.Except(b.T).ToArray();
                    var onlyB = b.T.Except(a.T).ToArray();
                    if (onlyA.Length == 0 || onlyB.Length == 0) continue;
                    // Different people, not different spellings: every unshared part differs clearly from every other.
                    if (onlyA.Any(x => onlyB.Any(y => Similar(x, y)))) continue;
                    var shared = a.T.Intersect(b.T).Count();
                    string category;
                    if (a.E.Schema == EntitySchema.Person)
                        category = shared >= 2 ? "person-shares-two-parts" : "person-shares-a-part";
                    else if (onlyA.Length == 1 && onlyB.Length == 1)
                        category = onlyA[0].All(char.IsAsciiDigit) || onlyB[0].All(char.IsAsciiDigit) ? "company-differs-by-number" : "company-differs-by-one-word";
                    else
                        category = "company-shares-a-part";
                    if (pairs.Count(p => p.Category == category) >= 300) continue;
                    if (pairs.Any(p => p.Name1 == a.E.Caption && p.Name2 == b.E.Caption)) continue;
                    pairs.Add(new Pair(a.E.Caption, b.E.Caption, a.E.Schema.FtmName(), 0, category, $"{a.E.Id} / {b.E.Id} (shared '{token}')"));
                }
            }
        }
        return pairs;
    }

    // Independent of the matcher: a plain edit ratio and a shared four-letter start.
    private static bool Similar(string x, string y)
    {
        if (x.Length >= 4 && y.Length >= 4 && x[..4] == y[..4]) return true;
        var d = StringDistance.Damerau(x, y, Math.Max(x.Length, y.Length));
        return d <= Math.Max(1, Math.Max(x.Length, y.Length) / 3);
    }

    private static List<Pair> Sample(IEnumerable<Pair> pairs, int max, string what)
    {
        var all = pairs.ToList();
        var rng = new Random(Seed);
        var sample = all.Count <= max ? all : all.OrderBy(_ => rng.Next()).Take(max).ToList();
        Console.Error.WriteLine($"  {what}: {all.Count:N0} pairs found, {sample.Count:N0} kept");
        return sample;
    }

    private static void Write(string path, List<Pair> pairs)
    {
        var sb = new StringBuilder("name1,name2,schema,label,category,source\n");
        foreach (var p in pairs)
            sb.Append(string.Join(',', new[] { p.Name1, p.Name2, p.Schema, p.Label.ToString(CultureInfo.InvariantCulture), p.Category, p.Source }.Select(Quote))).Append('\n');
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        Console.Error.WriteLine($"{path}: {pairs.Count:N0} pairs ({string.Join(", ", pairs.GroupBy(p => p.Category).Select(g => $"{g.Key} {g.Count()}"))})");
    }

    private static string Quote(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}

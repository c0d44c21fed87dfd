using System.Text;
using Argus.Model;

namespace Argus.Bench.Evaluation;

/// <summary>
/// Writes the labelled screening queries of one half (dev, to tune ranking on; test, frozen): list entities of that half, each changed as a customer
/// file or another authority may write it (a kind of <see cref="SpellingVariants"/>, a national
/// romanisation of its Cyrillic original, or its original script), with every entity of its group as
/// an accepted answer; and innocent names (common names, and people of the test half of wd_korean)
/// that no list holds, whose answer is none. The dev file leaves out the test file's innocents.
/// </summary>
public static class ScreeningQuerySet
{
    /// <summary>How many listed and innocent queries each half has: dev is larger, to tune ranking on.</summary>
    public static (int Listed, int Innocent) Size(string split) => split == EvalSplits.Test ? (150, 50) : (300, 100);

    private static readonly string[] CommonGiven = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Susan", "Thomas", "Karen", "Daniel", "Emma", "Lukas", "Sofia", "Jan", "Anna", "Pierre", "Camille", "Giulia", "Marco", "Lucia", "Pablo", "Carmen", "Olivia", "Noah", "Hiroshi", "Yuki", "Priya", "Rahul", "Chloe", "Oscar", "Elin", "Mateo", "Zoe"];
    private static readonly string[] CommonFamily = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Anderson", "Thompson", "Moore", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Dubois", "Lefebvre", "Moreau", "Rossi", "Bianchi", "Ferrari", "Nowak", "Kowalczyk", "Jansen", "de Vries", "Svensson", "Tanaka", "Suzuki", "Sharma", "Patel", "Murphy", "O'Brien", "Novak", "Horvat"];

    /// <summary>Writes the queries of <paramref name="split"/>; returns its common-name innocents, so that another half can leave them out.</summary>
    public static IReadOnlyList<string> Write(string path, List<WatchlistEntity> entities, EvalSplits splits, string split, Random rng, IReadOnlyCollection<string> leaveOut)
    {
        var (listed, innocent) = Size(split);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var listedWords = entities.SelectMany(e => e.Names).Select(n => EvalSplits.Normalise(n.Full).Split(' ').ToHashSet()).ToList();
        var rows = new List<string>();
        var test = entities.Where(e => splits.SplitOf(e) == split && e.Caption.All(c => c < 0x250 || !char.IsLetter(c))).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var order = test.OrderBy(_ => rng.Next()).ToList();
        var kinds = SpellingVariants.Kinds;
        var groups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in order)
        {
            if (rows.Count >= listed) break;
            if (e.Schema is not (EntitySchema.Person or EntitySchema.Organization or EntitySchema.Company) || !groups.Add(splits.Group(e))) continue;
            var expected = splits.Members(e).Select(m => m.Id).Order(StringComparer.Ordinal).ToList();
            var un = splits.Members(e).SelectMany(m => m.Dataset == Datasets.UnSc ? [m.Reference] : m.Extra.GetValueOrDefault("unReference") ?? []).Distinct().ToList();
            var cyrillic = e.Names.FirstOrDefault(n => n.Kind == NameKind.OriginalScript && n.Full.Any(c => c is >= '\u0400' and <= '\u04FF'));
            string? query = null, category = null;
            if (rows.Count % 10 == 0 && cyrillic is not null && e.Schema == EntitySchema.Person)
            {
                var system = CyrillicRomanisation.Systems[1 + rng.Next(CyrillicRomanisation.Systems.Length - 1)];
                (query, category) = (CyrillicRomanisation.Romanise(cyrillic.Full, system), "romanisation-cyrillic-" + system);
            }
            else if (rows.Count % 10 == 5 && e.Names.FirstOrDefault(n => n.Kind == NameKind.OriginalScript) is { } original)
                (query, category) = (original.Full, "original-script");
            else
            {
                var fitting = kinds.Where(k => k.ForPeople == (e.Schema == EntitySchema.Person)).ToArray();
                for (var tries = 0; tries < 8 && query is null; tries++)
                {
                    var kind = fitting[rng.Next(fitting.Length)];
                    var v = kind.Make(e.Caption, rng);
                    if (v is not null && EvalSplits.Normalise(v) != EvalSplits.Normalise(e.Caption)) (query, category) = (v, kind.Category);
                }
            }
            if (query is null) continue;
            rows.Add(Row(query, e.Schema.FtmName(), string.Join(' ', expected), string.Join(' ', un), category!, e.Id));
        }
        // Innocents: no list name holds all their words.
        bool OnAList(string name) { var w = EvalSplits.Normalise(name).Split(' '); return listedWords.Any(l => w.All(l.Contains)); }
        var innocents = 0;
        var innocentNames = new List<string>();
        while (innocents < innocent / 2)
        {
            var name = CommonGiven[rng.Next(CommonGiven.Length)] + " " + CommonFamily[rng.Next(CommonFamily.Length)];
            if (OnAList(name) || leaveOut.Contains(name) || rows.Any(r => r.StartsWith(name + ",", StringComparison.Ordinal))) continue;
            rows.Add(Row(name, "Person", "", "", "innocent-common-name", "common given and family names"));
            innocentNames.Add(name);
            innocents++;
        }
        foreach (var line in File.ReadLines(Path.Combine(SharedLists.DataDirectory(), "nlp", "wd_korean")).OrderBy(l => l, StringComparer.Ordinal).Where(l => EvalSplits.Of("wd_korean:" + l) == split).OrderBy(_ => rng.Next()))
        {
            if (innocents >= innocent) break;
            var latin = line.Split('\t')[0].Trim();
            if (latin.Split(' ').Length < 2 || latin.Any(c => c is '(' or ',') || OnAList(latin)) continue;
            rows.Add(Row(latin, "Person", "", "", "innocent-wikidata-person", $"wd_korean ({split} half)"));
            innocents++;
        }
        var sb = new StringBuilder();
        sb.Append(split == EvalSplits.Test ? "# split: test (frozen: report it, never tune on it)\n" : "# split: dev (ranking may be tuned on it)\n");
        sb.Append($"# source: {listed} listed entities of the {split} half of the lists, each changed by one kind of the screening-validation taxonomy, a national romanisation of its Cyrillic original, or its original script; expected: every entity of its group (linked by UN reference, passport or identical name) and its UN reference. {innocent} innocents: common given and family names, and people of the {split} half of wd_korean (Wikidata, CC0), that no list name holds all words of{(split == EvalSplits.Test ? "" : ", none of them a test query")}; expected: none.\n");
        sb.Append("# rebuild: ").Append(DeriveEvalTask.Command).Append('\n');
        sb.Append("query,schema,expected,un_reference,category,source\n");
        foreach (var r in rows) sb.Append(r).Append('\n');
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        Console.Error.WriteLine($"{path}: {rows.Count} queries");
        return innocentNames;
    }

    private static string Row(params string[] cells) => string.Join(',', cells.Select(DeriveEvalTask.Quote));
}

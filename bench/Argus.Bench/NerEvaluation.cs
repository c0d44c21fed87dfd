using System.Globalization;
using System.Text;
using Argus.Text;

namespace Argus.Bench;

/// <summary>
/// `ner-eval [FILE]`: the recogniser's exact-span precision, recall and F1 per type (PER, ORG, LOC) on a
/// CoNLL file with IO or IOB tags (default ../shared/data/nlp/wikigold.conll.txt). MISC is not scored:
/// the recogniser has no such type. The documents are rebuilt as plain text (no space before closing
/// punctuation or "'s") and scanned as a user's text would be.
/// </summary>
public static class NerEvaluation
{
    private static readonly string[] Types = ["PER", "ORG", "LOC"];

    public static int Run(string[] args)
    {
        // `ner-eval --show "TEXT"`: the mentions the recogniser finds in one text, to study a rule.
        if (args.Length == 2 && args[0] == "--show")
        {
            foreach (var m in new MentionRecognizer().Recognize(TextDocument.Parse(args[1])))
                Console.WriteLine($"{m.Type,-13} {m.Cue,-28} {m.Text}");
            return 0;
        }
        var path = args.Length > 0 ? args[0] : FindShared("nlp", "wikigold.conll.txt");
        if (path is null || !File.Exists(path))
        {
            Console.Error.WriteLine("ner-eval: no CoNLL file (give a path, or put ../shared/data/nlp/wikigold.conll.txt beside the repository)");
            return 1;
        }
        // ARGUS_NER_ERRORS=FILE lists every missed and every false span, to study the recogniser's mistakes.
        var errorsPath = Environment.GetEnvironmentVariable("ARGUS_NER_ERRORS");
        using var errors = string.IsNullOrWhiteSpace(errorsPath) ? null : new StreamWriter(errorsPath);
        var result = Evaluate(File.ReadLines(path), errors);
        Console.WriteLine($"{Path.GetFileName(path)}: {result.Documents} documents, exact-span match");
        Console.WriteLine("type   gold  found  right  precision  recall  F1");
        foreach (var t in Types.Append("ALL"))
        {
            var (g, f, r) = result.Counts[t];
            var p = f == 0 ? 0 : (double)r / f;
            var rc = g == 0 ? 0 : (double)r / g;
            var f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t,-5} {g,5} {f,6} {r,6} {p,10:0.000} {rc,7:0.000} {f1,5:0.000}"));
        }
        return 0;
    }

    /// <summary>The documents of a CoNLL file rebuilt as plain text (for throughput runs over varied prose).</summary>
    public static IEnumerable<string> Texts(string path) => Documents(File.ReadLines(path)).Select(d => Rebuild(d).Text);

    public sealed record Result(int Documents, Dictionary<string, (int Gold, int Found, int Right)> Counts);

    public static Result Evaluate(IEnumerable<string> lines, TextWriter? errors = null)
    {
        var counts = Types.Append("ALL").ToDictionary(t => t, _ => (0, 0, 0));
        var recognizer = new MentionRecognizer();
        var docs = 0;
        foreach (var doc in Documents(lines))
        {
            docs++;
            var (text, gold) = Rebuild(doc);
            var parsed = TextDocument.Parse(text);
            var found = new HashSet<(int, int, string)>();
            var cues = new Dictionary<(int, int), string>();
            foreach (var m in recognizer.Recognize(parsed))
            {
                cues.TryAdd((m.Start, m.End), m.Cue);
                if (errors is not null && m.Type == MentionType.Other)
                {
                    var g = gold.FirstOrDefault(x => x.Item1 == m.Start && x.Item2 == m.End);
                    errors.WriteLine($"OTHER {(g == default ? "-" : g.Item3)} {m.EndToken - m.FirstToken} {m.Text}");
                }
                var type = m.Type switch { MentionType.Person => "PER", MentionType.Organization => "ORG", MentionType.Location => "LOC", _ => null };
                if (type is not null) found.Add((m.Start, m.End, type));
            }
            if (errors is not null)
            {
                var all = found.ToHashSet();
                foreach (var x in gold.Where(x => !all.Contains(x))) errors.WriteLine($"MISS {x.Item3} {text[x.Item1..x.Item2]}");
                var right = found.Intersect(gold).ToList();
                foreach (var x in right) errors.WriteLine($"RIGHT {x.Item3} [{cues.GetValueOrDefault((x.Item1, x.Item2))}] {text[x.Item1..x.Item2]}");
                var golds = gold.ToHashSet();
                foreach (var x in found.Where(x => !golds.Contains(x)))
                {
                    var sameSpan = gold.FirstOrDefault(g => g.Item1 == x.Item1 && g.Item2 == x.Item2);
                    errors.WriteLine($"FALSE {x.Item3} [{cues.GetValueOrDefault((x.Item1, x.Item2))}] {text[x.Item1..x.Item2]}" + (sameSpan != default ? $" (gold {sameSpan.Item3})" : ""));
                }
            }
            foreach (var t in Types)
            {
                var g = gold.Where(x => x.Item3 == t).ToHashSet();
                var f = found.Where(x => x.Item3 == t).ToHashSet();
                var r = g.Intersect(f).Count();
                var c = counts[t];
                counts[t] = (c.Item1 + g.Count, c.Item2 + f.Count, c.Item3 + r);
                var a = counts["ALL"];
                counts["ALL"] = (a.Item1 + g.Count, a.Item2 + f.Count, a.Item3 + r);
            }
        }
        return new Result(docs, counts);
    }

    private static IEnumerable<List<List<(string Token, string Tag)>>> Documents(IEnumerable<string> lines)
    {
        var doc = new List<List<(string, string)>>();
        var sentence = new List<(string, string)>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                if (sentence.Count > 0) doc.Add(sentence);
                sentence = [];
                continue;
            }
            var cut = line.LastIndexOfAny([' ', '\t']);
            if (cut <= 0) continue;
            var token = line[..cut].Trim();
            var tag = line[(cut + 1)..];
            if (token == "-DOCSTART-")
            {
                if (sentence.Count > 0) doc.Add(sentence);
                sentence = [];
                if (doc.Count > 0) yield return doc;
                doc = [];
                continue;
            }
            sentence.Add((token, tag));
        }
        if (sentence.Count > 0) doc.Add(sentence);
        if (doc.Count > 0) yield return doc;
    }

    private static (string Text, List<(int, int, string)> Gold) Rebuild(List<List<(string Token, string Tag)>> doc)
    {
        var sb = new StringBuilder();
        var gold = new List<(int, int, string)>();
        foreach (var sentence in doc)
        {
            if (sb.Length > 0) sb.Append('\n');
            var lineStart = sb.Length;
            string? open = null;
            int openStart = 0, lastEnd = 0;
            var quoteOpen = false;
            for (var i = 0; i < sentence.Count; i++)
            {
                var (tok, tag) = sentence[i];
                var glue = i == 0 || tok is "," or "." or ";" or ":" or ")" or "]" or "!" or "?" or "'s" or "'" or "%" or "n't"
                    || (i > 0 && sentence[i - 1].Token is "(" or "[" or "$")
                    || (tok == "\"" && quoteOpen) || (i > 0 && sentence[i - 1].Token == "\"" && quoteOpen);
                if (tok == "\"") quoteOpen = !quoteOpen;
                if (!glue && sb.Length > lineStart) sb.Append(' ');
                var start = sb.Length;
                sb.Append(tok);
                var type = tag.Length > 2 ? tag[2..] : null;
                var begins = tag.StartsWith("B-", StringComparison.Ordinal);
                if (open is not null && (type != open || begins))
                {
                    if (Types.Contains(open)) gold.Add((openStart, lastEnd, open));
                    open = null;
                }
                if (type is not null && open is null)
                {
                    open = type;
                    openStart = start;
                }
                lastEnd = sb.Length;
            }
            if (open is not null && Types.Contains(open)) gold.Add((openStart, lastEnd, open));
        }
        return (sb.ToString(), gold);
    }

    /// <summary>A file under ../shared/data beside the repository, found from the working directory upwards.</summary>
    public static string? FindShared(params string[] parts)
    {
        var env = Environment.GetEnvironmentVariable("ARGUS_SHARED");
        if (!string.IsNullOrWhiteSpace(env)) return Path.Combine([env, "data", .. parts]);
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, "..", "shared", "data", .. parts]);
            if (File.Exists(candidate)) return Path.GetFullPath(candidate);
            candidate = Path.Combine([dir.FullName, "shared", "data", .. parts]);
            if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }
}

using Argus.Model;
using Sylvan.Data.Csv;

namespace Argus.Matching;

/// <summary>One labelled pair of names: the same subject (label true) or not.</summary>
public sealed record LabelledPair(string Name1, string Name2, EntitySchema Schema, bool Same, string Category, string Source, string File);

/// <summary>Counts and figures of one category (or of all pairs).</summary>
public sealed record EvaluationFigures(string Category, int Pairs, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    /// <summary>Share of pairs decided right (the only figure for categories that hold negatives alone).</summary>
    public double Accuracy => Pairs == 0 ? 1 : (double)(TruePositives + TrueNegatives) / Pairs;
}

/// <summary>The outcome of scoring every labelled pair at one threshold.</summary>
public sealed record EvaluationReport(double Threshold, EvaluationFigures Overall, IReadOnlyList<EvaluationFigures> ByCategory, IReadOnlyList<(LabelledPair Pair, double Score)> Errors);

/// <summary>
/// The labelled evaluation set (CSV files with columns name1, name2, schema, label, category, source)
/// and its scoring: precision, recall and F1 by category and overall.
/// </summary>
public static class PairEvaluation
{
    /// <summary>Reads every *.csv of a folder; a bad row is an error naming the file and line.</summary>
    public static IReadOnlyList<LabelledPair> Load(string directory)
    {
        var pairs = new List<LabelledPair>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.csv").Order(StringComparer.Ordinal))
        {
            var (header, body) = LabelledFile.Read(file);
            using var reader = CsvDataReader.Create(new StringReader(body), new CsvDataReaderOptions { HasHeaders = true });
            int Col(string name) => reader.GetOrdinal(name);
            int n1, n2, schema, label, category, source;
            try { (n1, n2, schema, label, category, source) = (Col("name1"), Col("name2"), Col("schema"), Col("label"), Col("category"), Col("source")); }
            catch (IndexOutOfRangeException) { throw new FormatException($"{file}: line {header.Count + 1}: needs columns name1, name2, schema, label, category, source"); }
            var line = header.Count + 1;
            while (reader.Read())
            {
                line++;
                var s = EntitySchema.Thing;
                var schemaText = reader.GetString(schema);
                if (schemaText.Length > 0 && !EntitySchemas.TryParse(schemaText, out s)) throw new FormatException($"{file}: line {line}: unknown schema '{schemaText}'");
                var l = reader.GetString(label);
                if (l is not ("0" or "1")) throw new FormatException($"{file}: line {line}: label must be 0 or 1, not '{l}'");
                pairs.Add(new LabelledPair(reader.GetString(n1), reader.GetString(n2), s, l == "1", reader.GetString(category), reader.GetString(source), Path.GetFileName(file)));
            }
        }
        return pairs;
    }

    /// <summary>Scores every pair once.</summary>
    public static double[] Score(IReadOnlyList<LabelledPair> pairs, PairScorer scorer)
    {
        var scores = new double[pairs.Count];
        Parallel.For(0, pairs.Count, i => scores[i] = scorer.Score(pairs[i].Name1, pairs[i].Name2, pairs[i].Schema).Score);
        return scores;
    }

    /// <summary>Figures at <paramref name="threshold"/>, from scores computed once by <see cref="Score"/>.</summary>
    public static EvaluationReport Evaluate(IReadOnlyList<LabelledPair> pairs, double[] scores, double threshold)
    {
        var byCategory = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var all = new int[4];
        var errors = new List<(LabelledPair, double)>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var p = pairs[i];
            var said = scores[i] >= threshold;
            var cell = p.Same ? (said ? 0 : 2) : (said ? 1 : 3);
            if (!byCategory.TryGetValue(p.Category, out var c)) byCategory[p.Category] = c = new int[4];
            c[cell]++;
            all[cell]++;
            if (cell is 1 or 2) errors.Add((p, scores[i]));
        }
        static EvaluationFigures Figures(string name, int[] c) => new(name, c.Sum(), c[0], c[1], c[2], c[3]);
        return new EvaluationReport(threshold, Figures("overall", all), byCategory.Select(kv => Figures(kv.Key, kv.Value)).ToArray(), errors);
    }

    /// <summary>The threshold (on a 0.01 grid) with the best overall F1; ties go to the lower threshold, recall first.</summary>
    public static double BestThreshold(IReadOnlyList<LabelledPair> pairs, double[] scores, double from = 0.5, double to = 0.99)
    {
        var best = (T: from, F1: -1.0);
        for (var t = from; t <= to + 1e-9; t += 0.01)
        {
            var f1 = Evaluate(pairs, scores, Math.Round(t, 2)).Overall.F1;
            if (f1 > best.F1 + 1e-12) best = (Math.Round(t, 2), f1);
        }
        return best.T;
    }
}

using System.Globalization;
using Argus.Matching;

namespace Argus.Bench;

/// <summary>
/// `eval [--threshold T] [--errors N] [--split dev|test] [--no-screen]`: precision, recall and F1 by
/// category on each split at the threshold (the default, chosen on dev), the threshold with the best F1
/// on dev and what it gives on test, and the screening queries against all shared lists.
/// </summary>
public static class EvalTask
{
    public static string EvalDirectory => Path.Combine(DeriveWeightsTask.RepoRoot(), "tests", "Argus.Tests", "Data", "eval");

    public static int Run(string[] args)
    {
        var threshold = ScoreCalibration.DefaultThreshold;
        var showErrors = 0;
        var screen = true;
        var only = (string?)null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--threshold") threshold = double.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--errors") showErrors = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--split") only = args[++i];
            else if (args[i] == "--no-screen") screen = false;
        }
        var scored = new Dictionary<string, (IReadOnlyList<LabelledPair> Pairs, double[] Scores)>();
        foreach (var split in new[] { "dev", "test" })
        {
            var pairs = PairEvaluation.Load(Path.Combine(EvalDirectory, split));
            scored[split] = (pairs, PairEvaluation.Score(pairs, PairScorer.Default));
        }
        var devBest = PairEvaluation.BestThreshold(scored["dev"].Pairs, scored["dev"].Scores);
        foreach (var (split, (pairs, scores)) in scored)
        {
            if (only is not null && only != split) continue;
            var report = PairEvaluation.Evaluate(pairs, scores, threshold);
            Console.WriteLine($"## {split}: {pairs.Count:N0} pairs ({pairs.Count(p => p.Same):N0} same, {pairs.Count(p => !p.Same):N0} different), threshold {F(threshold, "0.00")}");
            Console.WriteLine();
            Console.WriteLine("| category | n | TP | FP | FN | TN | precision | recall | F1 |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var f in report.ByCategory.Append(report.Overall)) Console.WriteLine(Row(f));
            var atDevBest = PairEvaluation.Evaluate(pairs, scores, devBest).Overall;
            Console.WriteLine();
            Console.WriteLine($"At the threshold with the best F1 on dev ({F(devBest, "0.00")}): precision {F(atDevBest.Precision)} recall {F(atDevBest.Recall)} F1 {F(atDevBest.F1)} (n {atDevBest.Pairs:N0})");
            Console.WriteLine();
            foreach (var (p, s) in report.Errors.OrderBy(e => e.Pair.Category, StringComparer.Ordinal).Take(showErrors))
                Console.WriteLine($"  {(p.Same ? "missed" : "false ")} {F(s)} [{p.Category}] {p.Name1} | {p.Name2}   ({p.Source})");
        }
        if (screen) Screening(threshold);
        return 0;
    }

    private static void Screening(double threshold)
    {
        var queries = ScreeningQueryEvaluation.Load(Path.Combine(EvalDirectory, "screening", "queries.csv"));
        var index = ScreeningIndex.Build(SharedLists.Load(quiet: true));
        var (byCategory, overall) = ScreeningQueryEvaluation.Evaluate(queries, index, threshold);
        Console.WriteLine($"## screening queries (test): {queries.Count} against {index.Entities.Count:N0} entities of all lists, threshold {F(threshold, "0.00")}");
        Console.WriteLine();
        Console.WriteLine("| category | listed n | top-1 | top-3 | candidate recall | innocents n | innocents alerted |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var f in byCategory.Append(overall))
            Console.WriteLine($"| {f.Category} | {f.Listed} | {F(f.Top1Share)} | {F(f.Top3Share)} | {F(f.CandidateRecall)} | {f.Innocents} | {f.InnocentAlerts} |");
    }

    private static string F(double v, string format = "0.000") => v.ToString(format, CultureInfo.InvariantCulture);

    private static string Row(EvaluationFigures f) => string.Create(CultureInfo.InvariantCulture,
        $"| {f.Category} | {f.Pairs} | {f.TruePositives} | {f.FalsePositives} | {f.FalseNegatives} | {f.TrueNegatives} | {(f.TruePositives + f.FalsePositives == 0 ? "–" : F(f.Precision))} | {(f.TruePositives + f.FalseNegatives == 0 ? "–" : F(f.Recall))} | {(f.TruePositives == 0 ? "–" : F(f.F1))} |");
}

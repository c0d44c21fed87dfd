using System.Globalization;
using Argus.Linking;
using Argus.Matching;

namespace Argus.Bench;

/// <summary>
/// `eval [--threshold T] [--errors N] [--split dev|test] [--no-screen] [--screen-errors N]`: precision,
/// recall and F1 by category on each split at the threshold (the default, chosen on dev), the threshold
/// with the best F1 on dev and what it gives on test, and the screening queries of each split against all
/// shared lists (with `--screen-errors`, the dev queries whose subject is not in the top three, and why).
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
        var screenErrors = 0;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--threshold") threshold = double.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--errors") showErrors = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--split") only = args[++i];
            else if (args[i] == "--no-screen") screen = false;
            else if (args[i] == "--screen-errors") screenErrors = int.Parse(args[++i], CultureInfo.InvariantCulture);
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
        if (!screen) return 0;
        // Screened as the product screens: one result per target (the entries of all lists that name one subject).
        var entities = SharedLists.Load(quiet: true);
        var index = new TargetScreener(ScreeningIndex.Build(entities), LinkSet.Build(entities));
        foreach (var split in new[] { "dev", "test" })
            if (only is null || only == split) Screening(index, split, threshold, split == "dev" ? screenErrors : 0);
        return 0;
    }

    private static void Screening(TargetScreener index, string split, double threshold, int showErrors)
    {
        Screening(index, split, split + ".csv", threshold, showErrors);
        // Names of listed people as other scripts' press writes them, by hand.
        Screening(index, split, split + "-scripts.csv", threshold, showErrors);
    }

    private static void Screening(TargetScreener index, string split, string file, double threshold, int showErrors)
    {
        var queries = ScreeningQueryEvaluation.Load(Path.Combine(EvalDirectory, "screening", file));
        var (byCategory, overall) = ScreeningQueryEvaluation.Evaluate(queries, index, threshold);
        Console.WriteLine($"## screening queries ({split}, {file}): {queries.Count} against {index.Links.Targets.Count:N0} targets of all lists, threshold {F(threshold, "0.00")}");
        Console.WriteLine();
        Console.WriteLine("| category | listed n | top-1 | top-3 | candidate recall | innocents n | innocents alerted |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var f in byCategory.Append(overall))
            Console.WriteLine($"| {f.Category} | {f.Listed} | {F(f.Top1Share)} | {F(f.Top3Share)} | {F(f.CandidateRecall)} | {f.Innocents} | {f.InnocentAlerts} |");
        Console.WriteLine();
        foreach (var q in queries)
        {
            if (showErrors <= 0) break;
            var query = ScreeningQuery.ForName(q.Query, q.Schema);
            // Judged as the figures judge it (a customer screen's ranked matches); shown among all candidates.
            var matches = index.Screen(query, new ScreeningOptions { Threshold = threshold, Limit = 10 }).Where(r => r.Score >= threshold).ToList();
            var all = index.Screen(query, new ScreeningOptions { Threshold = threshold, Limit = 50, MinScore = 0, Candidates = 150 });
            var rank = all.ToList().FindIndex(q.Expects);
            if (q.Innocent ? matches.Count == 0 : matches.Take(3).Any(q.Expects)) continue;
            showErrors--;
            var screened = matches.FindIndex(q.Expects) is var at and >= 0 ? $"match {at + 1}" : "not among the matches";
            var expected = q.Innocent ? "none" : rank < 0 ? "not a candidate" : $"{screened}; rank {rank + 1} of all {F(all[rank].Score)} {Named(all[rank])}";
            Console.WriteLine($"  [{q.Category}] {q.Query}: expected {expected}");
            foreach (var r in all.Take(3)) Console.WriteLine($"      {F(r.Score)} {r.Entity.Id} {Named(r)}");
        }
    }

    private static string Named(ScreeningResult r) => $"'{r.Explanation.MatchedName}' of {r.Entity.Caption}";

    private static string F(double v, string format = "0.000") => v.ToString(format, CultureInfo.InvariantCulture);

    private static string Row(EvaluationFigures f) => string.Create(CultureInfo.InvariantCulture,
        $"| {f.Category} | {f.Pairs} | {f.TruePositives} | {f.FalsePositives} | {f.FalseNegatives} | {f.TrueNegatives} | {(f.TruePositives + f.FalsePositives == 0 ? "–" : F(f.Precision))} | {(f.TruePositives + f.FalseNegatives == 0 ? "–" : F(f.Recall))} | {(f.TruePositives == 0 ? "–" : F(f.F1))} |");
}

using System.Globalization;
using Argus.Matching;

namespace Argus.Bench;

/// <summary>`eval [--threshold T] [--errors N] [--sweep]`: precision, recall and F1 at the default threshold, by category.</summary>
public static class EvalTask
{
    public static string EvalDirectory => Path.Combine(DeriveWeightsTask.RepoRoot(), "tests", "Argus.Tests", "Data", "eval");

    public static int Run(string[] args)
    {
        var threshold = ScoreCalibration.DefaultThreshold;
        var showErrors = 0;
        var sweep = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--threshold") threshold = double.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--errors") showErrors = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--sweep") sweep = true;
        }
        var pairs = PairEvaluation.Load(EvalDirectory);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var scores = PairEvaluation.Score(pairs, PairScorer.Default);
        var report = PairEvaluation.Evaluate(pairs, scores, threshold);
        Console.WriteLine($"{pairs.Count:N0} labelled pairs ({pairs.Count(p => p.Same):N0} same, {pairs.Count(p => !p.Same):N0} different) scored in {sw.ElapsedMilliseconds:N0} ms; threshold {threshold.ToString("0.00", CultureInfo.InvariantCulture)}");
        Console.WriteLine();
        Console.WriteLine($"| {"category",-28} | {"pairs",5} | {"TP",4} | {"FP",4} | {"FN",4} | {"TN",4} | {"precision",9} | {"recall",6} | {"F1",5} | {"accuracy",8} |");
        Console.WriteLine($"|{new string('-', 30)}|{new string('-', 7)}|{new string('-', 6)}|{new string('-', 6)}|{new string('-', 6)}|{new string('-', 6)}|{new string('-', 11)}|{new string('-', 8)}|{new string('-', 7)}|{new string('-', 10)}|");
        foreach (var f in report.ByCategory.Append(report.Overall)) Console.WriteLine(Row(f));
        if (sweep)
        {
            Console.WriteLine();
            for (var t = 0.6; t <= 0.951; t += 0.01)
            {
                var r = PairEvaluation.Evaluate(pairs, scores, t);
                Console.WriteLine($"threshold {t:0.00}: precision {r.Overall.Precision:0.0000} recall {r.Overall.Recall:0.0000} F1 {r.Overall.F1:0.0000}");
            }
            Console.WriteLine($"best F1 at {PairEvaluation.BestThreshold(pairs, scores):0.00}");
        }
        foreach (var (p, s) in report.Errors.OrderBy(e => e.Pair.Category).Take(showErrors))
            Console.WriteLine($"  {(p.Same ? "missed" : "false ")} {s:0.000} [{p.Category}] {p.Name1} | {p.Name2}   ({p.Source})");
        return 0;
    }

    private static string Row(EvaluationFigures f) => string.Create(CultureInfo.InvariantCulture,
        $"| {f.Category,-28} | {f.Pairs,5} | {f.TruePositives,4} | {f.FalsePositives,4} | {f.FalseNegatives,4} | {f.TrueNegatives,4} | {f.Precision,9:0.000} | {f.Recall,6:0.000} | {f.F1,5:0.000} | {f.Accuracy,8:0.000} |");
}

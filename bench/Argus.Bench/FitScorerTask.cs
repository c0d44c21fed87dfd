using System.Globalization;
using System.Text;
using Argus.Matching;
using Argus.Names;

namespace Argus.Bench;

/// <summary>
/// `fit-scorer [--lambda L]`: fits the name score model (logistic regression over <see cref="NameFeature"/>)
/// on the dev split only, picks the threshold with the best F1 on dev, and writes
/// src/Argus/Matching/Resources/name-score-model.tsv. The test split is never read.
/// </summary>
public static class FitScorerTask
{
    private const int Rounds = 4;

    // Signs the weights must keep, so that the score is monotonic in the evidence: a better coverage never
    // lowers it, and a weaker rule, a part left over or a contradiction never raises it, whatever the
    // dev data happen to correlate (its typo pairs are nearly all positives). 0 leaves a context feature free.
    private static int Sign(NameFeature f) => f switch
    {
        NameFeature.QueryCovered or NameFeature.CandidateCovered or NameFeature.BothCovered or NameFeature.OnlyLastPartsDiffer or NameFeature.NumberAgrees => 1,
        NameFeature.Bias or NameFeature.QuerySinglePart or NameFeature.CandidateSinglePart or NameFeature.Organisation or NameFeature.OtherScript => 0,
        _ => -1,
    };

    public static int Run(string[] args)
    {
        var lambda = 1.0;
        for (var i = 0; i < args.Length; i++)
            if (args[i] == "--lambda") lambda = double.Parse(args[++i], CultureInfo.InvariantCulture);
        var dev = PairEvaluation.Load(Path.Combine(EvalTask.EvalDirectory, "dev"));
        var pairs = dev.Concat(TooLittleShared(dev)).ToList();
        Console.Error.WriteLine($"{dev.Count:N0} dev pairs and {pairs.Count - dev.Count:N0} made from them (two inner parts of a long name against it)");
        var comparer = ModelNameComparer.Default;
        // Each labelled pair: the features of every reading against every reading (only those with a name part paired).
        var readings = new double[pairs.Count][][];
        Parallel.For(0, pairs.Count, k =>
        {
            var scratch = new List<TokenPair>();
            var list = new List<double[]>();
            foreach (var (q, c) in PairScorer.Forms(pairs[k].Name1, pairs[k].Name2, pairs[k].Schema, NameComparer.Default))
            {
                var x = new double[NameFeatures.Count];
                if (comparer.Measure(q, c, scratch, x)) list.Add(x);
            }
            readings[k] = [.. list];
        });
        var labels = pairs.Select(p => p.Same ? 1.0 : 0.0).ToArray();
        var w = comparer.Model.Weights.ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            // The reading a screen would keep is the one the model scores highest: chosen by the weights so far.
            var rows = new List<(double[] X, double Y)>();
            for (var k = 0; k < pairs.Count; k++)
                if (readings[k].Length > 0) rows.Add((readings[k].MaxBy(x => Dot(w, x))!, labels[k]));
            w = FitWithSigns(rows, w, lambda);
            Console.Error.WriteLine($"round {round + 1}: {rows.Count:N0} pairs with a name part paired, log-loss {LogLoss(rows, w):0.0000}");
        }
        var model = new NameScoreModel(w, 0.5);
        // A pair scores as a screen would: its best reading, 0 when no reading pairs a name part.
        var scores = new double[dev.Count];
        for (var k = 0; k < dev.Count; k++) scores[k] = readings[k].Length == 0 ? 0 : readings[k].Max(x => model.Probability(x));
        var threshold = PairEvaluation.BestThreshold(dev, scores, 0.05, 0.95);
        var f = PairEvaluation.Evaluate(dev, scores, threshold).Overall;
        Console.WriteLine($"dev: threshold {threshold:0.00} precision {f.Precision:0.000} recall {f.Recall:0.000} F1 {f.F1:0.000} (n {f.Pairs:N0})");
        var path = Path.Combine(DeriveWeightsTask.RepoRoot(), "src", "Argus", "Matching", "Resources", "name-score-model.tsv");
        File.WriteAllText(path, Write(w, threshold, lambda, dev.Count, pairs.Count - dev.Count));
        Console.WriteLine($"wrote {path}");
        return 0;
    }

    /// <summary>
    /// Negatives the dev split lacks: two inner parts of a person's list name of five parts or more, against
    /// that name. Two words shared out of five are too little to call a match, whoever bears them; without such
    /// pairs the fit would learn that a query fully found is enough, however much of the list name it leaves.
    /// </summary>
    private static IEnumerable<LabelledPair> TooLittleShared(IReadOnlyList<LabelledPair> dev)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in dev)
        {
            if (!p.Same || p.Schema != Argus.Model.EntitySchema.Person) continue;
            var name = NameParser.Alternatives(p.Name2).FirstOrDefault();
            if (name is null || !seen.Add(name)) continue;
            var parts = NameParser.Parse(name, NameReading.Person).Tokens.Where(t => t.Role == TokenRole.Name).ToArray();
            if (parts.Length < 5 || parts.Any(t => t.Script != NameScript.Latin)) continue;
            yield return new LabelledPair(parts[1].Source + " " + parts[3].Source, name, p.Schema, false, "too-little-shared", "made from " + p.File, p.File);
        }
    }

    private static string Write(double[] w, double threshold, double lambda, int n, int made)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Name score model: logistic regression weights over the features of Argus.Matching.NameFeature (the log-odds is their sum, weighted).");
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Fitted on the dev split only ({n:N0} labelled pairs of tests/Argus.Tests/Data/eval/dev, and {made:N0} negatives made from them: two inner parts of a long name against it), L2 penalty {lambda}, signs held (FitScorerTask.Sign); @threshold is the best F1 on dev.");
        sb.AppendLine("# rebuild: dotnet run -c Release --project bench/Argus.Bench -- fit-scorer");
        sb.AppendLine(CultureInfo.InvariantCulture, $"@threshold\t{threshold:0.00}");
        for (var i = 0; i < w.Length; i++) sb.AppendLine(CultureInfo.InvariantCulture, $"{NameFeatures.Names[i]}\t{w[i]:0.#####}");
        return sb.ToString();
    }

    private static double Dot(double[] w, double[] x)
    {
        var z = 0.0;
        for (var i = 0; i < w.Length; i++) z += w[i] * x[i];
        return z;
    }

    private static double LogLoss(List<(double[] X, double Y)> rows, double[] w) =>
        rows.Average(r => { var p = Math.Clamp(NameScoreModel.Sigmoid(Dot(w, r.X)), 1e-12, 1 - 1e-12); return -(r.Y * Math.Log(p) + (1 - r.Y) * Math.Log(1 - p)); });

    /// <summary>Fits, then holds at 0 the weight that breaks its sign the most, and fits again until none does.</summary>
    private static double[] FitWithSigns(List<(double[] X, double Y)> rows, double[] start, double lambda)
    {
        var held = new bool[start.Length];
        while (true)
        {
            var w = Fit(rows, start, lambda, held);
            var worst = -1;
            for (var i = 0; i < w.Length; i++)
                if (!held[i] && Sign((NameFeature)i) * w[i] < 0 && (worst < 0 || Math.Abs(w[i]) > Math.Abs(w[worst]))) worst = i;
            if (worst < 0) return w;
            held[worst] = true;
            start = w;
        }
    }

    private static double Objective(List<(double[] X, double Y)> rows, double[] w, double lambda)
    {
        var loss = 0.0;
        foreach (var (x, y) in rows)
        {
            var z = Dot(w, x);
            // log(1 + e^z) - y z, written to stay finite for large |z|.
            loss += Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z))) - y * z;
        }
        for (var i = 1; i < w.Length; i++) loss += lambda / 2 * w[i] * w[i];
        return loss;
    }

    /// <summary>Newton's method (iteratively reweighted least squares) with an L2 penalty on every weight but the intercept.</summary>
    private static double[] Fit(List<(double[] X, double Y)> rows, double[] start, double lambda, bool[] held)
    {
        var d = start.Length;
        var w = (double[])start.Clone();
        for (var i = 0; i < d; i++) if (held[i]) w[i] = 0;
        for (var iteration = 0; iteration < 25; iteration++)
        {
            var h = new double[d, d];
            var g = new double[d];
            foreach (var (x, y) in rows)
            {
                var p = NameScoreModel.Sigmoid(Dot(w, x));
                var r = p * (1 - p);
                for (var i = 0; i < d; i++)
                {
                    if (x[i] == 0) continue;
                    g[i] += (p - y) * x[i];
                    for (var j = 0; j < d; j++) h[i, j] += r * x[i] * x[j];
                }
            }
            for (var i = 1; i < d; i++) { g[i] += lambda * w[i]; h[i, i] += lambda; }
            for (var i = 0; i < d; i++) h[i, i] += 1e-9;
            // A held weight stays 0: its row and column say only that.
            for (var i = 0; i < d; i++)
            {
                if (!held[i]) continue;
                for (var j = 0; j < d; j++) h[i, j] = h[j, i] = 0;
                h[i, i] = 1;
                g[i] = 0;
            }
            var step = Solve(h, g);
            // Halved until the penalised loss falls: a full Newton step from far away can overshoot.
            var before = Objective(rows, w, lambda);
            var scale = 1.0;
            double[] next;
            do
            {
                next = new double[d];
                for (var i = 0; i < d; i++) next[i] = w[i] - scale * step[i];
                scale /= 2;
            } while (Objective(rows, next, lambda) > before && scale > 1e-6);
            var change = 0.0;
            for (var i = 0; i < d; i++) change = Math.Max(change, Math.Abs(next[i] - w[i]));
            w = next;
            if (change < 1e-6) break;
        }
        return w;
    }

    // Gaussian elimination with partial pivoting (the system is small: one row per feature).
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++) if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col])) pivot = r;
            if (pivot != col)
            {
                for (var k = 0; k < n; k++) (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
                (v[col], v[pivot]) = (v[pivot], v[col]);
            }
            for (var r = col + 1; r < n; r++)
            {
                var f = m[r, col] / m[col, col];
                if (f == 0) continue;
                for (var k = col; k < n; k++) m[r, k] -= f * m[col, k];
                v[r] -= f * v[col];
            }
        }
        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = v[r];
            for (var k = r + 1; k < n; k++) s -= m[r, k] * x[k];
            x[r] = s / m[r, r];
        }
        return x;
    }
}

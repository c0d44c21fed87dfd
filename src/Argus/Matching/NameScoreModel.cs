using System.Globalization;

namespace Argus.Matching;

/// <summary>
/// A logistic model over the <see cref="NameFeature"/>s of an alignment: the name score is
/// 1 / (1 + e^-(w·x)), a probability that the two names are one subject as fitted on the dev split
/// (Matching/Resources/name-score-model.tsv, written by the bench command `fit-scorer`).
/// Evaluating it allocates nothing.
/// </summary>
public sealed class NameScoreModel
{
    private readonly double[] weights;

    /// <summary>The score at or above which the fit on dev found the best F1.</summary>
    public double Threshold { get; }

    /// <summary>The weight of each feature, in <see cref="NameFeature"/> order.</summary>
    public IReadOnlyList<double> Weights => weights;

    public NameScoreModel(double[] weights, double threshold)
    {
        if (weights.Length != NameFeatures.Count) throw new ArgumentException($"a name score model needs {NameFeatures.Count} weights, not {weights.Length}", nameof(weights));
        this.weights = weights;
        Threshold = threshold;
    }

    public const string ResourceName = "Argus.Matching.Resources.name-score-model.tsv";

    public static NameScoreModel Default { get; } = Load();

    private static NameScoreModel Load()
    {
        using var stream = typeof(NameScoreModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded model '{ResourceName}' is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), ResourceName);
    }

    /// <summary>Reads "feature TAB weight" rows and one "@threshold TAB value" row; every feature must be given once.</summary>
    public static NameScoreModel Parse(string text, string source)
    {
        var weights = new double[NameFeatures.Count];
        var seen = new bool[NameFeatures.Count];
        double? threshold = null;
        var lineNo = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNo++;
            var l = line.TrimEnd('\r');
            if (l.Length == 0 || l[0] == '#') continue;
            var cells = l.Split('\t');
            if (cells.Length != 2 || !double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw new FormatException($"{source}: line {lineNo}: expected 'feature<TAB>number'");
            if (cells[0] == "@threshold") { threshold = value; continue; }
            if (!Enum.TryParse<NameFeature>(cells[0], out var f) || !Enum.IsDefined(f)) throw new FormatException($"{source}: line {lineNo}: unknown feature '{cells[0]}'");
            if (seen[(int)f]) throw new FormatException($"{source}: line {lineNo}: feature '{cells[0]}' given twice");
            seen[(int)f] = true;
            weights[(int)f] = value;
        }
        for (var i = 0; i < seen.Length; i++)
            if (!seen[i]) throw new FormatException($"{source}: feature '{NameFeatures.Names[i]}' has no weight");
        return new NameScoreModel(weights, threshold ?? throw new FormatException($"{source}: no '@threshold' row"));
    }

    /// <summary>w·x, the log-odds of a match.</summary>
    public double LogOdds(ReadOnlySpan<double> x)
    {
        var z = 0.0;
        for (var i = 0; i < weights.Length; i++) z += weights[i] * x[i];
        return z;
    }

    /// <summary>The probability-like score in (0, 1).</summary>
    public double Probability(ReadOnlySpan<double> x) => Sigmoid(LogOdds(x));

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}

using Argus.Matching;
using Argus.Tests.Support;

namespace Argus.Tests.Matching;

/// <summary>The labelled evaluation set (tests/Argus.Tests/Data/eval), scored at the default threshold.</summary>
public class EvaluationTests
{
    private static readonly Lazy<(IReadOnlyList<LabelledPair> Pairs, double[] Scores)> Scored = new(() =>
    {
        var pairs = PairEvaluation.Load(Path.Combine(AppContext.BaseDirectory, "Data", "eval"));
        return (pairs, PairEvaluation.Score(pairs, PairScorer.Default));
    });

    private static EvaluationReport Report => PairEvaluation.Evaluate(Scored.Value.Pairs, Scored.Value.Scores, ScoreCalibration.DefaultThreshold);

    [Fact]
    public void The_set_holds_over_a_thousand_pairs_of_every_kind()
    {
        var pairs = Scored.Value.Pairs;
        Assert.True(pairs.Count >= 1000, $"{pairs.Count} pairs");
        Assert.True(pairs.Count(p => p.Same) >= 500);
        Assert.True(pairs.Count(p => !p.Same) >= 500);
        foreach (var category in new[] { "cross-list", "korean-hangul", "original-script", "reordered", "initial", "typo", "joined-split", "legal-form", "korean-same-family", "person-shares-two-parts", "company-differs-by-number" })
            Assert.Contains(pairs, p => p.Category == category);
    }

    [Fact]
    public void Overall_precision_recall_and_f1_hold_at_the_default_threshold()
    {
        var o = Report.Overall;
        Assert.True(o.F1 >= 0.975, $"F1 {o.F1:0.000}");
        Assert.True(o.Precision >= 0.993, $"precision {o.Precision:0.000}");
        Assert.True(o.Recall >= 0.96, $"recall {o.Recall:0.000}");
    }

    [Theory]
    [InlineData("reordered", 0.99)]
    [InlineData("typo", 0.98)]
    [InlineData("joined-split", 0.99)]
    [InlineData("middle-name-missing", 0.99)]
    [InlineData("legal-form", 0.975)]
    [InlineData("initial", 0.97)]
    [InlineData("korean-hangul", 0.9)]
    [InlineData("korean-romanisation", 1.0)]
    [InlineData("cross-list", 0.975)]
    [InlineData("original-script", 0.955)]
    public void Recall_holds_by_category(string category, double minimum)
    {
        var f = Report.ByCategory.Single(c => c.Category == category);
        Assert.True(f.Recall >= minimum, $"{category}: recall {f.Recall:0.000} < {minimum}");
    }

    [Theory]
    [InlineData("korean-same-family", 0.998)]
    [InlineData("person-shares-a-part", 0.995)]
    [InlineData("person-shares-two-parts", 0.995)]
    [InlineData("company-differs-by-one-word", 0.95)]
    [InlineData("company-shares-a-part", 0.997)]
    [InlineData("company-differs-by-number", 0.98)]
    [InlineData("shared-family-name", 1.0)]
    public void Hard_negatives_stay_below_the_threshold(string category, double minimumAccuracy)
    {
        var f = Report.ByCategory.Single(c => c.Category == category);
        Assert.True(f.Accuracy >= minimumAccuracy, $"{category}: {f.FalsePositives} of {f.Pairs} flagged");
    }

    [Fact]
    public void The_default_threshold_lies_where_f1_is_best()
    {
        var best = PairEvaluation.BestThreshold(Scored.Value.Pairs, Scored.Value.Scores);
        var atBest = PairEvaluation.Evaluate(Scored.Value.Pairs, Scored.Value.Scores, best).Overall.F1;
        Assert.True(atBest - Report.Overall.F1 < 0.01, $"best F1 {atBest:0.000} at {best}, {Report.Overall.F1:0.000} at the default");
    }
}

using Argus.Matching;
using Argus.Names;

namespace Argus.Tests.Matching;

public class ModelNameComparerTests
{
    private static double Score(string q, string c) =>
        ModelNameComparer.Default.Compare(NameParser.Parse(q, NameReading.Person), NameParser.Parse(c, NameReading.Person)).Score;

    [Fact]
    public void The_embedded_model_has_a_weight_for_every_feature_and_a_threshold()
    {
        Assert.Equal(NameFeatures.Count, NameScoreModel.Default.Weights.Count);
        Assert.InRange(NameScoreModel.Default.Threshold, 0.05, 0.95);
    }

    [Fact]
    public void A_model_file_missing_a_feature_is_refused_naming_it()
    {
        var e = Assert.Throws<FormatException>(() => NameScoreModel.Parse("@threshold\t0.5\nBias\t1\n", "m.tsv"));
        Assert.Contains("QueryCovered", e.Message);
    }

    [Fact]
    public void Two_inner_words_of_a_five_part_name_score_under_the_threshold()
    {
        Assert.True(Score("Tomas Brel", "Arvid Tomas Lennart Brel Osk") < NameScoreModel.Default.Threshold);
        Assert.True(Score("Arvid Tomas Lennart Brel Osk", "Arvid Tomas Lennart Brel Osk") > NameScoreModel.Default.Threshold);
    }

    [Fact]
    public void The_score_does_not_rise_with_an_edit_and_falls_by_a_little()
    {
        var exact = Score("Quentavius Marlowbrook", "Quentavius Marlowbrook");
        var oneEdit = Score("Quentavius Marlowbrok", "Quentavius Marlowbrook");
        var twoEdits = Score("Quentavius Marlobrok", "Quentavius Marlowbrook");
        Assert.True(exact >= oneEdit && oneEdit >= twoEdits, $"{exact:0.000} {oneEdit:0.000} {twoEdits:0.000}");
        Assert.True(oneEdit > NameScoreModel.Default.Threshold, $"{oneEdit:0.000}");
    }

    [Fact]
    public void The_explanation_gives_each_feature_its_part_in_the_log_odds()
    {
        var cmp = ModelNameComparer.Default.Compare(NameParser.Parse("Tomas Brel"), NameParser.Parse("Tomas Lennart Brel"));
        Assert.NotEmpty(cmp.Features);
        var z = cmp.Features.Sum(f => f.LogOdds);
        Assert.Equal(cmp.Score, NameScoreModel.Sigmoid(z), 6);
    }
}

using Argus.Matching;
using Argus.Names;

namespace Argus.Tests.Matching;

/// <summary>Part of an organisation's name: a shared distinctive word with generic words left over on one side.</summary>
public sealed class OrganisationPartNameTests
{
    private static double Score(string q, string c) =>
        NameComparer.Default.Compare(NameParser.Parse(q, NameReading.Organisation), NameParser.Parse(c, NameReading.Organisation)).Score;

    [Theory]
    [InlineData("Qorvexbank", "Public Joint Stock Company Qorvexbank of Russia")] // legal form, particle, place
    [InlineData("Qorvex Russian Airlines", "PJSC Qorvex")] // place adjective and domain on the query side
    [InlineData("Qorvex Group", "PMC Qorvex")] // an organisation word against a legal form standing first
    public void A_distinctive_word_shared_with_only_generic_words_left_over_on_one_side_is_a_match(string q, string c)
    {
        var s = Score(q, c);
        Assert.True(s >= ScoreCalibration.DefaultThreshold, $"{s}");
    }

    [Fact]
    public void Generic_words_left_over_on_both_sides_are_another_body_of_one_family()
    {
        Assert.True(Score("Qorvex Oil Company", "Qorvex Trading") < ScoreCalibration.DefaultThreshold);
        Assert.True(Score("Qorvex Holding", "Qorvex Consulting") < ScoreCalibration.DefaultThreshold);
    }

    [Fact]
    public void A_distinctive_word_left_over_is_not_discounted()
    {
        // "Zanthor" is no organisation word, domain or place: a name part the query does not give.
        Assert.True(Score("Qorvex", "Qorvex Zanthor Bank") < Score("Qorvex", "Qorvex Bank"));
        Assert.True(Score("Qorvex", "Qorvex Zanthor Bank") < ScoreCalibration.DefaultThreshold);
    }

    [Fact]
    public void Only_generic_words_shared_is_not_enough()
    {
        // "Bank", "International", "Russia" are shared but say nothing of which body it is: the words left over
        // cost in full, as they do not beside a distinctive word.
        Assert.True(Score("International Bank", "International Bank of Russia Holding") < ScoreCalibration.DefaultThreshold);
        Assert.True(Score("Russia Bank", "Russia Bank Holding Group") + 0.08 < Score("Qorvex Bank", "Qorvex Bank Holding Group"));
    }
}

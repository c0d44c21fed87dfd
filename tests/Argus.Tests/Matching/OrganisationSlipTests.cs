using Argus.Matching;
using Argus.Names;

namespace Argus.Tests.Matching;

public class OrganisationSlipTests
{
    private static double Score(string q, string c) =>
        NameComparer.Default.Compare(NameParser.Parse(q, NameReading.Organisation), NameParser.Parse(c, NameReading.Organisation)).Score;

    [Theory]
    [InlineData("Brightwater Lrading LLC", "BRIGHTWATER TRADING LLC")]   // the first letter mistyped
    [InlineData("Silver Fisnz Marine Ltd", "SILVER FISH MARINE LTD")]    // two letters off in a short word
    public void A_mistyped_word_of_an_organisation_is_still_its_word(string q, string c) =>
        Assert.True(Score(q, c) >= ScoreCalibration.DefaultThreshold, $"{q} / {c}: {Score(q, c):0.000}");

    [Fact]
    public void Two_words_the_lists_or_people_hold_stay_two_words()
    {
        var a = NameParser.Parse("Marta", NameReading.Organisation).Tokens[0];
        var b = NameParser.Parse("Maria", NameReading.Organisation).Tokens[0];
        Assert.Equal(TokenSimilarity.None, TokenComparer.OrganisationSlip(a, b));
        var slip = NameParser.Parse("Mxria", NameReading.Organisation).Tokens[0];
        Assert.Equal(TokenRule.Typo, TokenComparer.OrganisationSlip(slip, b).Rule);
    }

    [Fact]
    public void A_word_run_into_its_neighbour_is_not_a_slip()
    {
        var parse = NameParser.Parse("SO NATEK LLC", NameReading.Organisation).Tokens;
        var joined = NameParser.Parse("SONATEK LLC", NameReading.Organisation).Tokens;
        Assert.Equal(TokenSimilarity.None, TokenComparer.OrganisationSlip(parse[1], joined[0]));
    }
}

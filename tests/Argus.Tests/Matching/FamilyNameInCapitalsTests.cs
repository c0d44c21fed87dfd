using Argus.Matching;
using Argus.Names;

namespace Argus.Tests.Matching;

/// <summary>A family name written in capitals says the order of a name, so another order with a part left over can still match.</summary>
public sealed class FamilyNameInCapitalsTests
{
    private static double Score(string q, string c) =>
        NameComparer.Default.Compare(NameParser.Parse(q, NameReading.Person), NameParser.Parse(c, NameReading.Person)).Score;

    [Fact]
    public void Words_in_capitals_beside_words_in_small_letters_are_marked_family()
    {
        var form = NameParser.Parse("QORVEX ZANTHIMAR, Elodio", NameReading.Person);
        Assert.Equal(["elodio", "qorvex", "zanthimar"], form.Tokens.Select(t => t.Text));
        Assert.Equal([false, true, true], form.Tokens.Select(t => t.Family));
        // All in capitals or all in small letters: nothing is said.
        Assert.All(NameParser.Parse("ELODIO QORVEX", NameReading.Person).Tokens, t => Assert.False(t.Family));
        Assert.All(NameParser.Parse("Elodio Qorvex", NameReading.Person).Tokens, t => Assert.False(t.Family));
    }

    [Fact]
    public void Family_first_in_capitals_against_a_longer_family_name_is_a_match()
    {
        Assert.True(Score("QORVEX Elodio", "QORVEX ZANTHIMAR, Elodio") >= ScoreCalibration.DefaultThreshold);
        // The same words without capitals cannot say whose family name is whose: capped as a namesake.
        Assert.True(Score("qorvex elodio", "elodio qorvex zanthimar") < ScoreCalibration.DefaultThreshold);
    }

    [Fact]
    public void Capitals_that_pair_a_family_name_with_a_given_name_do_not_lift_the_cap()
    {
        // ELODIO is the family name of the query but a given name of the list name, found in another order.
        Assert.True(Score("ELODIO Qorvex", "Qorvex Elodio ZANTHIMAR") < ScoreCalibration.DefaultThreshold);
    }
}

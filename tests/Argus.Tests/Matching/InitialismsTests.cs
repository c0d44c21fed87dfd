using Argus.Matching;
using Argus.Names;

namespace Argus.Tests.Matching;

/// <summary>A word of an organisation's name that gives the initials of words of the other name stands for them.</summary>
public sealed class InitialismsTests
{
    private static NameComparison Compare(string q, string c, NameReading reading = NameReading.Organisation) =>
        NameComparer.Default.Compare(NameParser.Parse(q, reading), NameParser.Parse(c, reading));

    [Theory]
    [InlineData("QTV OOO", "QORVEX TRANSGAZ VOLMAR, OOO")]
    [InlineData("ZLS", "Zyriss Logistics and Services")]          // a particle between the words is skipped
    [InlineData("Zyriss Logistics and Services", "ZLS")]          // either name may give the initials
    [InlineData("FKI Company", "First Kelvarn Insurance Company")] // the other words paired as usual
    public void An_initialism_stands_for_the_words_it_gives_the_initials_of(string q, string c)
    {
        var cmp = Compare(q, c);
        Assert.True(cmp.Score >= ScoreCalibration.DefaultThreshold, $"{q} / {c}: {cmp.Score:0.000}");
        Assert.Contains(MatchExplainer.Tokens(cmp), t => t.Rule == "initials of the words");
    }

    [Theory]
    [InlineData("QTV OOO", "QORVEX VOLMAR TRANSGAZ, OOO")] // not in order
    [InlineData("QTVX", "QORVEX TRANSGAZ VOLMAR")]         // a letter more than the words
    public void Letters_that_are_not_the_initials_in_order_are_not(string q, string c) =>
        Assert.DoesNotContain(MatchExplainer.Tokens(Compare(q, c)), t => t.Rule == "initials of the words");

    [Fact]
    public void Peoples_names_are_not_read_so() =>
        Assert.DoesNotContain(MatchExplainer.Tokens(Compare("JKR", "John Kelvin Rowe", NameReading.Person)), t => t.Rule == "initials of the words");
}

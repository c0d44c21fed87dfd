using Argus.Matching;
using Argus.Names;

namespace Argus.Tests.Matching;

/// <summary>A word of an organisation's name shortened by leaving letters out is that word.</summary>
public sealed class ContractionTests
{
    private static NameToken Token(string word) => NameParser.Parse(word, NameReading.Organisation).Tokens.Single();

    [Theory]
    [InlineData("shpg", "shipping")]
    [InlineData("mgmt", "management")]
    [InlineData("svcs", "services")]
    [InlineData("natl", "national")]
    [InlineData("trdg", "trading")]
    public void A_contraction_keeps_the_first_and_last_letters_and_the_order(string shortForm, string word) =>
        Assert.True(TokenComparer.Contraction(Token(shortForm), Token(word)));

    [Theory]
    [InlineData("gold", "golden")]        // a word of its own, not a contraction
    [InlineData("bank", "banking")]       // the last letter differs
    [InlineData("stl", "steel")]          // not three letters shorter
    [InlineData("tsng", "training")]      // letters the word does not have
    [InlineData("orient", "organisationt")] // vowels: a word, not letters left out
    public void Other_words_are_not_contractions(string shortForm, string word) =>
        Assert.False(TokenComparer.Contraction(Token(shortForm), Token(word)));

    [Fact]
    public void Only_organisations_names_are_read_so()
    {
        var org = NameComparer.Default.Compare(NameParser.Parse("Qarvan Shpg Co", NameReading.Organisation), NameParser.Parse("Qarvan Shipping Company", NameReading.Organisation));
        Assert.True(org.Score >= ScoreCalibration.DefaultThreshold, $"{org.Score:0.000}");
        Assert.Contains(MatchExplainer.Tokens(org), t => t.Rule.StartsWith("abbreviation", StringComparison.Ordinal));
        // Mchl would be a contraction of Michael: people's names are not shortened so.
        var person = NameComparer.Default.Compare(NameParser.Parse("Mchl Qarvani", NameReading.Person), NameParser.Parse("Michael Qarvani", NameReading.Person));
        Assert.DoesNotContain(MatchExplainer.Tokens(person), t => t.Rule.StartsWith("abbreviation", StringComparison.Ordinal));
    }
}

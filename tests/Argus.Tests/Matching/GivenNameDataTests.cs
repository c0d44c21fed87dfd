using Argus.Matching;
using Argus.Names;

namespace Argus.Tests.Matching;

/// <summary>Given names from the name data: short forms equal the name they are of, two known names are no typo of each other.</summary>
public sealed class GivenNameDataTests
{
    private static NameToken Token(string word) => NameParser.Parse(word, NameReading.Person).Tokens.Single();

    [Theory]
    [InlineData("bill", "william")]
    [InlineData("bob", "robert")]
    [InlineData("alex", "aleksandr")] // through the romanisations of Alexander
    [InlineData("giovanni", "john")]
    [InlineData("pablo", "pavel")]      // both Paul in another language
    [InlineData("michel", "mikhail")]   // both Michael
    [InlineData("nicholas", "nikolay")] // Nikolai's romanisation, through its form of Nicholas
    [InlineData("andreas", "andrey")]
    [InlineData("ibrahim", "abraham")]  // one name of the Quran and the Bible (given-name-cognates-local.tsv)
    [InlineData("ebrahim", "avraham")]  // and the spellings of each form
    [InlineData("moshe", "musa")]
    [InlineData("yousef", "joseph")]
    [InlineData("mo", "mohammed")]      // English usage, by hand
    public void A_short_form_or_another_languages_form_is_the_same_given_name(string a, string b)
    {
        var s = TokenComparer.Compare(Token(a), Token(b));
        Assert.Equal(TokenRule.Equivalent, s.Rule);
        Assert.Equal(TokenComparer.GivenNameScore, s.Score);
        Assert.Equal(EquivalenceKind.GivenName, NameEquivalences.Groups[s.Detail].Kind);
    }

    [Theory]
    [InlineData("Mo Yan", "Muhammad Yan")]  // Mo is a pinyin syllable in a name of pinyin syllables
    [InlineData("莫言", "Muhammad Yan")]     // and so is a syllable read from Chinese characters
    [InlineData("黄兰", "Huang Yulan")]      // Lan, a short form of Yulan, is another given name there
    [InlineData("Isa Khan", "Jesus Khan")]  // cognates that name other people in practice are left out
    public void A_short_form_is_not_read_where_the_name_says_otherwise(string a, string b)
    {
        var cmp = NameComparer.Default.Compare(NameParser.Parse(a, NameReading.Person), NameParser.Parse(b, NameReading.Person));
        Assert.True(cmp.Score < ScoreCalibration.DefaultThreshold, $"{a} / {b}: {cmp.Score:0.000}");
        var farah = NameComparer.Default.Compare(NameParser.Parse("Mo Farah", NameReading.Person), NameParser.Parse("Mohamed FARAH", NameReading.Person));
        Assert.True(farah.Score >= ScoreCalibration.DefaultThreshold, $"Mo Farah: {farah.Score:0.000}");
    }

    [Fact]
    public void Two_names_short_for_different_names_are_not_made_one_by_a_group_they_share()
    {
        // Bill's group holds William and Robert (names with Bill among their forms): neither is the other.
        Assert.Equal(TokenRule.None, TokenComparer.Compare(Token("william"), Token("robert")).Rule);
    }

    [Theory]
    [InlineData("maria", "marina")]
    [InlineData("pavel", "pamela")]
    public void Two_known_given_names_whose_consonants_differ_are_not_a_typo(string a, string b)
    {
        Assert.Contains(a, NameEquivalences.KnownGivenNames);
        Assert.Contains(b, NameEquivalences.KnownGivenNames);
        Assert.Equal(TokenSimilarity.None, TokenComparer.Compare(Token(a), Token(b)));
    }

    [Fact]
    public void A_known_given_name_written_with_other_vowels_is_still_one_name()
    {
        Assert.NotEqual(TokenRule.None, TokenComparer.Compare(Token("aisha"), Token("ayesha")).Rule);
    }

    [Fact]
    public void A_name_with_a_nickname_matches_the_full_name_and_not_a_namesake_given_name()
    {
        var nick = NameComparer.Default.Compare(NameParser.Parse("Bob Hallworth"), NameParser.Parse("Robert Hallworth"));
        var other = NameComparer.Default.Compare(NameParser.Parse("Bob Hallworth"), NameParser.Parse("Richard Hallworth"));
        Assert.True(nick.Score >= 0.9, $"{nick.Score}");
        Assert.True(other.Score < 0.75, $"{other.Score}");
    }

    [Theory]
    [InlineData("sasha", "aleksandr")]
    [InlineData("sasha", "alexander")]
    [InlineData("dima", "dmitriy")]
    [InlineData("seryozha", "sergei")]
    public void A_russian_short_form_is_the_name_it_is_short_for_in_any_of_its_romanisations(string a, string b)
    {
        var s = TokenComparer.Compare(Token(a), Token(b));
        Assert.Equal(TokenRule.Equivalent, s.Rule);
        Assert.Equal(EquivalenceKind.GivenName, NameEquivalences.Groups[s.Detail].Kind);
    }

    [Theory]
    [InlineData("sasha", "dmitry")]
    [InlineData("masha", "marina")]
    [InlineData("dima", "sasha")]
    public void A_russian_short_form_is_not_another_name_nor_another_short_form(string a, string b) =>
        Assert.NotEqual(TokenRule.Equivalent, TokenComparer.Compare(Token(a), Token(b)).Rule);

    [Theory]
    [InlineData("tony", "antoine")]   // short for Anthony, not for its French form
    public void A_short_form_is_not_the_name_in_another_language(string a, string b) =>
        Assert.NotEqual(TokenRule.Equivalent, TokenComparer.Compare(Token(a), Token(b)).Rule);
}

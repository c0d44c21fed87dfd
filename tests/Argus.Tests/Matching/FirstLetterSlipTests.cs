using Argus.Matching;
using Argus.Names;

namespace Argus.Tests.Matching;

// A slip at the first letter of a long word, against two names that differ only there.
public class FirstLetterSlipTests
{
    private static TokenSimilarity Compare(string a, string b) =>
        TokenComparer.Compare(NameParser.Parse(a).Tokens[0], NameParser.Parse(b).Tokens[0]);

    [Theory]
    [InlineData("Rngineering", "Engineering")]
    [InlineData("Kengineering", "Engineering")]
    [InlineData("Ngineering", "Engineering")]
    [InlineData("Zmatrovskiy", "Kmatrovskiy")]
    public void A_long_word_slipped_at_its_first_letter_is_a_typo_of_it(string slipped, string word) =>
        Assert.Equal(TokenRule.Typo, Compare(slipped, word).Rule);

    [Theory]
    [InlineData("Hernandez", "Fernandez")]
    [InlineData("Kohler", "Buhler")]
    [InlineData("Rngineers", "Engineering")]
    public void Two_known_names_short_words_and_other_words_are_not(string a, string b) =>
        Assert.Equal(0, Compare(a, b).Score);
}

using Argus.Matching;
using Argus.Names;

namespace Argus.Tests.Matching;

// Slips in short and middling names: a word no one is called, a letter or two from a name the population or the
// lists know, is that name mistyped; two known names, or two made-up words, that close stay apart. The names
// typed here are made up or names the population table counts (Olga, Abraham, Tatiana, Igor, Patrick, Patricia, Ali, Alia).
public class ShortNameSlipTests
{
    private static NameToken Token(string text) => NameParser.Named(text, text, NameScript.Latin);

    private static double Score(string q, string c) => NameComparer.Default.Compare(NameParser.Parse(q), NameParser.Parse(c)).Score;

    [Theory]
    [InlineData("olg", "olga")]     // the last letter dropped
    [InlineData("lga", "olga")]     // the first
    [InlineData("oga", "olga")]     // one inside
    public void A_three_letter_word_no_one_is_called_is_a_four_letter_name_with_a_letter_dropped(string typed, string name)
    {
        var s = TokenComparer.Compare(Token(typed), Token(name));
        Assert.Equal(TokenRule.Typo, s.Rule);
        Assert.True(s.Score >= 0.75, $"{s.Score}");
        Assert.True(Score(typed + " Vorlamid", name + " Vorlamid") >= ScoreCalibration.DefaultThreshold);
    }

    [Fact]
    public void Two_short_names_a_letter_apart_stay_two_names() =>
        Assert.Equal(0, TokenComparer.Compare(Token("ali"), Token("alia")).Score);

    [Theory]
    [InlineData("abrahhaz", "abraham")]   // a letter replaced and one added
    [InlineData("ibgorr", "igor")]        // too short for two: stays apart
    public void A_word_no_one_is_called_may_be_two_slips_from_a_name_of_six_letters_or_more(string typed, string name)
    {
        var s = TokenComparer.Compare(Token(typed), Token(name)).Score;
        if (Math.Min(typed.Length, name.Length) >= 6) Assert.Equal(TokenComparer.TwoSlipScore, s);
        else Assert.Equal(0, s);
    }

    [Fact]
    public void Two_slips_make_no_name_of_another_name_nor_of_a_word_of_the_same_length()
    {
        // Both known names: two names.
        Assert.Equal(0, TokenComparer.Compare(Token("patricia"), Token("patrick")).Score);
        // The typed word is the list word turned around: only the query may be the slip.
        Assert.Equal(0, TokenComparer.Compare(Token("abraham"), Token("abrahhaz")).Score);
        // Two consonants replaced, no letter added or dropped ("Nassar" / "Najjar").
        Assert.Equal(0, TokenComparer.Compare(Token("nabbar"), Token("najjar")).Score);
    }

    [Fact]
    public void One_slip_in_a_short_known_name_and_one_in_another_part_still_match_but_not_between_made_up_words()
    {
        // "Tatiani" is no one's name: the slip of Tatiana; the family name is slipped too.
        Assert.True(Score("Tatiani Vorlamidd", "Tatiana Vorlamid") >= ScoreCalibration.DefaultThreshold);
        // Two made-up words a letter from two other made-up words: another name.
        Assert.True(Score("Vorl Tesk", "Vorn Tesp") <= NameComparer.SinglePartCap);
    }
}

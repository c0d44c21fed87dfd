using Argus.Matching;
using Argus.Model;
using Argus.Names;

namespace Argus.Tests.Names;

// Invented names written with look-alike characters, as a scanner or a hurried typist writes them.
public class LookAlikeReadingsTests
{
    [Theory]
    [InlineData("KORVAL 5TEEL", "KORVAL STEEL")]
    [InlineData("Petar W0n Tadic", "Petar Won Tadic")]
    [InlineData("MARBE 8ANK", "MARBE BANK")]
    [InlineData("lvor Pentak", "Ivor Pentak")]
    [InlineData("Davvit Orlan", "Dawit Orlan")]
    [InlineData("GRUPO KELVAR, 5.P.R. DE R.L.", "GRUPO KELVAR, S.P.R. DE R.L.")] // a digit among letters written apart
    [InlineData("KELVARTRADE SP 2 O O", "KELVARTRADE SP Z O O")]
    public void Look_alike_characters_are_read_as_the_letters_meant(string written, string meant) =>
        Assert.Contains(meant, LookAlikeReadings.Read(written));

    [Fact]
    public void A_one_is_read_both_as_l_and_as_i() =>
        Assert.Equal(["Kovalenko Mira", "Kovaienko Mira"], LookAlikeReadings.Read("Kova1enko Mira"));

    [Theory]
    [InlineData("Academy 12 Research Institute")]
    [InlineData("Brigade 5 Kelvar")]                  // a digit beside a word, not a letter
    [InlineData("1st Harbour Company")]
    [InlineData("Plant A320")]
    [InlineData("Lloyd Lhamo Lyman")]
    public void Numbers_ordinals_codes_and_names_of_letters_alone_are_not_read(string name) =>
        Assert.Empty(LookAlikeReadings.Read(name));

    [Fact]
    public void A_query_with_a_digit_for_a_letter_matches_the_list_name()
    {
        Assert.True(PairScorer.Default.Score("KORVAL 5TEEL", "KORVAL STEEL", EntitySchema.Organization).Score >= 0.95);
        Assert.True(PairScorer.Default.Score("0rest Valenko", "Orest VALENKO", EntitySchema.Person).Score >= 0.95);
    }
}

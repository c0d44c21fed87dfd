using Argus.Names;

namespace Argus.Tests.Names;

// Invented or common Arabic words against Latin spellings with the same consonants.
public class LongVowelsTests
{
    [Theory]
    [InlineData("سامي", "Osama")]    // starts with a consonant letter: no vowel before it
    [InlineData("عبود", "Abid")]     // a waw between the consonants is o or u
    [InlineData("كبير", "Kabar")]    // a ya is i, e or y
    [InlineData("حمزة", "Hammadou")] // a final ta marbuta is a or e
    public void A_latin_spelling_without_the_long_vowels_the_word_writes_is_not_its_reading(string arabic, string latin)
    {
        Assert.False(ConsonantSkeleton.Reads(arabic, latin.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("سامي", "Sami")]
    [InlineData("عبود", "Abboud")]
    [InlineData("كبير", "Kabir")]
    [InlineData("حمزة", "Hamzah")]
    [InlineData("عبدالرحمن", "Abdulrahman")] // the article's alif is written with the vowel heard
    [InlineData("عیسی", "Essa")]             // a Persian final ye as alif maqsura
    public void A_spelling_with_those_vowels_still_reads_the_word(string arabic, string latin)
    {
        Assert.True(ConsonantSkeleton.Reads(arabic, latin.ToLowerInvariant()));
    }
}

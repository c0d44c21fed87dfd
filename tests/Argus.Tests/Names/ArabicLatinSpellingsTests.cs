using Argus.Matching;
using Argus.Model;
using Argus.Names;

namespace Argus.Tests.Names;

// Invented family names spelled by the usages of arabic-latin-letters.tsv.
public class ArabicLatinSpellingsTests
{
    [Theory]
    [InlineData("qarwadhi", "kharwadi")] // ق as q or kh, ذ as dh or d
    [InlineData("qarwadhi", "garwazi")]  // ق as g, ذ as z
    [InlineData("djawhari", "jouhary")]  // ج as dj or j; ou, w for u; y for i
    [InlineData("shaddadhi", "chadadi")] // ش as sh or the French ch, ذ as dh or d; a doubled letter is one
    [InlineData("thamudhin", "samoudin")] // ث as th or s, ذ as dh or d
    public void Two_spellings_of_the_same_arabic_letters_agree(string a, string b) =>
        Assert.True(ArabicLatinSpellings.Agree(a, b));

    [Theory]
    [InlineData("qarwadhi", "qarwadhy")] // the consonants written alike: not this rule's to say
    [InlineData("qarwadhi", "marwadhi")] // another consonant
    [InlineData("qarwadhi", "qarwdhi")]  // a vowel written on one side only
    [InlineData("brown", "braun")]       // vowels alone differ
    [InlineData("becker", "bakker")]     // no letter group of Arabic romanisation on either side
    [InlineData("qadi", "kadi")]         // fewer than three consonants
    public void Other_spellings_do_not(string a, string b) =>
        Assert.False(ArabicLatinSpellings.Agree(a, b));

    [Fact]
    public void A_name_spelled_by_another_usage_of_the_arabic_letters_matches()
    {
        var score = PairScorer.Default.Score("Moustafa Kharwadi", "Mustafa QARWADHI", EntitySchema.Person);
        Assert.True(score.Match, $"score {score.Score}");
        Assert.False(PairScorer.Default.Score("Moustafa Kharwadi", "Mustafa MARWADHI", EntitySchema.Person).Match);
    }
}

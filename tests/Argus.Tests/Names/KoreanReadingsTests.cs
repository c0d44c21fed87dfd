using Argus.Names;

namespace Argus.Tests.Names;

public class KoreanReadingsTests
{
    private static bool SameSyllable(string a, string b) =>
        KoreanReadings.SyllablesSpelled(a).Intersect(KoreanReadings.SyllablesSpelled(b)).Any();

    [Theory]
    [InlineData("pyong", "pyeong")]
    [InlineData("byong", "pyong")]
    [InlineData("chol", "cheol")]
    [InlineData("chol", "chul")]
    [InlineData("ryong", "yong")]
    [InlineData("ryong", "lyong")]
    [InlineData("jong", "jeong")]
    [InlineData("jong", "chong")]
    [InlineData("un", "eun")]
    [InlineData("sok", "seok")]
    [InlineData("sok", "suk")]
    [InlineData("ri", "lee")]
    [InlineData("ri", "rhee")]
    [InlineData("ri", "yi")]
    [InlineData("jo", "cho")]
    [InlineData("kim", "gim")]
    [InlineData("pak", "park")]
    [InlineData("choe", "choi")]
    [InlineData("rim", "lim")]
    [InlineData("uhm", "eom")]   // 엄, a family name's customary spelling
    [InlineData("whang", "hwang")]
    [InlineData("whan", "wan")]  // 완: ㅘ written wha
    public void Romanisations_of_one_syllable_are_variants(string a, string b) => Assert.True(SameSyllable(a, b), $"{a} / {b}");

    [Theory]
    [InlineData("yoon", "yong")]
    [InlineData("kim", "park")]
    [InlineData("chol", "chun")]
    [InlineData("soo", "sok")]
    public void Different_syllables_are_not(string a, string b) => Assert.False(SameSyllable(a, b), $"{a} / {b}");

    [Fact]
    public void Romanises_syllables_in_revised_romanisation()
    {
        Assert.Equal("pyeong", KoreanReadings.Romanise(KoreanReadings.SyllableOf('평')));
        Assert.Equal("ryong", KoreanReadings.Romanise(KoreanReadings.SyllableOf('룡')));
        Assert.Equal("kim", KoreanReadings.Romanise(KoreanReadings.SyllableOf('김'), familyName: true));
    }
}

using Argus.Matching;
using Argus.Names;

namespace Argus.Tests.Matching;

public class NameComparerTests
{
    private static NameComparison Compare(string q, string c) =>
        NameComparer.Default.Compare(NameParser.Parse(q), NameParser.Parse(c));

    [Theory]
    [InlineData("Ri Pyeong-chol", "RI PYONG CHUL")]
    [InlineData("Jo Chun-yong", "CHO CHUN RYONG")]
    [InlineData("리병철", "RI PYONG CHOL")]
    [InlineData("조춘룡", "Jo Chun Ryong")]
    [InlineData("Владимир Путин", "PUTIN, Vladimir Vladimirovich")]
    [InlineData("PUTIN Vladimir", "Vladimir Vladimirovich PUTIN")]
    [InlineData("Kim Jong-un", "KIM, Jong Un")]
    [InlineData("Yevgeny Prigozhin", "Evgeniy Viktorovich PRIGOZHIN")]
    [InlineData("Muhammad Husayn", "Mohammed Hussein")]
    [InlineData("Abdul Rahman Yasin", "Abdulrahman Yasin")]
    [InlineData("V. Putin", "Vladimir Putin")]
    [InlineData("Osama bin Laden", "Usama bin Ladin")]
    [InlineData("Xi Jinping", "Hsi Chin-ping")]
    public void True_variants_score_above_the_threshold(string q, string c)
    {
        var cmp = Compare(q, c);
        Assert.True(cmp.Score >= ScoreCalibration.DefaultThreshold, $"{q} / {c}: {cmp.Score:0.000}");
    }

    [Theory]
    [InlineData("Kim Yoon-ho", "KIM Yong Ho")]
    [InlineData("Kim Yoon-ho", "Kim Jong Un")]
    [InlineData("Lim Soo-seok", "Rim Song Chol")]
    [InlineData("John Kirby", "John Smith")]
    [InlineData("Kim", "Kim Jong Un")]
    [InlineData("Mohammed Ali", "Mohammed Omar")]
    [InlineData("Korea Shipping Company No. 2", "Korea Shipping Company No. 3")]
    public void Different_people_and_companies_score_below_the_threshold(string q, string c)
    {
        var cmp = Compare(q, c);
        Assert.True(cmp.Score < ScoreCalibration.DefaultThreshold, $"{q} / {c}: {cmp.Score:0.000}");
    }

    [Fact]
    public void Explains_the_korean_initial_sound_law()
    {
        var cmp = Compare("Jo Chun-yong", "CHO CHUN RYONG");
        var tokens = MatchExplainer.Tokens(cmp);
        var yong = tokens.Single(t => t.QueryToken == "yong");
        Assert.Equal("RYONG", yong.ListToken);
        Assert.Contains("initial sound law", yong.Rule);
        Assert.Contains("Korean", tokens.Single(t => t.QueryToken == "Jo").Rule);
    }

    [Fact]
    public void Legal_forms_neither_make_nor_break_a_match()
    {
        var a = NameComparer.Default.Compare(NameParser.Parse("Acme Trading LLC", NameReading.Organisation), NameParser.Parse("ACME TRADING LIMITED", NameReading.Organisation));
        Assert.Equal(1.0, a.Score, 3);
        var b = NameComparer.Default.Compare(NameParser.Parse("Acme LLC", NameReading.Organisation), NameParser.Parse("Zenith LLC", NameReading.Organisation));
        Assert.Equal(0.0, b.Score, 3);
    }
}

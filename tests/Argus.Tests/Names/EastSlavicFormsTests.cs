using Argus.Matching;
using Argus.Names;

namespace Argus.Tests.Names;

public class EastSlavicFormsTests
{
    private static bool Agree(string a, string b) =>
        EastSlavicForms.Read(a) is { } x && EastSlavicForms.Read(b) is { } y && EastSlavicForms.Agree(x, y);

    [Theory]
    [InlineData("ivanovich", "ivanavich")]         // Belarusian akanne: unstressed o written a
    [InlineData("gennadevich", "hennadiyovych")]   // Ukrainian h for Russian g, -iyovych
    [InlineData("evgenevich", "yauhenavich")]      // Belarusian ў after a vowel for v
    [InlineData("leonidovna", "leanidauna")]       // a woman's patronymic, Belarusian -auna
    [InlineData("nikolayevich", "mykolaiovych")]   // the stems are one given name in the name data (Mykola = Nikolay)
    [InlineData("volkov", "volkau")]               // family names: -ov / -au
    [InlineData("radkov", "radzkou")]              // Belarusian dz for Russian d
    [InlineData("hrytsenko", "gritsenko")]
    [InlineData("petrovskaya", "piatrouskaya")]
    public void One_name_in_Russian_Ukrainian_and_Belarusian_agrees(string a, string b) => Assert.True(Agree(a, b), $"{a} / {b}");

    [Theory]
    [InlineData("ivanovich", "ivanovna")]          // a man's and a woman's patronymic
    [InlineData("volkov", "volkova")]              // a man's and a woman's family name
    [InlineData("ivanovich", "petrovich")]         // two fathers
    [InlineData("volkov", "sokolov")]
    [InlineData("ivanovich", "ivanov")]            // a patronymic is not a family name
    public void Other_names_do_not(string a, string b) => Assert.False(Agree(a, b), $"{a} / {b}");

    [Theory]
    [InlineData("hoffmann")]   // no East Slavic ending, and not a given name
    [InlineData("zorvexat")]
    [InlineData("kim")]        // short
    public void Other_words_have_no_form(string word) => Assert.Null(EastSlavicForms.Read(word));

    [Theory]
    [InlineData("ihar", "igor", true)]       // Belarusian h for g
    [InlineData("dzmitry", "dmitry", true)]  // Belarusian dz for d
    [InlineData("omar", "amir", false)]      // vowels alone: two names
    [InlineData("aung", "wang", false)]      // a u after a vowel is no v in a given name
    public void Given_names_agree_by_h_for_g_and_dz_for_d_only(string a, string b, bool agree) => Assert.Equal(agree, Agree(a, b));

    [Fact]
    public void The_fold_undoes_h_for_g_u_for_v_dz_for_d_and_drops_vowels()
    {
        Assert.Equal("grgr", EastSlavicForms.Fold("hryhor"));
        Assert.Equal("vgn", EastSlavicForms.Fold("yauhen"));
        Assert.Equal("SvC", EastSlavicForms.Fold("shevchuk")[..3]);
        Assert.Equal("rdkv", EastSlavicForms.Fold("radzkou"));
    }

    [Fact]
    public void A_full_name_in_the_other_language_scores_as_a_romanisation_variant_and_is_explained()
    {
        var cmp = NameComparer.Default.Compare(NameParser.Parse("Ihar Ivanavich ZARANKOU"), NameParser.Parse("Igor Ivanovich ZARANKOV"));
        Assert.True(cmp.Score >= ScoreCalibration.DefaultThreshold, $"{cmp.Score:0.000}");
        Assert.Contains(MatchExplainer.Tokens(cmp), t => t.Rule.Contains("Russian, Ukrainian or Belarusian", StringComparison.Ordinal));
    }
}

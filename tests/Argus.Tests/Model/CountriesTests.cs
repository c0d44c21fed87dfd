using Argus.Model;

namespace Argus.Tests.Model;

public class CountriesTests
{
    [Theory]
    [InlineData("Korea, North", "kp")]
    [InlineData("Democratic People's Republic of Korea", "kp")]
    [InlineData("Democratic People’s Republic of Korea", "kp")]
    [InlineData("DPRK", "kp")]
    [InlineData("North Korea", "kp")]
    [InlineData("PRK", "kp")]
    [InlineData("KP", "kp")]
    [InlineData("Korea, South", "kr")]
    [InlineData("Republic of Korea", "kr")]
    [InlineData("Russian Federation", "ru")]
    [InlineData("Iran (Islamic Republic of)", "ir")]
    [InlineData("Syrian Arab Republic", "sy")]
    [InlineData("Türkiye", "tr")]
    [InlineData("Turkey", "tr")]
    [InlineData("Côte d'Ivoire", "ci")]
    [InlineData("Cote d’Ivoire", "ci")]
    [InlineData("Congo, Democratic Republic of the", "cd")]
    [InlineData("Congo (Democratic Republic)", "cd")]
    [InlineData("Congo", "cg")]
    [InlineData("Burma", "mm")]
    [InlineData("Myanmar (Burma) / Myanmar (Birmanie)", "mm")]
    [InlineData("West Bank", "ps")]
    [InlineData("Palestinian", "ps")]
    [InlineData("Crimea", "ua")]
    [InlineData("USSR", "su")]
    [InlineData("Soviet Union", "su")]
    [InlineData("Belarus / Bélarus", "by")]
    [InlineData("Syria / Syrie", "sy")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland", "gb")]
    [InlineData("UK", "gb")]
    [InlineData("United States of America", "us")]
    [InlineData("Viet Nam", "vn")]
    [InlineData("China, Hong Kong Special Administrative Region", "hk")]
    [InlineData("  russian   federation ", "ru")]
    [InlineData("North Korean", "kp")]
    [InlineData("Afghan", "af")]
    [InlineData("Kosovo", "xk")]
    public void Names_codes_and_adjectives_map_to_iso_codes(string name, string code) =>
        Assert.Equal(code, Countries.ToCode(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("na")]
    [InlineData("NA")]
    [InlineData("00")]
    [InlineData("UNKNOWN")]
    [InlineData("Atlantis")]
    [InlineData("Moscow")]
    public void Unknown_and_placeholder_values_have_no_code(string? name) => Assert.Null(Countries.ToCode(name));

    [Theory]
    [InlineData("North Korean", "kp")]
    [InlineData("Russian", "ru")]
    [InlineData("Iranian", "ir")]
    [InlineData("Syrian", "sy")]
    [InlineData("Iraqi", "iq")]
    [InlineData("Afghan", "af")]
    [InlineData("Filipino", "ph")]
    [InlineData("Saudi Arabian", "sa")]
    [InlineData("british", "gb")]
    public void Demonyms_name_their_country(string word, string code) => Assert.Equal(code, Countries.FromDemonym(word));

    [Theory]
    [InlineData("Russia")]
    [InlineData("Korean")]
    [InlineData("Chad")]
    public void Country_names_and_ambiguous_words_are_not_demonyms(string word) => Assert.Null(Countries.FromDemonym(word));

    [Theory]
    [InlineData("a) Pakistani       b) Saudi Arabian", "pk,sa")]
    [InlineData("Russian and Ukrainian", "ru,ua")]
    [InlineData("Moldovan, Russian and Ukrainian", "md,ru,ua")]
    [InlineData("Former USSR, now Ukraine", "ua")]
    [InlineData("Former USSR Currently Belarus", "by")]
    [InlineData("Ukrainian SSR (now Ukraine)", "ua")]
    [InlineData("a) Russian  b) USSR (until 1991)", "ru")]
    [InlineData("USSR", "su")]
    [InlineData("Georgia (former USSR)", "ge")]
    [InlineData("a) Central African Republic b) Chad", "cf,td")]
    [InlineData("Papua New Guinea", "pg")]
    [InlineData("Democratic Republic of the Congo", "cd")]
    [InlineData("Russian Federation (as at November 2010)", "ru")]
    [InlineData("Moscow", "")]
    public void Free_text_nationality_columns_yield_every_country_named(string text, string codes) =>
        Assert.Equal(codes, string.Join(',', Countries.FindAll(text)));

    [Fact]
    public void The_table_covers_every_iso_country_with_unique_codes_and_names()
    {
        var all = Countries.All;
        Assert.True(all.Count >= 249, $"only {all.Count} countries");
        Assert.Equal(all.Count, all.Select(c => c.Code).Distinct().Count());
        Assert.Equal(all.Count, all.Select(c => c.Alpha3).Distinct().Count());
        Assert.All(all, c => Assert.Equal(c.Code, Countries.ToCode(c.Name)));
        Assert.All(all, c => Assert.Equal(c.Code, Countries.ToCode(c.Alpha3)));
    }

    [Fact]
    public void Display_names_and_alpha3_come_from_the_code()
    {
        Assert.Equal("North Korea", Countries.Name("kp"));
        Assert.Equal("Russia", Countries.Name("RU"));
        Assert.Equal("PRK", Countries.Alpha3("kp"));
        Assert.Equal("zz", Countries.Name("zz"));
    }
}

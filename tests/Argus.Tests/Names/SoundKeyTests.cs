using Argus.Names;

namespace Argus.Tests.Names;

public class SoundKeyTests
{
    [Theory]
    [InlineData("yevgeny", "evgeniy")]
    [InlineData("aleksandr", "alexandr")]
    [InlineData("mikhail", "mihail")]
    [InlineData("hussein", "husayn")]
    [InlineData("hussain", "hossein")]
    [InlineData("mohammed", "muhammad")]
    [InlineData("shchukin", "schukin")]
    [InlineData("tsoi", "tzoi")]
    [InlineData("dmitriy", "dmitry")]
    [InlineData("abdullah", "abdulla")]
    [InlineData("qasim", "kasim")]
    [InlineData("pyeong", "pyong")]
    public void Romanisation_variants_share_a_key(string a, string b) =>
        Assert.Equal(SoundKeys.Key(a), SoundKeys.Key(b));

    [Theory]
    [InlineData("kim", "park")]
    [InlineData("ivan", "ivanov")]
    [InlineData("yoon", "yong")]
    public void Different_names_keep_different_keys(string a, string b) =>
        Assert.NotEqual(SoundKeys.Key(a), SoundKeys.Key(b));

    [Fact]
    public void Reports_the_rules_that_fired()
    {
        var applied = new List<int>();
        SoundKeys.Key("mikhail", applied);
        Assert.Contains(applied, i => SoundKeys.Rules[i].Name == "Russian kh/h");
    }
}

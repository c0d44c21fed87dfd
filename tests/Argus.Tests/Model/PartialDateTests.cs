using Argus.Model;

namespace Argus.Tests.Model;

public class PartialDateTests
{
    [Theory]
    [InlineData("1948", 1948, null, null)]
    [InlineData("1960-04", 1960, 4, null)]
    [InlineData("1960-04-04", 1960, 4, 4)]
    [InlineData("1984-01-08T00:00:00", 1984, 1, 8)]
    public void Parses_the_iso_partial_forms(string text, int year, int? month, int? day)
    {
        Assert.True(PartialDate.TryParse(text, out var d));
        Assert.Equal(new PartialDate(year, month, day), d);
    }

    [Theory]
    [InlineData("")]
    [InlineData("48")]
    [InlineData("1960-13")]
    [InlineData("1961-02-29")]
    [InlineData("circa 1960")]
    public void Refuses_what_is_not_a_date(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Theory]
    [InlineData("1948")]
    [InlineData("~1960")]
    [InlineData("1955/1958")]
    [InlineData("1960-04-04")]
    public void Fuzzy_dates_round_trip(string text)
    {
        Assert.True(FuzzyDate.TryParse(text, out var d));
        Assert.Equal(text, d!.ToString());
    }
}

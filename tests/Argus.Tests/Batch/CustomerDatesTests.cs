using Argus.Batch;

namespace Argus.Tests.Batch;

public class CustomerDatesTests
{
    [Theory]
    [InlineData("1984-01-08", "1984-01-08")]
    [InlineData("1984-01", "1984-01")]
    [InlineData("1984", "1984")]
    [InlineData("1984-01-08T00:00:00", "1984-01-08")]
    [InlineData("08/01/1984", "1984-01-08")]
    [InlineData("8.1.1984", "1984-01-08")]
    [InlineData("08-01-1984", "1984-01-08")]
    [InlineData("08 Jan 1984", "1984-01-08")]
    [InlineData("8 January 1984", "1984-01-08")]
    [InlineData("08-JAN-1984", "1984-01-08")]
    [InlineData("Jan 8, 1984", "1984-01-08")]
    [InlineData("September 1960", "1960-09")]
    [InlineData("29/02/2000", "2000-02-29")]
    public void Common_forms_become_partial_dates(string text, string expected)
    {
        Assert.True(CustomerDates.TryParse(text, out var d, out var error), error);
        Assert.Equal(expected, d!.ToString());
    }

    [Theory]
    [InlineData("31/02/1984", "impossible")]
    [InlineData("29/02/1983", "impossible")]
    [InlineData("01/25/1984", "impossible")]
    [InlineData("1984-13-01", "impossible")]
    [InlineData("0984-01-01", "impossible")]
    [InlineData("2999", "impossible")]
    [InlineData("08 Foo 1984", "unknown month")]
    [InlineData("yesterday", "unreadable")]
    public void Impossible_and_unreadable_dates_say_why(string text, string reason)
    {
        Assert.False(CustomerDates.TryParse(text, out _, out var error));
        Assert.Contains(reason, error);
        Assert.Contains(text, error);
    }
}

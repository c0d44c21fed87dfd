using Argus.Sources;

namespace Argus.Tests.Sources;

public class FreeFormDateTests
{
    [Theory]
    [InlineData("08 Jan 1984", "1984-01-08")]
    [InlineData("8 January 1984", "1984-01-08")]
    [InlineData("1984-01-08", "1984-01-08")]
    [InlineData("Jan 1960", "1960-01")]
    [InlineData("Sept 1977", "1977-09")]
    [InlineData("1948", "1948")]
    [InlineData("circa 1960", "~1960")]
    [InlineData("Circa 08 Oct 1952", "~1952-10-08")]
    [InlineData("approximately 1955", "~1955")]
    [InlineData("1955 to 1958", "1955/1958")]
    [InlineData("1955-1958", "1955/1958")]
    [InlineData("circa 1955 to 1958", "~1955/1958")]
    [InlineData("01 Jan 1948 to 31 Dec 1948", "1948")]
    [InlineData("01 Jan 1962 to 31 Dec 1964", "1962/1964")]
    [InlineData("01 Mar 1960 to 31 Mar 1960", "1960-03")]
    [InlineData("12 Feb 1961 to 14 Feb 1961", "1961-02-12/1961-02-14")]
    [InlineData("01 Oct 1960", "1960-10-01")]
    [InlineData("05.03.1971", "1971-03-05")]
    public void Reads_the_forms_lists_use(string text, string expected) =>
        Assert.Equal(expected, FreeFormDate.Parse(text)?.ToString());

    [Theory]
    [InlineData("")]
    [InlineData("unknown")]
    [InlineData("31 Feb 1980")]
    [InlineData("1958 to 1955")]
    [InlineData("Octember 1960")]
    [InlineData("0000")]
    public void Returns_null_for_what_is_not_a_date(string text) => Assert.Null(FreeFormDate.Parse(text));
}

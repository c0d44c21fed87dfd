using Argus.Model;
using Argus.Sources;

namespace Argus.Tests.Sources;

public class ListDateTextTests
{
    [Theory]
    [InlineData("00/00/1948", "1948")]
    [InlineData("07/10/1952", "1952-10-07")]
    [InlineData("00/04/1960", "1960-04")]
    [InlineData("04/1960", "1960-04")]
    [InlineData("4 Apr. 1960", "1960-04-04")]
    [InlineData("21 Jan. 1960\u00a0\u00a0", "1960-01-21")]
    [InlineData("30 Nov 2016", "2016-11-30")]
    [InlineData("April 4, 1960", "1960-04-04")]
    [InlineData("Sep 1971", "1971-09")]
    [InlineData("1965-04-29", "1965-04-29")]
    [InlineData("1965-04", "1965-04")]
    [InlineData("1948", "1948")]
    [InlineData("Approximately 1960", "~1960")]
    [InlineData("circa 1960", "~1960")]
    [InlineData("Approx 1960", "~1960")]
    [InlineData("1955-1958", "1955/1958")]
    [InlineData("Between 1955 and 1958", "1955/1958")]
    [InlineData("a) Approximately 1955- 1958 b) Approximately 1945-1950", "~1955/1958,~1945/1950")]
    [InlineData("a) 1945; b) 1950", "1945,1950")]
    [InlineData("1971 or 1972 or 1973", "1971,1972,1973")]
    [InlineData("12/05/1965; alt DOB: 12/05/1966", "1965-05-12,1966-05-12")]
    [InlineData("a) 9 Jan. 1963 b) 1962", "1963-01-09,1962")]
    [InlineData("31/02/1970", "1970-02")]
    [InlineData("na", "")]
    [InlineData("born in the early 1960s", "")]
    [InlineData("", "")]
    public void Free_text_dates_keep_their_precision(string text, string expected) =>
        Assert.Equal(expected, string.Join(",", ListDateText.Parse(text)));

    [Theory]
    [InlineData("19274", "1952-10-07")]
    [InlineData("41988", "2014-12-15")]
    public void Excel_serial_days_are_dates(string text, string expected)
    {
        Assert.True(ListDateText.LooksLikeExcelSerial(text, out var serial));
        Assert.Equal(expected, ListDateText.FromExcelSerial(serial).ToString());
    }

    [Theory]
    [InlineData("1948")]
    [InlineData("4 Apr. 1960")]
    [InlineData("")]
    public void Years_and_text_are_not_serials(string text) => Assert.False(ListDateText.LooksLikeExcelSerial(text, out _));

    [Theory]
    [InlineData("(1) A-333602 (2) M110522 (3)R841697", "A-333602|M110522|R841697")]
    [InlineData("(1) 20645897 (2) -", "20645897")]
    [InlineData("a) Pakistani b) Saudi Arabian", "Pakistani|Saudi Arabian")]
    [InlineData("S335026", "S335026")]
    [InlineData("Chairman of the Second Economic Committee (SEC)", "Chairman of the Second Economic Committee (SEC)")]
    public void Numbered_cells_split_into_items(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", NumberedItems.Split(text)));

    [Fact]
    public void Aligned_items_keep_empty_places()
    {
        Assert.Equal(["Samarra", ""], NumberedItems.SplitAligned("(1) Samarra (2) -"));
    }

    [Theory]
    [InlineData("(UN Ref):KPi.076. (Gender):Male", "KPi.076")]
    [InlineData("(UN Ref):QDE.145. Associated with", "QDe.145")]
    [InlineData("(UN Ref):CDi. 037. Listed pursuant", "CDi.037")]
    [InlineData("Leader of Al-Qaida (QDe.004). Deputy to (TAi.024)", "QDe.004,TAi.024")]
    [InlineData("Passport KP1234567", "")]
    public void Un_references_are_found_and_normalised(string text, string expected) =>
        Assert.Equal(expected, string.Join(",", UnReferences.FindAll(text)));
}

using Argus.Sources;

namespace Argus.Tests.Sources;

public class CsvRecordReaderTests
{
    [Fact]
    public void Quoted_fields_with_commas_doubled_quotes_and_line_breaks()
    {
        var records = new CsvRecordReader("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\r\n", "t.csv").ReadAll().ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal(["a", "b, c", "say \"hi\""], records[0].Fields);
        Assert.Equal(["two\nlines", "x"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
    }

    [Fact]
    public void A_trailing_end_of_file_mark_and_blank_lines_are_skipped()
    {
        var records = new CsvRecordReader("1,2\r\n\r\n3,4\r\n\u001A", "t.csv").ReadAll().ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal(3, records[1].Line);
    }

    [Fact]
    public void Text_after_a_closing_quote_names_line_and_field()
    {
        var e = Assert.Throws<ListFormatException>(() => new CsvRecordReader("1,2\n3,\"a\"b,4\n", "t.csv").ReadAll().ToList());
        Assert.Equal("line 2, field 2", e.Location);
    }

    [Fact]
    public void A_quote_never_closed_names_the_line_it_opened_on()
    {
        var e = Assert.Throws<ListFormatException>(() => new CsvRecordReader("1,2\n3,\"a\n4,5\n", "t.csv").ReadAll().ToList());
        Assert.Equal("line 2, field 2", e.Location);
        Assert.Contains("never closed", e.Problem);
    }
}

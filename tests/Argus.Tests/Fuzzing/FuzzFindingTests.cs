using System.Text;
using Argus.Batch;
using Argus.Names;
using Argus.Sources;
using Argus.Tests.Support;

namespace Argus.Tests.Fuzzing;

/// <summary>The classes of input that fuzzing found to break a reader's contract, each kept as a test (and in fuzz/corpus/).</summary>
public sealed class FuzzFindingTests
{
    private static ListFormatException FtmRefusal(string lines) =>
        Assert.Throws<ListFormatException>(() => new FtmJsonFormat().Read(ListSource.FromBytes("x.ftm.json", Encoding.UTF8.GetBytes(lines))));

    [Fact]
    public void A_repeated_property_in_an_ftm_line_is_refused_at_its_line()
    {
        var e = FtmRefusal("""
            {"id":"x-1","schema":"Person","properties":{"name":["Ri Pyong Chol"]}}
            {"id":"x-2","schema":"Person","schema":"Person","properties":{"name":["Cho Chun Ryong"]}}
            """);
        Assert.Equal("line 2", e.Location);
        var nested = FtmRefusal("""{"id":"x-1","schema":"Person","properties":{"name":["A"],"alias":["B"],"alias":["C"]}}""");
        Assert.Equal("line 1", nested.Location);
    }

    [Fact]
    public void Half_a_surrogate_pair_escaped_in_an_ftm_line_is_refused_at_its_line()
    {
        Assert.Equal("line 1", FtmRefusal("""{"id":"x-\ud800","schema":"Person","properties":{"name":["A"]}}""").Location);
        Assert.Equal("line 1", FtmRefusal("""{"id":"x-1","schema":"Person","properties":{"name":["Ri \udc00 Pyong"]}}""").Location);
    }

    [Fact]
    public void An_ftm_value_of_the_wrong_kind_is_refused_at_its_line()
    {
        var e = FtmRefusal("""
            {"id":"x-1","schema":"Person","properties":{"name":["Ri Pyong Chol"]}}
            {"id":"x-2","schema":"Person","caption":7,"properties":{"name":["Cho Chun Ryong"]}}
            """);
        Assert.Equal("line 2", e.Location);
        Assert.Equal("line 1", FtmRefusal("""{"id":true,"schema":"Person","properties":{"name":["A"]}}""").Location);
    }

    [Fact]
    public void Half_a_surrogate_pair_escaped_in_a_customer_json_line_is_an_error_row()
    {
        using var dir = new TempDir();
        var path = dir.File("c.jsonl");
        File.WriteAllText(path, """
            {"name": "Ri Pyeong-chol", "dob": "1948"}
            {"name": "Jo \udc00 Chun-yong", "dob": "1960"}
            {"name": "Kim Jong Un"}
            """);
        using var reader = new JsonLinesCustomerReader(path, TextEncodingSniffer.Detect(path));
        var rows = reader.Rows().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Null(rows[0].Error);
        Assert.Equal("line 2", rows[1].Location);
        Assert.Contains("escape", rows[1].Error);
        Assert.Null(rows[2].Error);

        File.WriteAllText(path, """{"na\ud800me": "Ri Pyeong-chol"}""");
        var e = Assert.Throws<InvalidDataException>(() => new JsonLinesCustomerReader(path, TextEncodingSniffer.Detect(path)));
        Assert.StartsWith("c.jsonl: line 1:", e.Message);
    }

    [Fact]
    public void Half_a_surrogate_pair_in_a_name_is_no_letter()
    {
        var form = NameParser.Parse("Kim \uD800 Jong\uDC00 Un");
        Assert.Equal(NameParser.Parse("Kim Jong Un").Tokens.Select(t => t.Text), form.Tokens.Select(t => t.Text));
        Assert.NotEmpty(NameParser.Parse("Пак \uDBFF").Tokens);
        Assert.Equal(NameParser.Parse("Kim Jong").Tokens.Select(t => t.Text), NameParser.Parse("Kim\uFFFE Jong").Tokens.Select(t => t.Text));
    }

    [Fact]
    public void A_uk_csv_whose_first_record_never_ends_is_refused_at_row_1()
    {
        var bytes = Encoding.UTF8.GetBytes("Last Updated,\"14/04/2025\n" + new string('x', 1 << 20) + "\n");
        var e = Assert.Throws<ListFormatException>(() => new UkOfsiCsvFormat().Read(ListSource.FromBytes("ConList.csv", bytes)));
        Assert.Equal("row 1", e.Location);
    }

    [Theory]
    [InlineData("un/consolidated.xml", "</INDIVIDUAL_ALIAS>")]
    [InlineData("ofac/consolidated.xml", "</id>")]
    [InlineData("eu/fsf.xml", "</sanctionEntity>")]
    [InlineData("ca/sema-lmes.xml", "</record>")]
    public void Xml_nested_thousands_deep_inside_a_record_is_refused_at_its_line_at_once(string sample, string marker)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Samples, "lists", sample));
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at > 0, marker);
        var deep = text[..at] + "\n" + string.Concat(Enumerable.Repeat("<a>", 40_000)) + "x" + string.Concat(Enumerable.Repeat("</a>", 40_000)) + text[at..];
        var e = Assert.Throws<ListFormatException>(() => ListFormats.Read(ListSource.FromBytes(Path.GetFileName(sample), Encoding.UTF8.GetBytes(deep))));
        Assert.Contains("nested deeper than", e.Message);
        var line = text[..at].Count(c => c == '\n') + 2;
        Assert.Contains($"line {line}", e.Message);
    }

    [Theory]
    [InlineData("un/consolidated.xml")]
    [InlineData("ofac/consolidated.xml")]
    [InlineData("eu/fsf.xml")]
    [InlineData("ca/sema-lmes.xml")]
    public void Undecodable_bytes_in_the_xml_declaration_are_refused_as_malformed_xml_at_line_1(string sample)
    {
        // The declaration of fuzz/corpus/ca-sema-xml/bad-byte-in-xml-declaration.xml: the framework's reader threw ArgumentOutOfRangeException on it.
        byte[] declaration = [.. "<?xml\t version=\"1.0"u8, 0x8e, 0x64, 0x62, 0xa5, 0xbe, 0x9c, 0x31, 0xb7, 0x72, 0xad, 0x6c, 0xb4, 0xc7, 0xe5,
            .. "\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"u8];
        var text = File.ReadAllText(Path.Combine(TestPaths.Samples, "lists", sample));
        var body = text.StartsWith("<?xml", StringComparison.Ordinal) ? text[(text.IndexOf("?>", StringComparison.Ordinal) + 2)..] : text;
        var bytes = declaration.Concat(Encoding.UTF8.GetBytes(body)).ToArray();
        var e = Assert.Throws<ListFormatException>(() => ListFormats.Read(ListSource.FromBytes(Path.GetFileName(sample), bytes)));
        Assert.Contains("line 1", e.Message);
        Assert.Contains("XML", e.Message);
    }
}

using System.Text;
using Argus.Text;

namespace Argus.Tests.Text;

/// <summary>What `argus scan` reads: text as it is, the visible text of HTML, and never a binary file.</summary>
public class ScanInputTests
{
    private static string Read(string content, string name = "article.txt") => ScanInput.Read(Encoding.UTF8.GetBytes(content), name).Text;

    [Fact]
    public void Random_bytes_are_refused_as_binary_naming_the_file()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var e = Assert.Throws<FormatException>(() => ScanInput.Read(bytes, "noise.txt"));
        Assert.Contains("noise.txt", e.Message);
        Assert.Contains("binary", e.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "PDF")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "zip")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "PNG")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "gzip")]
    public void Known_binary_formats_are_named(byte[] head, string kind)
    {
        var e = Assert.Throws<FormatException>(() => ScanInput.Read([.. head, .. "some text after the header"u8.ToArray()], "doc.txt"));
        Assert.Contains(kind, e.Message);
    }

    [Fact]
    public void Text_with_a_few_invalid_bytes_is_still_text_but_mostly_invalid_bytes_are_refused()
    {
        var mostlyText = Encoding.UTF8.GetBytes(new string('a', 2000) + " Kim Jong Un ").Concat(new byte[] { 0xFF }).ToArray();
        Assert.Contains("Kim Jong Un", ScanInput.Read(mostlyText, "a.txt").Text);
        var latin = Enumerable.Range(0, 400).Select(i => (byte)(0x80 + i % 0x40)).ToArray();
        Assert.Throws<FormatException>(() => ScanInput.Read(latin, "b.txt"));
    }

    [Fact]
    public void Plain_text_is_returned_as_it_is()
    {
        var text = "Vladimir Putin met <nobody> & Kim Jong Un.\n\nSecond paragraph.";
        var input = ScanInput.Read(Encoding.UTF8.GetBytes(text), "a.txt");
        Assert.Equal(text, input.Text);
        Assert.False(input.FromHtml);
    }

    [Fact]
    public void Html_gives_its_visible_text_with_entities_decoded_and_without_scripts_or_styles()
    {
        var html = """
            <!DOCTYPE html>
            <html><head><title>News</title><style>.Kim { color: red }</style>
            <script>var target = "Vladimir Putin";</script></head>
            <body><h1>Talks</h1>
            <p>Kim&nbsp;Jong&#x2d;un met
               the press &amp; left.</p><p>No one else came.</p>
            <noscript>Enable Mahan Air</noscript>
            </body></html>
            """;
        var input = ScanInput.Read(Encoding.UTF8.GetBytes(html), "page.html");
        Assert.True(input.FromHtml);
        Assert.Contains("Kim Jong-un met the press & left.", input.Text);
        Assert.DoesNotContain("Putin", input.Text);
        Assert.DoesNotContain("color", input.Text);
        Assert.DoesNotContain("Mahan", input.Text);
        Assert.DoesNotContain("<p>", input.Text);
        // Blocks stay apart, so sentences and paragraphs split where the page splits them.
        Assert.Matches(@"left\.\n+No one else came\.", input.Text);
        Assert.Matches(@"Talks\n+Kim", input.Text);
    }

    [Fact]
    public void Html_is_recognised_by_its_content_without_an_extension()
    {
        var input = ScanInput.Read(Encoding.UTF8.GetBytes("\uFEFF  <html><body><p>Ri&nbsp;Pyong Chol</p></body></html>"), "-");
        Assert.True(input.FromHtml);
        Assert.Equal("Ri Pyong Chol", input.Text.Trim());
    }

    [Fact]
    public void Text_that_merely_mentions_a_tag_is_not_taken_for_html()
    {
        var text = "The filter keeps <b> and <i> tags, said Kim Jong Un.";
        Assert.False(ScanInput.Read(Encoding.UTF8.GetBytes(text), "note.txt").FromHtml);
    }
}

using Argus.Sources;
using Argus.Text;

namespace Argus.Tests.Text;

public class DisplayTextTests
{
    [Theory]
    [InlineData("\u001b[2JKim", "\\x1B[2JKim")]
    [InlineData("a\u0007b", "a\\x07b")]
    [InlineData("line\r\nfake", "line\\x0D\\x0Afake")]
    [InlineData("del\u007f", "del\\x7F")]
    [InlineData("csi\u009b31m", "csi\\x9B31m")]
    [InlineData("evil\u202egpj.exe", "evil\\u202Egpj.exe")]
    [InlineData("iso\u2066x\u2069", "iso\\u2066x\\u2069")]
    public void Control_and_bidi_override_characters_become_visible_escapes(string raw, string shown) =>
        Assert.Equal(shown, DisplayText.Escape(raw));

    [Theory]
    [InlineData("Kim Jong Un")]
    [InlineData("조춘룡")]
    [InlineData("Владимир Путин")]
    [InlineData("می\u200cخواهم")]
    [InlineData("שרביט")]
    [InlineData("tab-free text — with “quotes”")]
    public void Names_of_every_script_pass_unchanged(string text) =>
        Assert.Same(text, DisplayText.Escape(text));

    [Fact]
    public void Line_breaks_may_be_kept_for_multi_line_cells() =>
        Assert.Equal("a\nb\\x1B", DisplayText.Escape("a\nb\u001b", keepLineBreaks: true));

    [Fact]
    public void A_refused_file_is_described_without_its_control_bytes()
    {
        var head = "\u001b]0;owned\u0007\u001b[2Jname,dob\n"u8.ToArray();
        var described = ListFormats.Describe(head);
        Assert.DoesNotContain('\u001b', described);
        Assert.DoesNotContain('\u0007', described);
        Assert.Contains("\\x1B", described);
    }
}

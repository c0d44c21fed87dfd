using System.Text;
using Argus.Matching;
using Argus.Model;
using Argus.Text;

namespace Argus.Tests.Text;

/// <summary>Hostile input finishes with a result or a clear error. A screener that finds nothing keeps these tests about the text side.</summary>
public sealed class HostileInputTests
{
    private sealed class NothingListed : IScreener
    {
        public int Calls;
        public double DefaultThreshold => 0.8;
        public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, ScreeningOptions? options = null)
        {
            Interlocked.Increment(ref Calls);
            return [];
        }
    }

    [Fact]
    public void An_empty_or_blank_text_gives_an_empty_report()
    {
        foreach (var text in new[] { "", "   \n\n\t ", "\uFEFF" })
        {
            var r = new TextScanner(new NothingListed()).Scan(text);
            Assert.Empty(r.Entities);
            Assert.Empty(r.Quotes);
            Assert.Empty(r.Events);
            Assert.Equal(text.Length, r.Summary.Characters);
        }
    }

    [Fact]
    public void Fifty_megabytes_on_one_line_are_scanned_in_linear_time()
    {
        var sb = new StringBuilder(50 * 1024 * 1024);
        const string piece = "Kim Jong Un met Vladimir Putin \"and said, \u201Cyes ";
        while (sb.Length < 50 * 1024 * 1024) sb.Append(piece);
        var screener = new NothingListed();
        var r = new TextScanner(screener).Scan(sb.ToString());
        Assert.Equal(sb.Length, r.Summary.Characters);
        Assert.Equal(1, r.Summary.Paragraphs);
        Assert.Contains(r.Entities, e => e.Entity.Name == "Kim Jong Un");
        Assert.True(screener.Calls < 10, $"{screener.Calls} screening calls: repeated names must be screened once");
    }

    [Fact]
    public void One_fifty_megabyte_word_is_no_name()
    {
        var r = new TextScanner(new NothingListed()).Scan(new string('A', 50 * 1024 * 1024));
        Assert.Empty(r.Entities);
    }

    [Fact]
    public void Binary_bytes_decoded_as_text_do_not_break_the_scan()
    {
        var bytes = new byte[2_000_000];
        new Random(7).NextBytes(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        var r = new TextScanner(new NothingListed()).Scan(text);
        Assert.Equal(text.Length, r.Summary.Characters);
        var json = ScanReportJson.ToJson(r);
        Assert.StartsWith("{", json);
    }

    [Fact]
    public void Deeply_nested_quotes_and_right_to_left_marks_are_handled()
    {
        var nested = string.Concat(Enumerable.Repeat("\u201C", 100_000)) + "Maria Lopez" + string.Concat(Enumerable.Repeat("\u201D", 100_000));
        var straight = new string('"', 200_001);
        var rtl = string.Concat(Enumerable.Repeat("\u202E\u200F Kim Jong Un \u202C\u200E said \"\u202Bhi\u202C\" ", 10_000));
        foreach (var text in new[] { nested, straight, rtl })
        {
            var r = new TextScanner(new NothingListed()).Scan(text);
            Assert.True(r.Quotes.Count <= text.Length);
        }
        var rr = new TextScanner(new NothingListed()).Scan(rtl);
        Assert.Contains(rr.Entities, e => e.Entity.Name == "Kim Jong Un");
    }

    [Fact]
    public void A_text_above_the_limit_is_refused_with_the_limit_in_the_message()
    {
        var scanner = new TextScanner(new NothingListed(), new ScanOptions { MaxCharacters = 1000 });
        var e = Assert.Throws<TextTooLargeException>(() => scanner.Scan(new string('x', 1001)));
        Assert.Contains("1,000", e.Message);
    }

    [Fact]
    public void Many_distinct_names_stop_at_the_screening_limit_and_say_so()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 300; i++) sb.Append("Mr. Name").Append(Letters(i)).Append(" Surname").Append(Letters(i)).Append(" spoke. ");
        var screener = new NothingListed();
        var r = new TextScanner(screener, new ScanOptions { MaxScreenedEntities = 50 }).Scan(sb.ToString());
        Assert.Equal(50, screener.Calls);
        Assert.True(r.Summary.ScreeningTruncated);
    }

    private static string Letters(int i) => new([(char)('a' + i % 26), (char)('a' + i / 26 % 26)]);

    [Fact]
    public void Html_report_escapes_the_text()
    {
        var r = new TextScanner(new NothingListed()).Scan("<script>alert('x')</script> Kim Jong Un said \"<b>&amp;</b>\" in Seoul.");
        var html = ScanReportHtml.Render(r);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<mark class=\"person\"", html);
        Assert.DoesNotContain("http", html.Replace("http-equiv", ""));
    }
}

using System.Text.Json;
using Argus.Cli.Tests.Support;
using Argus.Tests.Support;

namespace Argus.Cli.Tests;

/// <summary>`argus scan` through the real process, against the bundled sample lists (nothing imported).</summary>
public class ScanCommandTests
{
    private static string Article(string name) => Path.Combine(TestPaths.Samples, "news", name);

    [Fact]
    public void Json_holds_entities_with_matches_quotes_events_and_summary_alone_on_stdout()
    {
        using var dir = new TempDir();
        var run = ArgusProcess.RunFirstTime(dir.Path, "scan", Article("russia-onerbank.txt"), "--json");
        Assert.True(run.ExitCode == 0, run.StdErr);
        using var doc = JsonDocument.Parse(run.StdOut);
        var root = doc.RootElement;
        var entities = root.GetProperty("entities").EnumerateArray().ToList();
        var putin = entities.Single(e => e.GetProperty("name").GetString() == "Vladimir Putin");
        Assert.Equal("Person", putin.GetProperty("type").GetString());
        var matches = putin.GetProperty("matches").EnumerateArray().Where(m => m.GetProperty("match").GetBoolean()).ToList();
        // One match per target: the OFAC entry is the target's id or one of its referents.
        Assert.Contains(matches, m => m.GetProperty("id").GetString() == "us_ofac_sdn-35096"
            || m.GetProperty("referents").EnumerateArray().Any(r => r.GetString() == "us_ofac_sdn-35096"));
        Assert.Single(matches, m => m.GetProperty("referents").EnumerateArray().Any(r => r.GetString() == "us_ofac_sdn-35096"));
        var match = matches[0];
        foreach (var field in new[] { "dataset", "reference", "caption", "score", "explanation" }) Assert.True(match.TryGetProperty(field, out _), field);
        var text = File.ReadAllText(Article("russia-onerbank.txt"));
        foreach (var m in putin.GetProperty("mentions").EnumerateArray())
            Assert.Equal(m.GetProperty("text").GetString(), text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
        var quote = root.GetProperty("quotes").EnumerateArray().Single();
        Assert.Equal("Olga Smirnova", quote.GetProperty("speaker").GetString());
        Assert.Equal("Sochi", root.GetProperty("events")[0].GetProperty("place").GetString());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("flagged").GetInt32());
        Assert.Contains("bundled samples", run.StdErr);
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash_and_the_console_view_lists_the_sanctioned_first()
    {
        using var dir = new TempDir();
        var run = ArgusProcess.RunFirstTimeWithInput(dir.Path, "Analyst Laura Becker said Bank Melli Iran paid Mahan Air.", "scan", "-");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var bank = run.StdOut.IndexOf("Bank Melli Iran", StringComparison.Ordinal);
        var becker = run.StdOut.IndexOf("Laura Becker", StringComparison.Ordinal);
        Assert.True(bank >= 0 && becker > bank, run.StdOut);
        Assert.Contains("us_ofac_sdn 25578", run.StdOut);
    }

    [Fact]
    public void Html_report_is_written_escaped_and_self_contained()
    {
        using var dir = new TempDir();
        var input = dir.File("hostile.txt");
        File.WriteAllText(input, "<img src=x onerror=alert(1)> Vladimir Putin met \"<script>\" officials.");
        var html = dir.File("report.html");
        var run = ArgusProcess.RunFirstTime(dir.Path, "scan", input, "--html", html, "--json");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var page = File.ReadAllText(html);
        Assert.DoesNotContain("<img", page);
        Assert.DoesNotContain("<script", page);
        Assert.Contains("mark class=\"person flagged\"", page);
        Assert.DoesNotContain("src=\"http", page);
        using var _ = JsonDocument.Parse(run.StdOut);
    }

    [Fact]
    public void A_missing_file_fails_with_one_line_on_stderr_and_nothing_on_stdout()
    {
        using var dir = new TempDir();
        var run = ArgusProcess.Run(dir.Path, "scan", dir.File("absent.txt"), "--json");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("", run.StdOut);
        Assert.Single(run.StdErr.Trim().Split('\n'), l => l.StartsWith("argus:", StringComparison.Ordinal) && l.Contains("absent.txt"));
    }

    [Fact]
    public void An_empty_file_gives_an_empty_report()
    {
        using var dir = new TempDir();
        var input = dir.File("empty.txt");
        File.WriteAllBytes(input, []);
        var run = ArgusProcess.RunFirstTime(dir.Path, "scan", input, "--json");
        Assert.True(run.ExitCode == 0, run.StdErr);
        using var doc = JsonDocument.Parse(run.StdOut);
        Assert.Equal(0, doc.RootElement.GetProperty("entities").GetArrayLength());
        Assert.Equal(0, doc.RootElement.GetProperty("summary").GetProperty("characters").GetInt32());
    }

    [Fact]
    public void A_binary_file_is_refused_and_html_is_scanned_for_its_visible_text_only()
    {
        using var dir = new TempDir();
        var noise = dir.File("noise.txt");
        var bytes = new byte[8192];
        new Random(11).NextBytes(bytes);
        File.WriteAllBytes(noise, bytes);
        var binary = ArgusProcess.RunFirstTime(dir.Path, "scan", noise, "--json");
        Assert.Equal(1, binary.ExitCode);
        Assert.Equal("", binary.StdOut);
        Assert.Contains("binary", binary.StdErr);

        var page = dir.File("page.html");
        File.WriteAllText(page, "<html><head><script>var x = 'Kim Jong Un';</script></head><body><p>Vladimir&nbsp;Putin met the press.</p></body></html>");
        var html = ArgusProcess.RunFirstTime(dir.Path, "scan", page, "--json");
        Assert.True(html.ExitCode == 0, html.StdErr);
        var root = System.Text.Json.JsonDocument.Parse(html.StdOut).RootElement;
        var names = root.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains("Vladimir Putin", names);
        Assert.DoesNotContain("Kim Jong Un", names);
    }
}

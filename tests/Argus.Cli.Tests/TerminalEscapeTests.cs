using System.Text;
using Argus.Cli.Tests.Support;
using Argus.Tests.Support;

namespace Argus.Cli.Tests;

/// <summary>Text from files, lists and queries reaches the terminal with its control characters made visible.</summary>
public class TerminalEscapeTests
{
    private const char Esc = '\u001b';

    private static void AssertNoControls(ArgusRun run)
    {
        foreach (var text in new[] { run.StdOut, run.StdErr })
            Assert.DoesNotContain(text, c => char.IsControl(c) && c is not '\n' and not '\r' || c is '\u202e');
    }

    [Fact]
    public void A_refused_file_whose_first_bytes_are_escape_sequences_is_echoed_escaped()
    {
        using var dir = new TempDir();
        var file = dir.File("list.xml");
        File.WriteAllText(file, $"{Esc}]0;owned\a{Esc}[2J{Esc}[31mIMPORTED OK\n");
        var run = ArgusProcess.Run(dir.File("data"), "lists", "import", file);
        Assert.Equal(1, run.ExitCode);
        AssertNoControls(run);
        Assert.Contains("\\x1B", run.StdErr);
    }

    [Fact]
    public void List_captions_and_the_query_are_shown_escaped_in_the_table()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        var list = dir.File("evil.ftm.json");
        File.WriteAllText(list,
            "{\"id\":\"x-1\",\"schema\":\"Person\",\"caption\":\"Kim Jong Un\\u001b[2J\\u202e\",\"datasets\":[\"evil_list\"],\"properties\":{\"name\":[\"Kim Jong Un\\u001b[2J\\u202e\"]}}\n",
            new UTF8Encoding(false));
        var import = ArgusProcess.Run(data, "lists", "import", list);
        Assert.True(import.ExitCode == 0, import.StdErr);

        var run = ArgusProcess.Run(data, "screen", $"Kim Jong Un{Esc}[5m");
        Assert.Equal(0, run.ExitCode);
        AssertNoControls(run);
        Assert.Contains("\\x1B[2J", run.StdOut);
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Argus.Cli.Tests.Support;
using Argus.Tests.Support;

namespace Argus.Cli.Tests;

public class ListsCommandTests
{
    [Fact]
    public void An_empty_store_lists_nothing_as_json_and_says_so_on_stderr()
    {
        using var dir = new TempDir();
        var run = ArgusProcess.Run(dir.Path, "lists", "--json");
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Equal("[]", run.StdOut.Trim());
        Assert.Contains("no list imported", run.StdErr);
    }

    public static TheoryData<string, byte[]> MalformedFiles() => new()
    {
        { "truncated.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><CONSOLIDATED_LIST dateGenerated=\"2026-03-01\"><INDIVIDUALS><INDIVIDUAL><DATAID>1") },
        { "sdn.csv", Encoding.UTF8.GetBytes("36,\"AEROCARIBBEAN AIRLINES,-0- ,CUBA,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,CUBA,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n") },
        { "ConList.xlsx", Encoding.UTF8.GetBytes("Last Updated,14/04/2025\nthis is a CSV saved under a spreadsheet's name\n") },
        { "consolidated.xml", Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head><body>Try later</body></html>\n") },
        { "empty.xml", [] },
        { "latin1.xml", [.. Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><CONSOLIDATED_LIST dateGenerated=\"2026-03-01\"><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>JOS"), 0xC9, .. Encoding.ASCII.GetBytes("</FIRST_NAME></INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>")] },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public void A_malformed_file_is_refused_naming_the_file_and_place_and_changes_nothing(string name, byte[] content)
    {
        using var dir = new TempDir();
        var data = Path.Combine(dir.Path, "data");
        Baseline(data);
        var before = ArgusProcess.Run(data, "lists", "--json");
        var file = Path.Combine(dir.Path, name);
        File.WriteAllBytes(file, content);

        var run = ArgusProcess.Run(data, "lists", "import", file);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("", run.StdOut);
        // "FILE: PLACE: PROBLEM", as every list reader reports a fault.
        Assert.Matches(new Regex(Regex.Escape(file) + @": [^:\n]+: \S"), run.StdErr);
        var after = ArgusProcess.Run(data, "lists", "--json");
        Assert.Equal(before.StdOut, after.StdOut);
    }

    [Fact]
    public void Update_with_an_unknown_source_is_a_usage_error()
    {
        using var dir = new TempDir();
        var run = ArgusProcess.Run(dir.Path, "lists", "update", "--source", "nowhere");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown source 'nowhere'", run.StdErr);
    }

    [Fact]
    public void Diff_of_a_dataset_that_was_never_imported_fails_with_a_reason()
    {
        using var dir = new TempDir();
        ArgusProcess.Run(dir.Path, "lists", "--json");
        var run = ArgusProcess.Run(dir.Path, "lists", "diff", "un_sc_sanctions");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Single(run.StdErr.Trim().Split('\n'));
    }

    /// <summary>Imports the bundled UN sample, when the UN reader can read it, so that a refusal has something to leave alone.</summary>
    private static void Baseline(string data)
    {
        var sample = Path.Combine(TestPaths.Samples, "lists", "un");
        if (Directory.Exists(sample)) ArgusProcess.Run(data, "lists", "import", sample);
    }
}

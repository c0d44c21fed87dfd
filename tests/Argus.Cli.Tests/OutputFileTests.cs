using System.Diagnostics;
using System.Text;
using Argus.Cli.Tests.Support;
using Argus.Tests.Support;

namespace Argus.Cli.Tests;

/// <summary>
/// Every command that writes a file (`pairs --out`, `scan --html`, `lists export --out`) refuses an output
/// that is its input or the list store by inode, and replaces its output whole or not at all.
/// </summary>
public sealed class OutputFileTests
{
    private static string UnSample => LargeSamples.UnSample;

    /// <summary>A command writing one file, its input (the file it must never overwrite) and what it needs set up.</summary>
    private sealed record Writer(string Data, string Input, Func<string, string[]> Args);

    /// <summary>Each writer's output is larger than 64 KiB, so that a file-size limit cuts it part-way.</summary>
    private static Writer Setup(TempDir dir, string command)
    {
        var data = dir.File("data");
        switch (command)
        {
            case "pairs":
                var pairs = dir.File("pairs.csv");
                var rows = Enumerable.Range(0, 3000).Select(i => $"Ri Pyong Chol {i},Ri Pyong-chol {i},Person");
                File.WriteAllLines(pairs, rows.Prepend("name1,name2,schema"));
                return new Writer(data, pairs, output => ["pairs", pairs, "--out", output]);
            case "scan":
                Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", UnSample).ExitCode);
                var text = dir.File("news.txt");
                var articles = Directory.GetFiles(Path.Combine(TestPaths.Samples, "news")).Order().Select(File.ReadAllText).ToList();
                File.WriteAllText(text, string.Join("\n\n", Enumerable.Repeat(articles, 16).SelectMany(a => a)));
                return new Writer(data, text, output => ["scan", text, "--html", output]);
            default:
                Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", LargeSamples.UnList(dir.File("un.xml"), copies: 100)).ExitCode);
                return new Writer(data, Path.Combine(data, "argus.db"), output => ["lists", "export", "--format", "ftm", "--out", output]);
        }
    }

    public static TheoryData<string, string> CommandsAndAliases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in new[] { "pairs", "scan", "export" })
            foreach (var a in new[] { "symlink", "hardlink" })
                data.Add(c, a);
        return data;
    }

    public static TheoryData<string> Commands() => ["pairs", "scan", "export"];

    [Theory]
    [MemberData(nameof(CommandsAndAliases))]
    public void An_output_that_is_the_input_through_a_link_is_refused_before_anything_is_read(string command, string alias)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempDir();
        var writer = Setup(dir, command);
        var before = File.ReadAllBytes(writer.Input);
        var output = dir.File("out");
        if (alias == "symlink") File.CreateSymbolicLink(output, writer.Input);
        else Link(writer.Input, output);

        var run = ArgusProcess.Run(writer.Data, writer.Args(output));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("same file", run.StdErr);
        Assert.Single(run.StdErr.Trim().Split('\n'));
        Assert.Equal(before, File.ReadAllBytes(writer.Input));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.partial-*", SearchOption.AllDirectories));
        if (command == "export") Assert.Equal(0, ArgusProcess.Run(writer.Data, "screen", "Ri Pyong Chol").ExitCode);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_write_that_fails_part_way_leaves_the_old_output_as_it_was(string command)
    {
        using var dir = new TempDir();
        var writer = Setup(dir, command);
        var output = dir.File("out");
        File.WriteAllText(output, "the report of yesterday\n");

        // 128 blocks of 512 bytes: the store's files fit, the output does not (SIGXFSZ ignored, so writes fail with EFBIG).
        var run = ArgusProcess.RunUnder("trap '' XFSZ; ulimit -f 128; export DOTNET_EnableWriteXorExecute=0;", writer.Data, writer.Args(output));
        Assert.Equal(1, run.ExitCode);
        var error = run.StdErr.Trim().Split('\n')[^1];
        Assert.StartsWith($"argus: {output}: could not be written", error);
        Assert.EndsWith("the file is as it was", error);
        Assert.DoesNotContain("   at ", run.StdErr);
        Assert.Equal("the report of yesterday\n", File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.partial-*", SearchOption.AllDirectories));

        var whole = ArgusProcess.Run(writer.Data, writer.Args(output));
        Assert.True(whole.ExitCode == 0, whole.StdErr);
        Assert.True(new FileInfo(output).Length > 64 * 1024);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_full_device_is_a_one_line_error_and_stays_a_device(string command)
    {
        if (!File.Exists("/dev/full")) return;
        using var dir = new TempDir();
        var writer = Setup(dir, command);
        var run = ArgusProcess.Run(writer.Data, writer.Args("/dev/full"));
        Assert.Equal(1, run.ExitCode);
        var error = run.StdErr.Trim().Split('\n')[^1];
        Assert.StartsWith("argus: /dev/full: could not be written", error);
        Assert.Contains("No space left on device", error);
        Assert.DoesNotContain("   at ", run.StdErr);
        Assert.Equal(0, Shell("test -c /dev/full"));
    }

    [Fact]
    public void A_batch_refuses_a_device_as_its_output_and_creates_nothing_beside_it()
    {
        if (!File.Exists("/dev/full")) return;
        using var dir = new TempDir();
        var data = dir.File("data");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", UnSample).ExitCode);
        var run = ArgusProcess.Run(data, "batch", Path.Combine(TestPaths.Samples, "customers", "customers.csv"), "--out", "/dev/full", "--errors", dir.File("e.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a device or a pipe", run.StdErr);
        Assert.False(File.Exists("/dev/full.partial"));
        Assert.Equal(0, Shell("test -c /dev/full"));
    }

    [Theory]
    [InlineData("--out")]
    [InlineData("--errors")]
    public void A_batch_refuses_an_output_that_is_the_list_store_and_the_lists_stay_screenable(string option)
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", UnSample).ExitCode);
        var db = Path.Combine(data, "argus.db");
        var link = dir.File("results.jsonl");
        File.CreateSymbolicLink(link, db);
        var customers = Path.Combine(TestPaths.Samples, "customers", "customers.csv");
        var run = option == "--out"
            ? ArgusProcess.Run(data, "batch", customers, "--out", link, "--errors", dir.File("e.csv"))
            : ArgusProcess.Run(data, "batch", customers, "--out", dir.File("o.jsonl"), "--errors", link);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("same file", run.StdErr);
        // Opening the run store may touch the database's pages; what matters is that it is still the store.
        Assert.StartsWith("SQLite format 3", Encoding.ASCII.GetString(File.ReadAllBytes(db), 0, 15));
        Assert.Equal(0, ArgusProcess.Run(data, "screen", "Ri Pyong Chol").ExitCode);
    }

    [Fact]
    public void An_output_through_a_symbolic_link_replaces_the_file_it_points_to_and_keeps_the_link()
    {
        using var dir = new TempDir();
        var writer = Setup(dir, "pairs");
        var real = dir.File("real.csv");
        File.WriteAllText(real, "old\n");
        var link = dir.File("link.csv");
        File.CreateSymbolicLink(link, real);
        var run = ArgusProcess.Run(writer.Data, writer.Args(link));
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("name1,name2,schema,score,match", File.ReadAllText(real), StringComparison.Ordinal);
    }

    private static void Link(string target, string link) => Assert.Equal(0, Shell($"ln '{target}' '{link}'"));

    private static int Shell(string command)
    {
        using var p = Process.Start(new ProcessStartInfo("sh", ["-c", command]) { UseShellExecute = false })!;
        p.WaitForExit();
        return p.ExitCode;
    }
}

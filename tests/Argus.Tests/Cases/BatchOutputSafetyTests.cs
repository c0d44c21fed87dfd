using System.Diagnostics;
using Argus.Batch;
using Argus.Cases;
using Argus.Tests.Support;

namespace Argus.Tests.Cases;

/// <summary>No output may be the input or another output, whatever path leads to it; checked before anything is read.</summary>
public class BatchOutputSafetyTests
{
    private static readonly Dictionary<string, int> Versions = new() { ["un_sc_sanctions"] = 1 };
    private const string Table = "name,country\nRi Pyong Chol,kp\nJo Chun Ryong,kp\n";

    private static Task<BatchOutcome> Run(TempDir dir, string input, string output, string? errors = null)
    {
        var runs = RunStore.Open(dir.File("data"));
        var screening = new CustomerFileScreening(runs, new TokenOverlapScreener([TokenOverlapScreener.Person("un_sc_sanctions", "KPi.076", "RI PYONG CHOL")]), Versions);
        return screening.RunAsync(new BatchRequest(input, output, ErrorsPath: errors, Threads: 1));
    }

    private static void HardLink(string target, string link)
    {
        using var p = Process.Start(new ProcessStartInfo("ln", [target, link]) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    public static TheoryData<string> Aliases => new() { "symlink", "hardlink", "errors-is-input", "errors-is-output", "dotted-path" };

    [Theory]
    [MemberData(nameof(Aliases))]
    public async Task An_output_that_is_the_input_or_the_other_output_is_refused_and_the_input_is_untouched(string alias)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("data"));
        var input = dir.File("in.csv");
        File.WriteAllText(input, Table);
        string output = dir.File("o.csv"), errors = dir.File("o.errors.csv");
        switch (alias)
        {
            case "symlink": File.CreateSymbolicLink(output = dir.File("link.csv"), input); break;
            case "hardlink": HardLink(input, output = dir.File("hard.csv")); break;
            case "errors-is-input": errors = input; break;
            case "errors-is-output": errors = output; break;
            case "dotted-path":
                Directory.CreateDirectory(dir.File("sub"));
                output = dir.File("sub") + "/../in.csv";
                break;
        }
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Run(dir, input, output, errors));
        Assert.Contains("same file", e.Message);
        Assert.Equal(Table, File.ReadAllText(input));
        if (alias == "errors-is-output") Assert.False(File.Exists(output));
    }

    [Fact]
    public void Identities_tell_one_file_from_another_and_a_new_path_by_its_directory()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a"), "a");
        File.WriteAllText(dir.File("b"), "b");
        Assert.NotEqual(FileIdentity.Of(dir.File("a")), FileIdentity.Of(dir.File("b")));
        Assert.Equal(FileIdentity.Of(dir.File("a")), FileIdentity.Of(dir.Path + "/./a"));
        Directory.CreateSymbolicLink(dir.File("d"), dir.Path);
        Assert.Equal(FileIdentity.Of(dir.File("new.csv")), FileIdentity.Of(Path.Combine(dir.File("d"), "new.csv")));
        Assert.NotEqual(FileIdentity.Of(dir.File("new.csv")), FileIdentity.Of(dir.File("other.csv")));
    }
}

using System.Text.Json;
using Argus.Cli.Tests.Support;
using Argus.Tests.Support;

namespace Argus.Cli.Tests;

/// <summary>`argus screen` and `argus pairs` run as a user runs them, against the bundled samples.</summary>
public class ScreenCommandTests
{
    [Fact]
    public void Screen_json_puts_the_listed_person_first_with_explanations()
    {
        using var dir = new TempDir();
        var run = ArgusProcess.RunFirstTime(dir.Path, "screen", "Ri Pyeong-chol", "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("bundled samples", run.StdErr);
        using var doc = JsonDocument.Parse(run.StdOut);
        var root = doc.RootElement;
        Assert.Equal("Ri Pyeong-chol", root.GetProperty("query").GetProperty("properties").GetProperty("name")[0].GetString());
        Assert.InRange(root.GetProperty("threshold").GetDouble(), 0.5, 0.95);
        var results = root.GetProperty("results").EnumerateArray().ToArray();
        // Several lists hold him; the UN entry must score as high as the best.
        var first = results.First(r => r.GetProperty("dataset").GetString() == "un_sc_sanctions");
        Assert.Equal("un_sc_sanctions-KPi.076", first.GetProperty("id").GetString());
        Assert.Equal(results[0].GetProperty("score").GetDouble(), first.GetProperty("score").GetDouble());
        Assert.True(first.GetProperty("match").GetBoolean());
        Assert.Equal("un_sc_sanctions", first.GetProperty("dataset").GetString());
        Assert.Equal("KPi.076", first.GetProperty("reference").GetString());
        Assert.Equal("Person", first.GetProperty("schema").GetString());
        Assert.True(first.GetProperty("properties").GetProperty("name").GetArrayLength() > 0);
        var name = first.GetProperty("explanations").GetProperty("name");
        Assert.True(name.GetProperty("tokens").GetArrayLength() >= 3);
        Assert.Contains("Korean", first.GetProperty("explanation").GetString());
    }

    [Fact]
    public void Screen_flags_nobody_for_a_person_who_only_shares_a_family_name()
    {
        using var dir = new TempDir();
        var run = ArgusProcess.RunFirstTime(dir.Path, "screen", "Kim Yoon-ho", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.StdOut);
        Assert.DoesNotContain(doc.RootElement.GetProperty("results").EnumerateArray(), r => r.GetProperty("match").GetBoolean());
    }

    [Fact]
    public void Screen_prints_a_table_by_default()
    {
        using var dir = new TempDir();
        var run = ArgusProcess.RunFirstTime(dir.Path, "screen", "Jo Chun-yong");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("MATCH", run.StdOut);
        Assert.Contains("KPi.038", run.StdOut);
    }

    public static TheoryData<string, string> UnusableDataDirectories() => new()
    {
        { "missing", "no such data directory" },
        { "empty-directory", "no Argus database" },
        { "empty-database", "empty" },
        { "text-database", "not an Argus database" },
    };

    [Theory]
    [MemberData(nameof(UnusableDataDirectories))]
    public void Screen_and_scan_refuse_a_chosen_data_directory_without_lists_naming_it(string kind, string reason)
    {
        using var dir = new TempDir();
        var data = Path.Combine(dir.Path, "data");
        if (kind != "missing") Directory.CreateDirectory(data);
        if (kind == "empty-database") File.WriteAllBytes(Path.Combine(data, "argus.db"), []);
        if (kind == "text-database") File.WriteAllText(Path.Combine(data, "argus.db"), "not a database\n");
        var article = Path.Combine(dir.Path, "a.txt");
        File.WriteAllText(article, "Vladimir Putin met Kim Jong Un.");

        foreach (var run in new[] { ArgusProcess.Run(data, "screen", "Vladimir Putin"), ArgusProcess.Run(data, "scan", article) })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.StdOut);
            Assert.Contains(data, run.StdErr);
            Assert.Contains(reason, run.StdErr);
            Assert.DoesNotContain("bundled samples", run.StdErr);
        }
        Assert.Equal(kind != "missing", Directory.Exists(data));
    }

    [Fact]
    public void The_first_run_without_a_data_directory_announces_the_samples_and_creates_nothing()
    {
        using var dir = new TempDir();
        var run = ArgusProcess.RunFirstTime(dir.Path, "screen", "Vladimir Putin", "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("bundled samples", run.StdErr);
        Assert.False(File.Exists(Path.Combine(dir.Path, "argus", "argus.db")));
    }

    [Fact]
    public void Screen_refuses_a_bad_date_of_birth_with_one_line()
    {
        using var dir = new TempDir();
        var run = ArgusProcess.Run(dir.Path, "screen", "Ri Pyong Chol", "--dob", "yesterday");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Empty(run.StdOut.Trim());
        Assert.Contains("--dob", run.StdErr);
        Assert.Single(run.StdErr.Trim().Split('\n'));
    }

    [Fact]
    public void Pairs_scores_the_sample_and_keeps_its_columns()
    {
        using var dir = new TempDir();
        var output = dir.File("out.csv");
        var run = ArgusProcess.Run(dir.Path, "pairs", Path.Combine(TestPaths.Samples, "pairs", "first-case.csv"), "--out", output);
        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal("name1,name2,schema,note,score,match", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.EndsWith(",true", lines[1]);
        Assert.EndsWith(",true", lines[2]);
        Assert.EndsWith(",true", lines[3]);
        Assert.EndsWith(",true", lines[4]);
        Assert.EndsWith(",false", lines[5]);
        Assert.EndsWith(",false", lines[6]);
    }

    [Fact]
    public void Pairs_refuses_a_file_without_the_name_columns_and_writes_nothing()
    {
        using var dir = new TempDir();
        var input = dir.File("in.csv");
        File.WriteAllText(input, "first,second\nA,B\n");
        var output = dir.File("out.csv");
        var run = ArgusProcess.Run(dir.Path, "pairs", input, "--out", output);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("in.csv", run.StdErr);
        Assert.Contains("name1", run.StdErr);
        Assert.False(File.Exists(output));
    }
}

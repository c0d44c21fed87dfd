using System.Text.Json;
using Argus.Cli.Tests.Support;
using Argus.Tests.Support;

namespace Argus.Cli.Tests;

/// <summary>A user's own list: imported with a name and a title, listed, screened alone and with all, and the dataset rules of every option.</summary>
public class OwnListsCommandTests
{
    private static readonly string Watchlist = Path.Combine(TestPaths.Samples, "own-lists", "watchlist.csv");
    private static readonly string UnSample = Path.Combine(TestPaths.Samples, "lists", "un", "consolidated.xml");

    private static string Imported(TempDir dir)
    {
        var data = Path.Combine(dir.Path, "data");
        var own = ArgusProcess.Run(data, "lists", "import", Watchlist, "--dataset", "my_watchlist", "--title", "Internal watchlist");
        Assert.True(own.ExitCode == 0, own.StdErr);
        var un = ArgusProcess.Run(data, "lists", "import", UnSample);
        Assert.True(un.ExitCode == 0, un.StdErr);
        return data;
    }

    [Fact]
    public void A_names_csv_is_listed_with_its_title_and_format_and_screened_alone_and_with_all()
    {
        using var dir = new TempDir();
        var data = Imported(dir);

        using var lists = JsonDocument.Parse(ArgusProcess.Run(data, "lists", "--json").StdOut);
        var own = lists.RootElement.EnumerateArray().Single(v => v.GetProperty("dataset").GetString() == "my_watchlist");
        Assert.Equal("Internal watchlist", own.GetProperty("title").GetString());
        Assert.Equal("names-csv", own.GetProperty("format").GetString());
        Assert.Equal(4, own.GetProperty("entities").GetInt32());

        var alone = ArgusProcess.Run(data, "screen", "Marta Kowalczyk", "--dataset", "my_watchlist", "--json");
        Assert.True(alone.ExitCode == 0, alone.StdErr);
        using var aloneJson = JsonDocument.Parse(alone.StdOut);
        var results = aloneJson.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("my_watchlist", r.GetProperty("dataset").GetString()));

        using var all = JsonDocument.Parse(ArgusProcess.Run(data, "screen", "Ivan Petrenko", "--json").StdOut);
        Assert.Equal("my_watchlist-W-002", all.RootElement.GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Screening_an_unknown_dataset_is_a_usage_error_that_lists_the_known_ones()
    {
        using var dir = new TempDir();
        var data = Imported(dir);
        var run = ArgusProcess.Run(data, "screen", "Marta Kowalczyk", "--dataset", "my_watchlst");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.StdOut);
        Assert.Contains("unknown --dataset 'my_watchlst'", run.StdErr);
        Assert.Contains("my_watchlist, un_sc_sanctions", run.StdErr);
    }

    [Fact]
    public void Diff_and_export_of_an_unknown_dataset_list_the_known_ones()
    {
        using var dir = new TempDir();
        var data = Imported(dir);
        foreach (var args in new[] { new[] { "lists", "diff", "nope" }, ["lists", "export", "--format", "ftm", "--dataset", "nope"] })
        {
            var run = ArgusProcess.Run(data, args);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("'nope'", run.StdErr);
            Assert.Contains("my_watchlist, un_sc_sanctions", run.StdErr);
        }
    }

    [Fact]
    public void A_file_of_another_format_under_an_existing_dataset_is_refused_and_the_list_stays()
    {
        using var dir = new TempDir();
        var data = Imported(dir);
        var before = ArgusProcess.Run(data, "lists", "--json").StdOut;

        var run = ArgusProcess.Run(data, "lists", "import", Path.Combine(TestPaths.Samples, "lists", "ofac", "sdn.csv"), "--dataset", "un_sc_sanctions");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("un_sc_sanctions holds un-xml data", run.StdErr);
        Assert.Equal(before, ArgusProcess.Run(data, "lists", "--json").StdOut);
    }

    [Fact]
    public void An_invalid_dataset_name_is_refused_with_the_pattern()
    {
        using var dir = new TempDir();
        var run = ArgusProcess.Run(dir.Path, "lists", "import", Watchlist, "--dataset", "My List");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("^[a-z][a-z0-9_]{1,63}$", run.StdErr);
        Assert.Equal("[]", ArgusProcess.Run(dir.Path, "lists", "--json").StdOut.Trim());
    }

    [SharedDataFact]
    public void A_FollowTheMoney_file_as_OpenSanctions_publishes_it_is_its_own_dataset()
    {
        using var dir = new TempDir();
        var data = Path.Combine(dir.Path, "data");
        var run = ArgusProcess.Run(data, "lists", "import", TestPaths.Shared("ftm", "zala.entities.ftm.json"), "--title", "Zala group");
        Assert.True(run.ExitCode == 0, run.StdErr);
        using var lists = JsonDocument.Parse(ArgusProcess.Run(data, "lists", "--json").StdOut);
        var zala = Assert.Single(lists.RootElement.EnumerateArray());
        Assert.Equal(("zala", "Zala group", "ftm-json"), (zala.GetProperty("dataset").GetString(), zala.GetProperty("title").GetString(), zala.GetProperty("format").GetString()));
        var screen = ArgusProcess.Run(data, "screen", "Maria Aleksandrovna Osetrova", "--dataset", "zala", "--json");
        Assert.True(screen.ExitCode == 0, screen.StdErr);
        using var json = JsonDocument.Parse(screen.StdOut);
        var first = json.RootElement.GetProperty("results")[0];
        Assert.Equal(("zala", true), (first.GetProperty("dataset").GetString(), first.GetProperty("match").GetBoolean()));
    }
}

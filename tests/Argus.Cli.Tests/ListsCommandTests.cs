using System.Text;
using System.Text.Json;
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
    public void A_damaged_store_file_gives_a_one_line_reason_naming_it()
    {
        using var dir = new TempDir();
        File.WriteAllText(Path.Combine(dir.Path, "argus.db"), new string('x', 4096));
        var run = ArgusProcess.Run(dir.Path, "lists", "--json");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.StdOut);
        var line = Assert.Single(run.StdErr.Trim().Split('\n'));
        Assert.Contains("argus.db", line);
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

    [Fact]
    public void The_samples_import_as_one_directory_and_a_changed_list_shows_in_the_diff()
    {
        using var dir = new TempDir();
        var data = Path.Combine(dir.Path, "data");
        var import = ArgusProcess.Run(data, "lists", "import", Path.Combine(TestPaths.Samples, "lists"));
        Assert.True(import.ExitCode == 0, import.StdErr);
        Assert.Contains("us_ofac_sdn: version 1", import.StdOut);
        Assert.Contains("un_sc_sanctions: version 1", import.StdOut);

        var listed = JsonDocument.Parse(ArgusProcess.Run(data, "lists", "--json").StdOut).RootElement;
        var sdn = listed.EnumerateArray().Single(d => d.GetProperty("dataset").GetString() == "us_ofac_sdn");
        var count = sdn.GetProperty("entities").GetInt32();
        Assert.Equal(count, sdn.GetProperty("counts").EnumerateObject().Sum(c => c.Value.GetInt32()));
        Assert.Equal(64, sdn.GetProperty("sha256").GetString()!.Length);
        Assert.Equal("ofac-csv", sdn.GetProperty("format").GetString());

        // A new OFAC file: the first record gone, the second renamed, companions beside it as before.
        var ofac = Directory.CreateDirectory(Path.Combine(dir.Path, "ofac-new")).FullName;
        foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.Samples, "lists", "ofac"), "*.csv"))
            File.Copy(f, Path.Combine(ofac, Path.GetFileName(f)));
        var lines = File.ReadAllLines(Path.Combine(ofac, "sdn.csv"), Encoding.Latin1).ToList();
        var gone = lines[0].Split(',')[0];
        var renamed = lines[1].Split(',')[0];
        lines[1] = Regex.Replace(lines[1], "^(\\d+),\"[^\"]*\"", "$1,\"RENAMED, Person\"");
        lines.RemoveAt(0);
        File.WriteAllLines(Path.Combine(ofac, "sdn.csv"), lines, Encoding.Latin1);

        var second = ArgusProcess.Run(data, "lists", "import", Path.Combine(ofac, "sdn.csv"));
        Assert.True(second.ExitCode == 0, second.StdErr);
        Assert.Contains("us_ofac_sdn: version 2", second.StdOut);

        var diff = JsonDocument.Parse(ArgusProcess.Run(data, "lists", "diff", "us_ofac_sdn", "--json", "--by", "entry").StdOut).RootElement;
        Assert.Equal(1, diff.GetProperty("from").GetInt32());
        Assert.Equal(2, diff.GetProperty("to").GetInt32());
        Assert.Equal(0, diff.GetProperty("counts").GetProperty("added").GetInt32());
        Assert.Equal("us_ofac_sdn-" + gone, diff.GetProperty("removed").EnumerateArray().Single().GetProperty("id").GetString());
        var changed = diff.GetProperty("changed").EnumerateArray().Single();
        Assert.Equal("us_ofac_sdn-" + renamed, changed.GetProperty("id").GetString());
        Assert.Contains(changed.GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == "caption"
            && f.GetProperty("after").GetString() == "RENAMED, Person");

        var text = ArgusProcess.Run(data, "lists", "diff", "us_ofac_sdn", "1", "2", "--by", "entry");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("added 0, removed 1, changed 1", text.StdOut);
        Assert.Contains("caption: ", text.StdOut);
    }

    [Fact]
    public void The_diff_by_target_reports_the_target_a_new_national_listing_joins_and_the_id_it_takes_over()
    {
        using var dir = new TempDir();
        var data = Path.Combine(dir.Path, "data");
        var lists = Path.Combine(TestPaths.Samples, "lists");
        var others = Directory.GetDirectories(lists).Where(d => Path.GetFileName(d) != "uk").ToArray();
        Assert.Equal(0, ArgusProcess.Run(data, ["lists", "import", .. others]).ExitCode);
        // The UK's list first without RI PYONG CHUL (13572) and PUTIN (14196), then with them.
        var uk = File.ReadAllLines(Path.Combine(lists, "uk", "ConList.csv"));
        var before = Directory.CreateDirectory(Path.Combine(dir.Path, "uk-before")).FullName;
        File.WriteAllLines(Path.Combine(before, "ConList.csv"), uk.Where(l => !l.EndsWith(",13572", StringComparison.Ordinal) && !l.EndsWith(",14196", StringComparison.Ordinal)));
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", Path.Combine(before, "ConList.csv")).ExitCode);
        var putinBefore = JsonDocument.Parse(ArgusProcess.Run(data, "lists", "links", "--target", "us_ofac_sdn-35096", "--json").StdOut).RootElement;
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", Path.Combine(lists, "uk", "ConList.csv")).ExitCode);

        var run = ArgusProcess.Run(data, "lists", "diff", "gb_hmt_sanctions", "--json");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var diff = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal("target", diff.GetProperty("by").GetString());
        Assert.Equal(0, diff.GetProperty("counts").GetProperty("added").GetInt32());
        Assert.Equal(0, diff.GetProperty("counts").GetProperty("removed").GetInt32());
        var changed = diff.GetProperty("changed").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        Assert.Equal(2, changed.Count);
        var ri = changed["un_sc_sanctions-KPi.076"];
        Assert.Equal(JsonValueKind.Null, ri.GetProperty("previous_id").ValueKind);
        Assert.Equal("gb_hmt_sanctions-13572", Assert.Single(ri.GetProperty("members_added").EnumerateArray().ToArray()).GetProperty("id").GetString());
        var putin = changed["gb_hmt_sanctions-14196"];
        Assert.Equal(FirstTargetId(putinBefore), putin.GetProperty("previous_id").GetString());
        Assert.Contains(putin.GetProperty("entries").EnumerateArray(), e => e.GetProperty("id").GetString() == "us_ofac_sdn-35096");

        var text = ArgusProcess.Run(data, "lists", "diff", "gb_hmt_sanctions");
        Assert.Contains("targets added 0, changed 2, removed 0", text.StdOut);
        Assert.Contains("member added: UK 13572", text.StdOut);
        Assert.Contains("added 2, removed 0, changed 0", ArgusProcess.Run(data, "lists", "diff", "gb_hmt_sanctions", "--by", "entry").StdOut);
    }

    /// <summary>The id of the (first) target an `argus lists links --json` listing shows.</summary>
    private static string FirstTargetId(JsonElement links) =>
        links.GetProperty("targets")[0].GetProperty("id").GetString()!;

    [Fact]
    public void A_list_that_shrank_by_more_than_ten_percent_is_refused_with_both_counts_unless_forced()
    {
        using var dir = new TempDir();
        var data = Path.Combine(dir.Path, "data");
        var full = Path.Combine(TestPaths.Samples, "lists", "un", "consolidated.xml");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", full).ExitCode);
        var before = ArgusProcess.Run(data, "lists", "--json").StdOut;
        var entities = JsonDocument.Parse(before).RootElement[0].GetProperty("entities").GetInt32();

        // The same list with its first individual only: far fewer entities.
        var xml = File.ReadAllText(full);
        var cut = Regex.Replace(xml, "(<INDIVIDUALS>\\s*<INDIVIDUAL>.*?</INDIVIDUAL>).*?(</INDIVIDUALS>)", "$1$2", RegexOptions.Singleline);
        cut = Regex.Replace(cut, "<ENTITIES>.*?</ENTITIES>", "<ENTITIES/>", RegexOptions.Singleline);
        var small = Path.Combine(dir.Path, "small.xml");
        File.WriteAllText(small, cut);

        var refused = ArgusProcess.Run(data, "lists", "import", small);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains(small, refused.StdErr);
        Assert.Contains($"from {entities:N0} entities", refused.StdErr);
        Assert.Contains("to 1 ", refused.StdErr);
        Assert.Equal(before, ArgusProcess.Run(data, "lists", "--json").StdOut);

        var forced = ArgusProcess.Run(data, "lists", "import", small, "--force");
        Assert.True(forced.ExitCode == 0, forced.StdErr);
        Assert.Equal(1, JsonDocument.Parse(ArgusProcess.Run(data, "lists", "--json").StdOut).RootElement[0].GetProperty("entities").GetInt32());
    }

    [Fact]
    public void Export_by_entry_writes_one_followthemoney_line_per_active_entity_that_imports_back()
    {
        using var dir = new TempDir();
        var data = Path.Combine(dir.Path, "data");
        Baseline(data);
        var entities = JsonDocument.Parse(ArgusProcess.Run(data, "lists", "--json").StdOut).RootElement[0].GetProperty("entities").GetInt32();

        var stdout = ArgusProcess.Run(data, "lists", "export", "--format", "ftm", "--by", "entry");
        Assert.True(stdout.ExitCode == 0, stdout.StdErr);
        var lines = stdout.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(entities, lines.Length);
        foreach (var line in lines)
        {
            var e = JsonDocument.Parse(line).RootElement;
            Assert.StartsWith("un_sc_sanctions-", e.GetProperty("id").GetString());
            Assert.NotEmpty(e.GetProperty("properties").GetProperty("name").EnumerateArray());
        }

        var file = Path.Combine(dir.Path, "export.ftm.json");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "export", "--format", "ftm", "--by", "entry", "--dataset", "un_sc_sanctions", "--out", file).ExitCode);
        Assert.Equal(stdout.StdOut, File.ReadAllText(file));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.partial-*"));

        var back = ArgusProcess.Run(Path.Combine(dir.Path, "other"), "lists", "import", file);
        Assert.True(back.ExitCode == 0, back.StdErr);
        var reimported = JsonDocument.Parse(ArgusProcess.Run(Path.Combine(dir.Path, "other"), "lists", "--json").StdOut).RootElement;
        Assert.Equal(entities, reimported.EnumerateArray().Sum(d => d.GetProperty("entities").GetInt32()));

        Assert.Equal(2, ArgusProcess.Run(data, "lists", "export", "--format", "csv").ExitCode);
        Assert.NotEqual(0, ArgusProcess.Run(data, "lists", "export", "--format", "ftm", "--dataset", "nope").ExitCode);
    }

    [Fact]
    public void Export_writes_one_merged_entity_per_target_of_the_samples_with_its_members_as_referents()
    {
        using var dir = new TempDir();
        var data = Path.Combine(dir.Path, "data");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", Path.Combine(TestPaths.Samples, "lists")).ExitCode);
        var entities = JsonDocument.Parse(ArgusProcess.Run(data, "lists", "--json").StdOut).RootElement.EnumerateArray().Sum(d => d.GetProperty("entities").GetInt32());

        var run = ArgusProcess.Run(data, "lists", "export", "--format", "ftm");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var lines = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(lines.Count < entities, $"{lines.Count} targets of {entities} entries");
        Assert.Equal(entities, lines.Sum(l => l.GetProperty("referents").GetArrayLength()));
        var ri = lines.Single(l => l.GetProperty("id").GetString() == "un_sc_sanctions-KPi.076");
        var referents = ri.GetProperty("referents").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("gb_hmt_sanctions-13572", referents);
        Assert.Contains("gb_hmt_sanctions", ri.GetProperty("datasets").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains($"targets of {entities:N0} entries", run.StdErr);

        // --dataset keeps the targets with a member in that list, merged across every list.
        var uk = ArgusProcess.Run(data, "lists", "export", "--format", "ftm", "--dataset", "gb_hmt_sanctions").StdOut
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(uk, l => Assert.Contains("gb_hmt_sanctions", l.GetProperty("datasets").EnumerateArray().Select(d => d.GetString())));
        Assert.Contains(uk, l => l.GetProperty("id").GetString() == "un_sc_sanctions-KPi.076");
        Assert.Equal(2, ArgusProcess.Run(data, "lists", "export", "--format", "ftm", "--by", "list").ExitCode);
    }

    [Fact]
    public void Update_downloads_and_activates_a_good_file_and_refuses_a_truncated_one_or_an_html_page()
    {
        using var dir = new TempDir();
        using var server = new LocalHttpServer();
        var un = File.ReadAllBytes(Path.Combine(TestPaths.Samples, "lists", "un", "consolidated.xml"));
        server.Serve("good.xml", un);
        server.Serve("cut.xml", un[..(un.Length / 2)]);
        server.Serve("error.html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>Temporarily unavailable</body></html>"));

        var good = ArgusProcess.Run(dir.Path, "lists", "update", "--source", "un", "--url-override", "un=" + server.Url("good.xml"), "--retries", "0");
        Assert.True(good.ExitCode == 0, good.StdErr);
        Assert.Contains("un_sc_sanctions: version 1", good.StdOut);
        var before = ArgusProcess.Run(dir.Path, "lists", "--json").StdOut;
        Assert.Contains(server.Url("good.xml"), before);

        foreach (var bad in new[] { "cut.xml", "error.html" })
        {
            var run = ArgusProcess.Run(dir.Path, "lists", "update", "--source", "un", "--url-override", "un=" + server.Url(bad), "--retries", "0");
            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains(server.Url(bad) + ": ", run.StdErr);
            Assert.Equal(before, ArgusProcess.Run(dir.Path, "lists", "--json").StdOut);
        }
    }

    [SharedDataFact]
    public void The_ofac_diff_from_the_2021_to_the_2024_file_counts_what_came_went_and_changed()
    {
        using var dir = new TempDir();
        Assert.Equal(0, ArgusProcess.Run(dir.Path, "lists", "import", TestPaths.Shared("lists", "ofac", "2021-07-07", "sdn.csv")).ExitCode);
        Assert.Equal(0, ArgusProcess.Run(dir.Path, "lists", "import", TestPaths.Shared("lists", "ofac", "sdn.csv")).ExitCode);
        var run = ArgusProcess.Run(dir.Path, "lists", "diff", "us_ofac_sdn", "--json", "--by", "entry");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var diff = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal(8976, diff.GetProperty("fromEntities").GetInt32());
        Assert.Equal(14965, diff.GetProperty("toEntities").GetInt32());
        var counts = diff.GetProperty("counts");
        // Added and removed are checked against the files' own entity numbers in RealListsStoreTests.
        Assert.Equal(6870, counts.GetProperty("added").GetInt32());
        Assert.Equal(881, counts.GetProperty("removed").GetInt32());
        Assert.Equal(6871, counts.GetProperty("changed").GetInt32());
        Assert.Equal(6870, diff.GetProperty("added").GetArrayLength());
    }

    /// <summary>Imports the bundled UN sample so that a refusal has something to leave alone.</summary>
    private static void Baseline(string data)
    {
        var run = ArgusProcess.Run(data, "lists", "import", Path.Combine(TestPaths.Samples, "lists", "un", "consolidated.xml"));
        Assert.True(run.ExitCode == 0, run.StdErr);
    }
}

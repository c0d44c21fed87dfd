using System.Text.Json;
using Argus.Cli.Tests.Support;
using Argus.Tests.Support;

namespace Argus.Cli.Tests;

public class BatchCommandTests
{
    private static string Sample(string name) => Path.Combine(TestPaths.Samples, "customers", name);

    [Fact]
    public void A_customer_file_is_screened_into_json_lines_with_the_mapping_printed_first()
    {
        using var dir = new TempDir();
        var run = ArgusProcess.RunFirstTime(dir.Path, "batch", Sample("customers.csv"), "--out", dir.File("out.jsonl"), "--format", "jsonl");
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Equal("", run.StdOut);
        Assert.True(run.StdErr.IndexOf("mapping:", StringComparison.Ordinal) < run.StdErr.IndexOf("rows read", StringComparison.Ordinal));
        Assert.Contains("date_of_birth → birth_date", run.StdErr);
        Assert.Contains("rows read 12, screened 12", run.StdErr);

        var lines = File.ReadAllLines(dir.File("out.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(Enumerable.Range(1, 12), lines.Select(l => l.GetProperty("row").GetInt32()));
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Array, l.GetProperty("results").ValueKind));
        var ri = lines[0];
        Assert.Equal("Ri Pyeong-chol", ri.GetProperty("query").GetProperty("properties").GetProperty("name")[0].GetString());
        var first = ri.GetProperty("results")[0];
        foreach (var field in new[] { "id", "dataset", "reference", "caption", "schema", "score", "match", "properties", "explanations" })
            Assert.True(first.TryGetProperty(field, out _), $"result lacks '{field}'");
        Assert.Contains(ri.GetProperty("results").EnumerateArray(), r => r.GetProperty("id").GetString() == "un_sc_sanctions-KPi.076");
    }

    [Fact]
    public void Bad_rows_go_to_the_errors_file_with_their_reasons_and_every_good_row_is_screened()
    {
        using var dir = new TempDir();
        var run = ArgusProcess.RunFirstTime(dir.Path, "batch", Sample("bad-rows.csv"), "--out", dir.File("out.csv"), "--json");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var summary = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal(8, summary.GetProperty("rows_read").GetInt32());
        Assert.Equal(3, summary.GetProperty("rows_screened").GetInt32());
        Assert.Equal(5, summary.GetProperty("rows_rejected").GetInt32());

        var errors = File.ReadAllLines(dir.File("out.errors.csv"));
        Assert.Equal("row,location,reason", errors[0]);
        Assert.Equal(["2", "3", "4", "6", "7"], errors.Skip(1).Select(e => e.Split(',')[0]));
        Assert.Contains("no name", errors[1]);
        Assert.Contains("never closed", errors[2]);
        Assert.Contains("impossible date", errors[3]);
        Assert.Contains("unreadable date", errors[4]);
        Assert.Contains("text after a closing quote", errors[5]);

        var csv = File.ReadAllLines(dir.File("out.csv"));
        Assert.StartsWith("row,reference,name,matches,id_1,dataset_1", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("5,B-05,Ri Pyeong-chol,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mapping_override_is_applied_and_a_wrong_one_is_refused_with_a_reason()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("c.csv"), "Client;Born\nRi Pyeong-chol;1948\n");
        var none = ArgusProcess.RunFirstTime(dir.Path, "batch", dir.File("c.csv"), "--out", dir.File("o.csv"));
        Assert.NotEqual(0, none.ExitCode);
        Assert.Contains("--map", none.StdErr);

        var ok = ArgusProcess.RunFirstTime(dir.Path, "batch", dir.File("c.csv"), "--out", dir.File("o.csv"), "--map", "Client=name", "--map", "Born=dob");
        Assert.True(ok.ExitCode == 0, ok.StdErr);
        Assert.Contains("Client → name", ok.StdErr);
        Assert.Contains("Born → birth_date", ok.StdErr);
        var hit = File.ReadAllLines(dir.File("o.csv"))[1];
        Assert.StartsWith("1,,Ri Pyeong-chol,", hit);
        Assert.Contains("RI PYONG CHUL", hit.ToUpperInvariant());

        File.WriteAllText(dir.File("empty.csv"), "");
        var empty = ArgusProcess.RunFirstTime(dir.Path, "batch", dir.File("empty.csv"), "--out", dir.File("e.csv"));
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("empty.csv: the file is empty", empty.StdErr);

        var bad = ArgusProcess.RunFirstTime(dir.Path, "batch", dir.File("c.csv"), "--out", dir.File("o.csv"), "--map", "Nope=name");
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("no column 'Nope'", bad.StdErr);
    }

    [Fact]
    public void Rescreen_reports_what_a_list_update_opened_and_closed()
    {
        using var dir = new TempDir();
        var v1 = Directory.CreateDirectory(dir.File("v1")).FullName;
        var v2 = Directory.CreateDirectory(dir.File("v2")).FullName;
        foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.Samples, "lists", "ofac")))
        {
            File.Copy(f, Path.Combine(v1, Path.GetFileName(f)));
            File.Copy(f, Path.Combine(v2, Path.GetFileName(f)));
        }
        var sdn = File.ReadAllLines(Path.Combine(v2, "sdn.csv"), System.Text.Encoding.Latin1).Where(l => !l.StartsWith("20577,", StringComparison.Ordinal));
        File.WriteAllLines(Path.Combine(v2, "sdn.csv"), sdn, System.Text.Encoding.Latin1);
        var data = dir.File("data");

        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", Path.Combine(v1, "sdn.csv")).ExitCode);
        var batch = ArgusProcess.Run(data, "batch", Sample("customers.csv"), "--out", dir.File("o.csv"), "--json");
        Assert.True(batch.ExitCode == 0, batch.StdErr);
        var runId = JsonDocument.Parse(batch.StdOut).RootElement.GetProperty("run").GetInt32().ToString();

        var unchanged = ArgusProcess.Run(data, "rescreen", runId, "--json");
        Assert.Equal(0, unchanged.ExitCode);
        Assert.Contains("nothing to re-screen", unchanged.StdErr);

        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", Path.Combine(v2, "sdn.csv")).ExitCode);
        var rescreen = ArgusProcess.Run(data, "rescreen", runId, "--json");
        Assert.True(rescreen.ExitCode == 0, rescreen.StdErr);
        var report = JsonDocument.Parse(rescreen.StdOut).RootElement;
        Assert.Equal(2, report.GetProperty("version").GetInt32());
        Assert.Contains(report.GetProperty("closed").EnumerateArray(), h => h.GetProperty("id").GetString() == "us_ofac_sdn-20577" && h.GetProperty("row").GetInt32() == 2);
        Assert.Empty(report.GetProperty("new").EnumerateArray());

        var missing = ArgusProcess.Run(data, "rescreen", "99");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("no batch run 99", missing.StdErr);
    }
    [Fact]
    public void A_stray_byte_in_a_utf8_customer_file_rejects_its_row_and_the_hangul_rows_are_still_found()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", Path.Combine(TestPaths.Samples, "lists", "un", "consolidated.xml")).ExitCode);
        var input = dir.File("x.csv");
        var utf8 = new System.Text.UTF8Encoding(false);
        File.WriteAllBytes(input, [.. utf8.GetBytes("name,dob,country\n조춘룡,,kp\nBad "), 0xFF, .. utf8.GetBytes(" Byte,,us\n")]);

        var run = ArgusProcess.Run(data, "batch", input, "--out", dir.File("o.jsonl"), "--format", "jsonl");
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Contains("UTF-8", run.StdErr);
        var lines = File.ReadAllLines(dir.File("o.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal("조춘룡", lines[0].GetProperty("query").GetProperty("properties").GetProperty("name")[0].GetString());
        Assert.Contains(lines[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("reference").GetString() == "KPi.038");
        Assert.Contains("0xFF", lines[1].GetProperty("error").GetString());
        var errors = File.ReadAllLines(dir.File("o.errors.csv"));
        Assert.StartsWith("2,line 3,", errors[1]);

        var declared = ArgusProcess.Run(data, "batch", input, "--out", dir.File("o2.jsonl"), "--format", "jsonl", "--encoding", "windows-1252");
        Assert.True(declared.ExitCode == 0, declared.StdErr);
        Assert.Contains("Windows-1252", declared.StdErr);
        var unknown = ArgusProcess.Run(data, "batch", input, "--out", dir.File("o3.jsonl"), "--encoding", "klingon");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("klingon", unknown.StdErr);
    }
    [Fact]
    public void Runs_lists_every_batch_with_its_state_progress_file_and_list_versions()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", Path.Combine(TestPaths.Samples, "lists", "un", "consolidated.xml")).ExitCode);
        Assert.Equal(0, ArgusProcess.Run(data, "batch", Sample("customers.csv"), "--out", dir.File("o.csv")).ExitCode);

        var runs = ArgusProcess.Run(data, "runs", "--json");
        Assert.True(runs.ExitCode == 0, runs.StdErr);
        var run = Assert.Single(JsonDocument.Parse(runs.StdOut).RootElement.EnumerateArray());
        Assert.Equal(1, run.GetProperty("run").GetInt32());
        Assert.Equal("complete", run.GetProperty("status").GetString());
        Assert.Equal(12, run.GetProperty("rows_read").GetInt32());
        Assert.Equal(12, run.GetProperty("last_row").GetInt32());
        Assert.EndsWith("customers.csv", run.GetProperty("input").GetString());
        Assert.Equal(1, run.GetProperty("lists").GetProperty("un_sc_sanctions").GetInt32());
        Assert.True(run.TryGetProperty("started", out _) && run.TryGetProperty("updated", out _));

        var table = ArgusProcess.Run(data, "runs");
        Assert.Contains("complete", table.StdOut);
    }
}

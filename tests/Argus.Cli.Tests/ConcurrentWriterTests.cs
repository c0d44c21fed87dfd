using System.Security.Cryptography;
using Argus.Cli.Tests.Support;
using Argus.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Argus.Cli.Tests;

/// <summary>
/// Several argus processes writing one data directory at the same moment: list updates and imports of
/// the same and of other datasets, and batch runs. Each waits for the other's transaction; afterwards
/// every version is whole or absent, none is lost, and the store passes SQLite's own checks.
/// </summary>
public sealed class ConcurrentWriterTests
{
    private static string UnSample => Path.Combine(TestPaths.Samples, "lists", "un", "consolidated.xml");

    [Fact]
    public async Task An_update_and_imports_at_once_of_one_list_and_of_another_keep_every_version_whole()
    {
        using var dir = new TempDir();
        using var server = new LocalHttpServer();
        var data = dir.File("data");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", UnSample).ExitCode);
        var first = LargeSamples.UnList(dir.File("un-a.xml"), copies: 150);
        var second = LargeSamples.UnList(dir.File("un-b.xml"), copies: 160);
        server.Serve("un-a.xml", File.ReadAllBytes(first));
        var ofac = Path.Combine(TestPaths.Samples, "lists", "ofac", "sdn.csv");
        string[][] commands =
        [
            ["lists", "update", "--source", "un", "--url-override", "un=" + server.Url("un-a.xml"), "--retries", "0"],
            ["lists", "import", second],
            ["lists", "import", ofac],
        ];
        var runs = await Task.WhenAll(commands.Select(args => Task.Run(() => ArgusProcess.Run(data, args))));
        foreach (var r in runs) Assert.True(r.ExitCode == 0, r.StdErr);

        using var db = Open(data);
        // Whole: each good version holds exactly the entities it counts.
        var versions = Rows(db, """
            SELECT v.dataset, v.version, v.sha256, v.entity_count, (SELECT count(*) FROM version_entities e WHERE e.version_id = v.id)
            FROM dataset_versions v WHERE v.status = 'good' ORDER BY v.dataset, v.version
            """);
        Assert.All(versions, v => Assert.Equal(v[3], v[4]));
        // None lost: the two new UN files are versions 2 and 3, in the order they committed.
        var un = versions.Where(v => (string)v[0] == "un_sc_sanctions").ToList();
        Assert.Equal([1L, 2L, 3L], un.Select(v => (long)v[1]));
        Assert.Equal(new[] { Sha256(first), Sha256(second) }.Order(), un.Skip(1).Select(v => (string)v[2]).Order());
        var other = Assert.Single(versions, v => (string)v[0] == "us_ofac_sdn");
        Assert.Equal(1L, other[1]);
        Assert.Equal(30L, other[3]);
        AssertIntact(db);
        Assert.Equal(0, ArgusProcess.Run(data, "screen", "Ri Pyong Chol").ExitCode);
    }

    [Fact]
    public async Task Batches_at_once_into_one_run_store_each_complete_with_the_output_of_a_batch_alone()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        Assert.Equal(0, ArgusProcess.Run(data, "lists", "import", UnSample).ExitCode);
        var input = LargeSamples.Customers(dir.File("customers.csv"), copies: 1500);
        var alone = dir.File("alone.csv");
        Assert.Equal(0, ArgusProcess.Run(data, "batch", input, "--out", alone).ExitCode);

        var outputs = Enumerable.Range(1, 3).Select(k => dir.File($"out-{k}.csv")).ToArray();
        var runs = await Task.WhenAll(outputs.Select(o => Task.Run(() => ArgusProcess.Run(data, "batch", input, "--out", o, "--threads", "1"))));
        foreach (var r in runs) Assert.True(r.ExitCode == 0, r.StdErr);
        foreach (var o in outputs) Assert.Equal(File.ReadAllBytes(alone), File.ReadAllBytes(o));

        using var db = Open(data);
        var recorded = Rows(db, """
            SELECT r.id, r.status, r.rows_read, r.rows_matched, (SELECT count(*) FROM batch_hits h WHERE h.run_id = r.id),
                   (SELECT coalesce(sum(c.last_row - c.first_row + 1), 0) FROM batch_subject_chunks c WHERE c.run_id = r.id)
            FROM batch_runs r ORDER BY r.id
            """);
        Assert.Equal(4, recorded.Count);
        Assert.All(recorded, r => Assert.Equal("complete", r[1]));
        Assert.All(recorded, r => Assert.Equal(1500L * 12, r[2]));
        // Every run recorded the same hits and subjects as the one that ran alone.
        Assert.All(recorded, r => Assert.Equal(recorded[0][3..], r[3..]));
        Assert.True((long)recorded[0][4] > 0);
        AssertIntact(db);
    }

    private static SqliteConnection Open(string data)
    {
        var db = new SqliteConnection($"Data Source={Path.Combine(data, "argus.db")};Mode=ReadOnly;Pooling=False");
        db.Open();
        return db;
    }

    private static void AssertIntact(SqliteConnection db)
    {
        Assert.Equal("ok", Assert.Single(Rows(db, "PRAGMA integrity_check"))[0]);
        Assert.Empty(Rows(db, "PRAGMA foreign_key_check"));
    }

    private static List<object[]> Rows(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<object[]>();
        while (r.Read())
        {
            var row = new object[r.FieldCount];
            r.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}

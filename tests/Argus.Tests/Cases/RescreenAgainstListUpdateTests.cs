using System.Text;
using Argus.Batch;
using Argus.Cases;
using Argus.Matching;
using Argus.Model;
using Argus.Sources;
using Argus.Storage;
using Argus.Tests.Support;

namespace Argus.Tests.Cases;

/// <summary>
/// The rescreen promise, through the real store and engine: after a list update, the hits a rescreen
/// leaves open are exactly those of a full batch against the new lists.
/// </summary>
public class RescreenAgainstListUpdateTests
{
    private static async Task<BatchRun> Batch(string dataDir, string customers, string output)
    {
        var lists = ListsInUse.Load(dataDir);
        using var runs = RunStore.Open(dataDir);
        var screening = new CustomerFileScreening(runs, ScreeningIndex.Build(lists.Entities), lists.Versions);
        return (await screening.RunAsync(new BatchRequest(customers, output, Threads: 2))).Run;
    }

    private static List<(long, string, double)> OpenHits(string dataDir, long run)
    {
        using var runs = RunStore.Open(dataDir);
        return runs.OpenHits(run).Select(h => (h.Row, h.EntityId, Math.Round(h.Score, 9))).ToList();
    }

    private static void Import(string dataDir, string path)
    {
        using var store = SnapshotStore.Open(dataDir);
        var result = new ListImporter(store).ImportPaths([path]).Single();
        Assert.True(result.Succeeded, result.Message);
    }

    private static RescreenReport Rescreen(string dataDir, long run)
    {
        using var store = SnapshotStore.Open(dataDir);
        using var runs = RunStore.Open(dataDir);
        return new Rescreening(runs).Run(run, store, threads: 2) ?? throw new InvalidOperationException("nothing changed");
    }

    [Fact]
    public async Task On_the_sample_lists_a_rescreen_equals_a_full_rescreen()
    {
        using var dir = new TempDir();
        var v1 = Directory.CreateDirectory(dir.File("v1")).FullName;
        var v2 = Directory.CreateDirectory(dir.File("v2")).FullName;
        foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.Samples, "lists", "ofac")))
        {
            File.Copy(f, Path.Combine(v1, Path.GetFileName(f)));
            File.Copy(f, Path.Combine(v2, Path.GetFileName(f)));
        }
        // The update: CHO Chun-ryong delisted, RI Pyong Chol's name corrected, RI Song Hyok (UN KPi.077) added.
        var latin1 = Encoding.Latin1;
        var sdn = File.ReadAllLines(Path.Combine(v2, "sdn.csv"), latin1).ToList();
        sdn.RemoveAll(l => l.StartsWith("20577,", StringComparison.Ordinal));
        var ri = sdn.FindIndex(l => l.StartsWith("23215,", StringComparison.Ordinal));
        sdn[ri] = sdn[ri].Replace("\"RI, Pyong Chol\"", "\"RI, Pyong Chul\"");
        // The new entry goes before OFAC's closing control-Z line, as in a published file.
        sdn.Insert(sdn.Count - 1, "99001,\"RI, Song Hyok\",\"individual\",\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 19 Dec 1965; Gender Male.\"");
        File.WriteAllLines(Path.Combine(v2, "sdn.csv"), sdn, latin1);

        var customers = dir.File("customers.csv");
        File.WriteAllLines(customers, [.. File.ReadAllLines(Path.Combine(TestPaths.Samples, "customers", "customers.csv")), "C-0013,Ri Song-hyok,1965,kp,male"]);

        var data = dir.File("data");
        Import(data, Path.Combine(v1, "sdn.csv"));
        var run = await Batch(data, customers, dir.File("run.csv"));
        var before = OpenHits(data, run.Id);
        Assert.Contains(before, h => h.Item2 == "us_ofac_sdn-20577");

        Import(data, Path.Combine(v2, "sdn.csv"));
        var report = Rescreen(data, run.Id);
        var full = await Batch(data, customers, dir.File("full.csv"));

        Assert.Equal(OpenHits(data, full.Id), OpenHits(data, run.Id));
        Assert.Contains(report.Closed, h => h.EntityId == "us_ofac_sdn-20577");
        Assert.Contains(report.New, h => h.EntityId == "us_ofac_sdn-99001" && h.Row == 13);
        Assert.Equal(2, report.Version.Version);
        Assert.True(report.EntitiesScreened <= 2, $"{report.EntitiesScreened} entities re-screened; only the added and the renamed one changed");
    }

    [SharedDataFact]
    public async Task After_the_2024_OFAC_update_a_rescreen_equals_a_full_rescreen()
    {
        var old = ListFormats.Read(ListSource.FromFile(TestPaths.Shared("lists", "ofac", "2021-07-07", "sdn.csv"))).Entities;
        var now = ListFormats.Read(ListSource.FromFile(TestPaths.Shared("lists", "ofac", "sdn.csv"))).Entities;
        var oldIds = old.ToDictionary(e => e.Id);
        var nowIds = now.ToDictionary(e => e.Id);
        static bool Plantable(WatchlistEntity e) => e.Schema == EntitySchema.Person && e.Caption.Length is > 5 and < 40;
        // Customers who are delisted, newly listed, listed both times, plus people who are nobody.
        var people = old.Where(e => Plantable(e) && !nowIds.ContainsKey(e.Id)).Take(25)
            .Concat(now.Where(e => Plantable(e) && !oldIds.ContainsKey(e.Id)).Take(25))
            .Concat(now.Where(e => Plantable(e) && oldIds.ContainsKey(e.Id)).Take(25))
            .Select(e => e.Caption.Replace(",", ""))
            .Concat(["Anna Kowalska", "Jürgen Müller", "María José García", "Chen Wei", "Kim Yoon-ho", "John Kirby", "Fatima Benali", "Oleg Smirnov"])
            .ToArray();

        using var dir = new TempDir();
        var customers = dir.File("customers.csv");
        File.WriteAllLines(customers, ["name", .. people.Select(BatchOutputFormatter.CsvField)]);
        var data = dir.File("data");
        Import(data, TestPaths.Shared("lists", "ofac", "2021-07-07", "sdn.csv"));
        var run = await Batch(data, customers, dir.File("run.csv"));
        Import(data, TestPaths.Shared("lists", "ofac", "sdn.csv"));
        var report = Rescreen(data, run.Id);
        var full = await Batch(data, customers, dir.File("full.csv"));

        Assert.Equal(OpenHits(data, full.Id), OpenHits(data, run.Id));
        Assert.True(report.New.Count >= 20, $"{report.New.Count} new hits: the newly listed people should be found");
        Assert.True(report.Closed.Count >= 20, $"{report.Closed.Count} closed hits: the delisted people's hits should close");
    }
}

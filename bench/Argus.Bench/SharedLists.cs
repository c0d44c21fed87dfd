using System.Diagnostics;
using Argus.Model;
using Argus.Sources;

namespace Argus.Bench;

/// <summary>The official list files in ../shared/data/lists, read with the product's own readers.</summary>
public static class SharedLists
{
    /// <summary>One file per dataset (the newest of each); the 2021 OFAC set is an older copy of the SDN list and is left out.</summary>
    public static readonly string[] Files =
    [
        "un/consolidated.xml",
        "ofac/sdn.csv",
        "ofac/consolidated.xml",
        "us_csl/consolidated.csv.gz",
        "uk/ConList.xlsx",
        "au/regulation8_consolidated.xlsx",
        "ca/sema-lmes.xml",
        "eu/excerpt-2018-12-21.xml",
    ];

    public static string DataDirectory()
    {
        var env = Environment.GetEnvironmentVariable("ARGUS_SHARED");
        if (!string.IsNullOrWhiteSpace(env)) return Path.Combine(env, "data");
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Argus.slnx"))) dir = dir.Parent;
        var root = dir?.FullName ?? Directory.GetCurrentDirectory();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        if (!Directory.Exists(shared)) throw new DirectoryNotFoundException($"{shared}: the shared official data is absent (set ARGUS_SHARED)");
        return shared;
    }

    /// <summary>Reads every list; prints per-file counts and times on standard error.</summary>
    public static List<WatchlistEntity> Load(bool quiet = false)
    {
        var data = DataDirectory();
        var all = new List<WatchlistEntity>();
        foreach (var rel in Files)
        {
            var path = Path.Combine(data, "lists", rel);
            if (!File.Exists(path)) continue;
            var sw = Stopwatch.StartNew();
            try
            {
                var snapshot = ListFormats.Read(ListSource.FromFile(path));
                all.AddRange(snapshot.Entities);
                if (!quiet) Console.Error.WriteLine($"  {rel}: {snapshot.Entities.Count:N0} entities in {sw.ElapsedMilliseconds:N0} ms");
            }
            catch (ListFormatException e)
            {
                Console.Error.WriteLine($"  {rel}: skipped ({e.Message})");
            }
        }
        return all;
    }
}

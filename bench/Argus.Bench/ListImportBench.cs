using System.Diagnostics;
using Argus.Storage;

namespace Argus.Bench;

/// <summary>
/// `list-import DIR [--loads N]`: imports every list file under DIR into a fresh store (timing each file
/// and the whole), then times <see cref="ActiveLists.Load"/> over the result N times (default 5).
/// </summary>
public static class ListImportBench
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: list-import DIR [--loads N]  (DIR: e.g. ../shared/data/lists)");
            return 2;
        }
        var loads = args.Length >= 3 && args[1] == "--loads" ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var data = Path.Combine(Path.GetTempPath(), "argus-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var total = Stopwatch.StartNew();
            using (var store = SnapshotStore.Open(data))
            {
                var importer = new ListImporter(store);
                foreach (var file in ListImporter.ListFiles(args[0]))
                {
                    var sw = Stopwatch.StartNew();
                    var r = importer.Import(Argus.Sources.ListSource.FromFile(file));
                    Console.WriteLine($"{sw.Elapsed.TotalSeconds,7:F2} s  {Path.GetRelativePath(args[0], file),-32} {r.Status,-9} {(r.Version is { } v ? $"{v.Dataset} v{v.Version} {v.EntityCount:N0}" : r.Message)}");
                }
            }
            Console.WriteLine($"{total.Elapsed.TotalSeconds,7:F2} s  import of all files into a fresh store ({new FileInfo(SnapshotStore.PathIn(data)).Length / 1048576.0:F1} MiB)");

            // CPU time beside wall time: on a shared machine the wall clock also measures the neighbours.
            var times = new List<(double Wall, double Cpu)>();
            var count = 0;
            var process = Process.GetCurrentProcess();
            for (var i = 0; i < loads; i++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                count = ActiveLists.Load(data).Entities.Count;
                var wall = sw.Elapsed.TotalMilliseconds;
                process.Refresh();
                times.Add((wall, (process.TotalProcessorTime - cpu).TotalMilliseconds));
            }
            var first = times[0];
            var sorted = times.OrderBy(t => t.Wall).ToList();
            Console.WriteLine($"ActiveLists.Load: {count:N0} entities; first {first.Wall:F0} ms wall / {first.Cpu:F0} ms CPU, " +
                              $"median {sorted[sorted.Count / 2].Wall:F0} ms wall, best {sorted[0].Wall:F0} ms wall / {sorted[0].Cpu:F0} ms CPU over {loads} loads; " +
                              $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            return 0;
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }
}

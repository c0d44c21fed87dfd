using System.Diagnostics;
using System.Globalization;
using Argus.Sources;

namespace Argus.Bench.Lists;

/// <summary>The list-reading task of the bench: <c>parse-lists [--lists DIR] [--runs N]</c>.</summary>
internal static class ListTasks
{
    public static readonly string[] Names = ["parse-lists"];

    /// <summary>The official files read by the UN, OFAC and CSL readers, under ../shared/data/lists.</summary>
    private static readonly string[] Files =
    [
        "un/consolidated.xml",
        "ofac/sdn.csv",
        "ofac/2021-07-07/sdn.csv",
        "ofac/consolidated.xml",
        "us_csl/consolidated.csv.gz",
    ];

    public static int Run(string task, string[] args)
    {
        if (task != "parse-lists") throw new ArgumentException($"unknown list task '{task}'");
        var lists = Option(args, "--lists") ?? Path.GetFullPath(Path.Combine(FindRoot(), "..", "shared", "data", "lists"));
        var runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        // CPU time is reported beside wall time: on a shared machine the wall time mostly measures the queue.
        Console.WriteLine("file\tdataset\tentities\tbytes\tbest_ms\tmedian_ms\tcpu_ms_per_read\tentities_per_cpu_s");
        double total = 0, totalCpu = 0;
        foreach (var file in Files)
        {
            var path = Path.Combine(lists, file);
            if (!File.Exists(path)) { Console.Error.WriteLine($"skipped {file}: not found under {lists}"); continue; }
            ListFormats.Read(ListSource.FromFile(path)); // warm-up: JIT, country table
            var times = new List<double>();
            ListSnapshot? snapshot = null;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < runs; i++)
            {
                var clock = Stopwatch.StartNew();
                snapshot = ListFormats.Read(ListSource.FromFile(path));
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
            times.Sort();
            var median = times[times.Count / 2];
            total += median;
            totalCpu += cpu;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file}\t{snapshot!.Dataset}\t{snapshot.Entities.Count}\t{new FileInfo(path).Length}\t{times[0]:0}\t{median:0}\t{cpu:0}\t{snapshot.Entities.Count / (cpu / 1000):0}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total\t\t\t\t\t{total:0}\t{totalCpu:0}\t"));
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Argus.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}

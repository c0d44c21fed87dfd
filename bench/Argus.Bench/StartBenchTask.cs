using System.Diagnostics;
using Argus.Linking;
using Argus.Matching;
using Argus.Screening;
using Argus.Storage;

namespace Argus.Bench;

/// <summary>
/// `start-bench --data DIR`: where a process starting spends its time before its first screen — the active
/// lists read from the store's JSON, the same read from the snapshot file, the index and the links built and
/// read from their files (<see cref="BuiltIndexCache"/>), the first query — each with its wall and CPU time.
/// </summary>
public static class StartBenchTask
{
    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--data");
        if (at < 0 || at + 1 >= args.Length)
        {
            Console.Error.WriteLine("usage: start-bench --data DIR (a data directory with imported lists)");
            return 2;
        }
        var data = args[at + 1];
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Stage("lists from the store (JSON)", () => { using var store = SnapshotStore.OpenExisting(data); return store.ReadActive().Entities.Count; });
        Stage("lists from the snapshot file", () => ActiveLists.Load(data).Entities.Count);
        var lists = ActiveLists.Load(data);
        var entities = lists.Entities;
        ScreeningIndex? index = null;
        Stage("index build", () => ScreeningIndex.Build(entities).Names.Count);
        Stage("links build", () => LinkSet.Build(entities).Targets.Count);
        // The files are written by an import; the first read here writes them when they are missing or stale.
        new BuiltIndexCache(data, lists).Links();
        Stage("index from its file", () => (index = new BuiltIndexCache(data, lists).Index()).Names.Count);
        Stage("links from their file", () => new BuiltIndexCache(data, lists).Links().Targets.Count);
        Stage("first screen", () => index!.Screen(new ScreeningQuery { Names = ["Ri Pyeong-chol"] }).Count);
        return 0;
    }

    private static void Stage(string name, Func<int> run)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var count = run();
        process.Refresh();
        Console.WriteLine($"{name,-32} {sw.Elapsed.TotalMilliseconds,8:N0} ms wall {(process.TotalProcessorTime - cpu).TotalMilliseconds,8:N0} ms CPU ({count:N0})");
    }
}

using System.Diagnostics;
using System.Globalization;

namespace Argus.Bench.Batch;

/// <summary>The batch tasks of the bench: <c>gen-customers</c>, <c>batch-eval</c>, <c>batch-stages</c> and <c>alloc-stages</c>.</summary>
internal static class BatchTasks
{
    public static readonly string[] Names = ["gen-customers", "batch-eval", "batch-stages", "alloc-stages"];

    public static int Run(string task, string[] args) => task switch
    {
        "gen-customers" => GenerateCustomers(new TaskArgs(args)),
        "batch-eval" => BatchEvaluation.Run(new TaskArgs(args)),
        "batch-stages" => BatchStages.Run(new TaskArgs(args)),
        "alloc-stages" => AllocationStages.Run(new TaskArgs(args)),
        _ => throw new ArgumentException($"unknown batch task '{task}'"),
    };

    /// <summary>
    /// <c>gen-customers --rows N --out FILE [--planted K] [--seed S] [--lists DIR]</c>: writes FILE and
    /// FILE's sidecar of planted rows (<c>NAME.planted.csv</c>).
    /// </summary>
    private static int GenerateCustomers(TaskArgs a)
    {
        var rows = a.Long("--rows", 100_000);
        var output = a.Required("--out");
        var planted = (int)a.Long("--planted", Math.Max(1, Math.Min(1000, rows / 500)));
        var seed = (int)a.Long("--seed", 20260227);
        var lists = a.Get("--lists") ?? SharedLists();
        var clock = Stopwatch.StartNew();
        var entities = CustomerFileGenerator.LoadLists(lists, ListFilter);
        var plantable = CustomerFileGenerator.PlantablePersons(entities);
        Console.Error.WriteLine($"lists: {entities.Count:N0} entities, {plantable.Count:N0} persons that can be planted ({clock.Elapsed.TotalSeconds:0.0} s)");
        var generator = new CustomerFileGenerator(new Random(seed));
        var done = generator.Write(output, rows, plantable, planted);
        var sidecar = SidecarPath(output);
        CustomerFileGenerator.WriteSidecar(sidecar, done);
        Console.Error.WriteLine($"wrote {rows:N0} rows to {output} ({new FileInfo(output).Length / 1e6:0.0} MB), {done.Count} planted listed people in {sidecar}");
        return 0;
    }

    /// <summary>The lists of ../shared/data/lists, one file per dataset: older versions kept there for diffs are left out.</summary>
    public static bool ListFilter(string path) => !path.Replace('\\', '/').Contains("/2021-07-07/", StringComparison.Ordinal);

    public static string SidecarPath(string customers) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(customers))!, Path.GetFileNameWithoutExtension(customers) + ".planted.csv");

    public static string SharedLists()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Argus.slnx"))) dir = dir.Parent;
        var root = dir?.FullName ?? Directory.GetCurrentDirectory();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "lists"));
        return Directory.Exists(shared) ? shared : throw new DirectoryNotFoundException($"no lists at {shared}; pass --lists DIR");
    }

    internal sealed class TaskArgs(string[] args)
    {
        public string? Get(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        public string Required(string name) => Get(name) ?? throw new ArgumentException($"{name} is required");

        public long Long(string name, long fallback) =>
            Get(name) is { } v ? long.Parse(v.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

        public bool Has(string name) => Array.IndexOf(args, name) >= 0;
    }
}

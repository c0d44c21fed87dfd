using System.Diagnostics;
using Argus.Fuzz;
using SharpFuzz;

// argus-fuzz [--minutes M | --seconds S] [--target NAME]... [--seed N] [--findings DIR]
//   Mutation fuzzing of every input path for the given time, split evenly over the targets.
// argus-fuzz afl NAME
//   One target under AFL (the Argus assembly instrumented by `sharpfuzz`), see docs/reliability.md.
var repoRoot = RepoRoot();
if (args is ["afl", var aflTarget])
{
    // Instrumented code may run only inside the fuzzer's callback, which sets up the coverage map: the
    // targets (whose readers are instrumented) are built on the first input.
    FuzzTarget? target = null;
    Fuzzer.OutOfProcess.Run(stream =>
    {
        target ??= new FuzzTargets(repoRoot)[aflTarget];
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        try
        {
            target.Run(new FuzzSeed("input" + Path.GetExtension(target.Seeds.FirstOrDefault()?.Name ?? ""), buffer.ToArray()));
        }
        catch (Exception e) when (target.IsDocumented(e))
        {
            // The contract's own error: not a crash.
        }
    });
    return 0;
}

var targets = new FuzzTargets(repoRoot);
if (args is ["replay", var replayTarget, .. var files])
{
    // Runs saved inputs (fuzz/findings/…) one by one with their time: the way to reproduce a finding.
    var target = targets[replayTarget];
    foreach (var file in files)
    {
        var watch = Stopwatch.StartNew();
        var report = new FuzzRunner(TimeSpan.FromMinutes(10), long.MaxValue).Replay(target with { Seeds = [new FuzzSeed(Path.GetFileName(file), File.ReadAllBytes(file))] });
        Console.WriteLine($"{file}: {watch.Elapsed.TotalSeconds:0.00} s: {(report.Findings.Count == 0 ? "keeps the contract" : report.Findings[0].ToString())}");
    }
    return 0;
}

var budget = TimeSpan.FromMinutes(1);
var seed = 1;
var findingsDir = Path.Combine(repoRoot, "fuzz", "findings");
var chosen = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--minutes": budget = TimeSpan.FromMinutes(double.Parse(args[++i])); break;
        case "--seconds": budget = TimeSpan.FromSeconds(double.Parse(args[++i])); break;
        case "--seed": seed = int.Parse(args[++i]); break;
        case "--target": chosen.Add(args[++i]); break;
        case "--findings": findingsDir = args[++i]; break;
        default: Console.Error.WriteLine($"argus-fuzz: unknown option '{args[i]}'"); return 2;
    }
}

var selected = chosen.Count > 0 ? chosen.Select(n => targets[n]).ToList() : targets.All.ToList();
var each = budget / selected.Count;
var clock = Stopwatch.StartNew();
long total = 0, failures = 0;
foreach (var target in selected)
{
    var replay = FuzzRunner.Default.Replay(target);
    var report = FuzzRunner.Default.Run(target, seed, each, found: f => Save(findingsDir, f));
    foreach (var f in replay.Findings) Save(findingsDir, f);
    total += replay.Executions + report.Executions;
    failures += replay.Findings.Count + report.Findings.Count;
    Console.WriteLine($"{target.Name,-15} {report.Executions,10:N0} inputs  {report.Executions / Math.Max(0.001, report.Elapsed.TotalSeconds),8:N0}/s  {replay.Findings.Count + report.Findings.Count} findings");
}
Console.WriteLine($"total           {total,10:N0} inputs in {clock.Elapsed.TotalMinutes:0.0} min, seed {seed}, {failures} findings{(failures > 0 ? " in " + findingsDir : "")}");
return failures == 0 ? 0 : 1;

static void Save(string dir, FuzzFinding f)
{
    var targetDir = Path.Combine(dir, f.Target);
    Directory.CreateDirectory(targetDir);
    var stem = Path.Combine(targetDir, $"{f.Kind}-{f.Iteration}{Path.GetExtension(f.SeedName)}");
    File.WriteAllBytes(stem, f.Input);
    File.WriteAllText(stem + ".txt", f + Environment.NewLine);
    Console.Error.WriteLine(f.ToString().Split('\n')[0]);
}

static string RepoRoot()
{
    foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Argus.slnx"))) return dir.FullName;
    throw new InvalidOperationException("run argus-fuzz inside the repository (no Argus.slnx above the current directory)");
}

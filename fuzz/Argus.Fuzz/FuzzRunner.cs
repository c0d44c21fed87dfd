using System.Diagnostics;

namespace Argus.Fuzz;

/// <summary>What broke the contract: an undocumented exception, an input that did not finish in time, or one that took too much memory.</summary>
public sealed record FuzzFinding(string Target, int Iteration, string Kind, string Message, byte[] Input, string SeedName)
{
    public override string ToString() => $"{Target} #{Iteration} ({SeedName}, {Input.Length} bytes): {Kind}: {Message}";
}

/// <summary>Executions and findings of one run of one target.</summary>
public sealed record FuzzReport(string Target, long Executions, TimeSpan Elapsed, IReadOnlyList<FuzzFinding> Findings);

/// <summary>
/// Feeds a target its seeds, then mutants of them, until the time or the count runs out. Every input runs
/// under a time bound and an allocation bound; the mutant of iteration i under seed s is always the same
/// input, so a finding is reproduced from (target, seed, iteration).
/// </summary>
public sealed class FuzzRunner(TimeSpan perInput, long maxAllocatedBytes)
{
    public static FuzzRunner Default { get; } = new(TimeSpan.FromSeconds(20), 2L << 30);

    /// <summary>Runs every seed as it is: the corpus, with the inputs of past findings, must pass.</summary>
    public FuzzReport Replay(FuzzTarget target)
    {
        var clock = Stopwatch.StartNew();
        var findings = new List<FuzzFinding>();
        foreach (var seed in target.Seeds)
            if (Check(target, seed, -1) is { } f) findings.Add(f);
        return new FuzzReport(target.Name, target.Seeds.Count, clock.Elapsed, findings);
    }

    public FuzzReport Run(FuzzTarget target, int seed, TimeSpan budget, long maxExecutions = long.MaxValue, Action<FuzzFinding>? found = null)
    {
        var clock = Stopwatch.StartNew();
        var findings = new List<FuzzFinding>();
        if (target.Seeds.Count == 0) return new FuzzReport(target.Name, 0, clock.Elapsed, findings);
        var mutator = new Mutator(unchecked(seed * 7919 + StableHash(target.Name)));
        var executions = 0L;
        for (var i = 0; executions < maxExecutions && clock.Elapsed < budget; i++)
        {
            var bytes = mutator.Mutate(target.Seeds, target.MaxInputBytes);
            var name = target.Seeds[i % target.Seeds.Count].Name;
            executions++;
            if (Check(target, new FuzzSeed(name, bytes), i) is not { } finding) continue;
            findings.Add(finding);
            found?.Invoke(finding);
            if (finding.Kind == "hang") break; // the stuck input still holds a thread
        }
        return new FuzzReport(target.Name, executions, clock.Elapsed, findings);
    }

    private FuzzFinding? Check(FuzzTarget target, FuzzSeed input, int iteration)
    {
        long allocated = 0;
        var run = Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                target.Run(input);
            }
            finally
            {
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
        });
        try
        {
            if (!run.Wait(perInput))
                return new FuzzFinding(target.Name, iteration, "hang", $"no result in {perInput.TotalSeconds:0} s", input.Bytes, input.Name);
        }
        catch (AggregateException e) when (e.InnerException is { } inner)
        {
            if (!target.IsDocumented(inner))
                return new FuzzFinding(target.Name, iteration, "crash", $"{inner.GetType().FullName}: {inner.Message}\n{inner.StackTrace}", input.Bytes, input.Name);
        }
        return allocated > maxAllocatedBytes
            ? new FuzzFinding(target.Name, iteration, "memory", $"{allocated / (1 << 20)} MiB allocated for {input.Bytes.Length} bytes", input.Bytes, input.Name)
            : null;
    }

    /// <summary>string.GetHashCode differs between processes; a finding's iteration must not.</summary>
    private static int StableHash(string text)
    {
        var h = 17;
        foreach (var c in text) h = unchecked(h * 31 + c);
        return h;
    }
}

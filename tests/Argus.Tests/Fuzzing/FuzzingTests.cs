using Argus.Fuzz;
using Argus.Tests.Support;

namespace Argus.Tests.Fuzzing;

/// <summary>
/// Every input path keeps its contract on its corpus and on mutants of the real samples: a result or its
/// documented error naming the place, in bounded time and memory. A bounded run (about two seconds a
/// target); the long run is `dotnet run -c Release --project fuzz/Argus.Fuzz -- --minutes 30`.
/// </summary>
public sealed class FuzzingTests
{
    private static readonly Lazy<FuzzTargets> Targets = new(() => new FuzzTargets(TestPaths.RepoRoot));
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    private const int MaxExecutions = 4000;

    public static TheoryData<string> TargetNames() => [.. new FuzzTargets(TestPaths.RepoRoot).All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void The_corpus_and_mutants_of_the_samples_give_a_result_or_the_documented_error(string name)
    {
        var target = Targets.Value[name];
        Assert.NotEmpty(target.Seeds);
        var replay = FuzzRunner.Default.Replay(target);
        Assert.True(replay.Findings.Count == 0, string.Join("\n", replay.Findings));
        var run = FuzzRunner.Default.Run(target, seed: 20261202, Budget, MaxExecutions);
        Assert.True(run.Executions > 0);
        Assert.True(run.Findings.Count == 0, $"{run.Findings.Count} findings in {run.Executions} inputs:\n" + string.Join("\n", run.Findings.Take(3)));
    }

    [Fact]
    public void Every_list_format_customer_file_reader_and_request_body_is_a_target()
    {
        var names = Targets.Value.All.Select(t => t.Name).ToHashSet();
        foreach (var format in Argus.Sources.ListFormats.All) Assert.Contains(format.Name, names);
        foreach (var reader in new[] { "customer-csv", "customer-jsonl", "customer-xlsx", "name-parser", "screen", "text-scan", "list-detect", "match-request", "scan-request" })
            Assert.Contains(reader, names);
    }

    [Fact]
    public void The_same_seed_makes_the_same_mutants()
    {
        var seeds = Targets.Value["un-xml"].Seeds;
        var a = new Mutator(5);
        var b = new Mutator(5);
        for (var i = 0; i < 50; i++) Assert.Equal(a.Mutate(seeds, 1 << 16), b.Mutate(seeds, 1 << 16));
    }

    [Fact]
    public void An_undocumented_exception_a_hang_and_a_memory_blow_up_are_findings()
    {
        var seeds = new[] { new FuzzSeed("x", [1, 2, 3]) };
        var crash = new FuzzTarget("crash", seeds, _ => throw new NullReferenceException(), _ => false);
        var allowed = new FuzzTarget("allowed", seeds, _ => throw new InvalidDataException("x: line 1: bad"), e => e is InvalidDataException);
        var hang = new FuzzTarget("hang", seeds, _ => Thread.Sleep(2000), _ => false);
        var greedy = new FuzzTarget("greedy", seeds, _ => GC.KeepAlive(new byte[64 << 20]), _ => false);
        var runner = new FuzzRunner(TimeSpan.FromSeconds(30), 32 << 20);
        Assert.Equal("crash", Assert.Single(runner.Replay(crash).Findings).Kind);
        Assert.Empty(runner.Replay(allowed).Findings);
        Assert.Equal("memory", Assert.Single(runner.Replay(greedy).Findings).Kind);
        Assert.Equal("hang", Assert.Single(new FuzzRunner(TimeSpan.FromMilliseconds(300), 32 << 20).Replay(hang).Findings).Kind);
    }
}

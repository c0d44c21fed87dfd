using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Argus.Matching;
using Argus.Model;
using Argus.Names;

namespace Argus.Bench;

/// <summary>`micro`: BenchmarkDotNet figures for name parsing, name comparison and one screen over all shared lists.</summary>
public static class MicroTask
{
    public static int Run(string[] args)
    {
        BenchmarkRunner.Run<MatchingBenchmarks>(args: args);
        return 0;
    }
}

[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private ScreeningIndex index = ScreeningIndex.Empty;
    private NameForm query = NameParser.Parse("Ri Pyeong-chol");
    private NameForm listed = NameParser.Parse("RI PYONG CHUL");
    private readonly ScreeningQuery screening = ScreeningQuery.ForName("Jo Chun-yong", EntitySchema.Person);

    [GlobalSetup]
    public void Setup()
    {
        index = ScreeningIndex.Build(SharedLists.Load(quiet: true));
        query = NameParser.Parse("Ri Pyeong-chol");
        listed = NameParser.Parse("RI PYONG CHUL");
    }

    [Benchmark] public NameForm ParseName() => NameParser.Parse("Abd al-Rahman Muhammad Zafir al-Dubaysi");
    [Benchmark] public double CompareNames() => NameComparer.Default.Compare(query, listed).Score;
    [Benchmark] public int ScreenOne() => index.Screen(screening).Count;
}

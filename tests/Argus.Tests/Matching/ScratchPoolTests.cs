using Argus.Matching;

namespace Argus.Tests.Matching;

public class ScratchPoolTests
{
    [Fact]
    public void It_reuses_what_was_returned_and_keeps_no_more_than_its_bound()
    {
        var pool = new ScratchPool<List<int>>();
        var a = pool.Rent();
        pool.Return(a);
        Assert.Same(a, pool.Rent());
        var many = Enumerable.Range(0, pool.Max * 3).Select(_ => pool.Rent()).ToList();
        foreach (var s in many) pool.Return(s);
        Assert.Equal(pool.Max, pool.Kept);
    }

    [Fact]
    public async Task Screens_on_many_threads_at_once_give_the_results_of_one_thread()
    {
        var index = ScreeningIndex.Build(Argus.Storage.ActiveLists.LoadSamples(Path.Combine(Support.TestPaths.Samples, "lists")).Entities);
        var query = ScreeningQuery.ForName("Ri Pyong Chol");
        var expected = index.Screen(query).Select(r => (r.Entity.Id, r.Score)).ToList();
        var runs = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => index.Screen(query).Select(r => (r.Entity.Id, r.Score)).ToList())));
        Assert.All(runs, r => Assert.Equal(expected, r));
    }
}

using Argus.Matching;
using Argus.Model;

namespace Argus.Tests.Matching;

public class ScreeningResultTests
{
    private static readonly WatchlistEntity Entity = new()
    {
        Id = WatchlistEntity.MakeId(Datasets.UnSc, "X1"),
        Dataset = Datasets.UnSc,
        Reference = "X1",
        Schema = EntitySchema.Person,
        Caption = "Test Person",
        Names = [new EntityName("Test Person")],
    };

    [Fact]
    public void An_explanation_read_by_many_threads_at_once_is_written_once()
    {
        var writes = 0;
        var result = new ScreeningResult(Entity, 0.9, true, () =>
        {
            Interlocked.Increment(ref writes);
            Thread.Sleep(20);
            return new MatchExplanation("q", "Test Person", [], [], "summary");
        });
        var read = new MatchExplanation[8];
        Parallel.For(0, read.Length, new ParallelOptions { MaxDegreeOfParallelism = read.Length }, i => read[i] = result.Explanation);
        Assert.Equal(1, writes);
        Assert.All(read, r => Assert.Same(read[0], r));
        Assert.Same(read[0], result.Explanation);
    }

    [Fact]
    public void An_explanation_given_replaces_the_one_that_would_be_written()
    {
        var given = new MatchExplanation("q", "Test Person", [], [], "given");
        var result = new ScreeningResult(Entity, 0.9, true, () => throw new InvalidOperationException("not to be written"));
        Assert.Same(given, (result with { Explanation = given }).Explanation);
        Assert.Same(given, new ScreeningResult(Entity, 0.9, true, given).Explanation);
    }

    [Fact]
    public void Every_result_of_a_screen_explains_itself_the_same_way_whenever_read()
    {
        var index = ScreeningIndex.Build([Entity with { Names = [new EntityName("Viktor Gennadyevich Khrenin")], Caption = "Viktor Gennadyevich Khrenin" }]);
        var results = index.Screen(ScreeningQuery.ForName("Khrenin Viktor", EntitySchema.Person));
        var result = Assert.Single(results);
        Assert.Same(result.Explanation, result.Explanation);
        Assert.Contains("Khrenin = Khrenin", result.Explanation.Summary);
    }
}

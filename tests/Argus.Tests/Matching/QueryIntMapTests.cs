using Argus.Matching;

namespace Argus.Tests.Matching;

public class QueryIntMapTests
{
    [Fact]
    public void Holds_what_was_added_through_growth_and_nothing_after_it_is_cleared()
    {
        var map = new QueryIntMap();
        for (var round = 0; round < 3; round++)
        {
            map.Clear();
            var size = round == 1 ? 5_000 : 40;
            for (var k = 0; k < size; k++) map.Add(k * 1_000 + round, k);
            for (var k = 0; k < size; k++)
            {
                Assert.True(map.TryGetValue(k * 1_000 + round, out var v));
                Assert.Equal(k, v);
                Assert.False(map.TryGetValue(k * 1_000 + round + 1, out _));
            }
        }
        map.Clear();
        Assert.False(map.TryGetValue(2, out _));
    }
}

using System.Runtime.CompilerServices;
using Argus.Matching;

namespace Argus.Tests.Matching;

public class CandidateMarksTests
{
    [Fact]
    public void Keeps_every_name_touched_by_a_query_through_growth_and_forgets_them_at_the_next()
    {
        var marks = new CandidateMarks();
        marks.StartQuery(10);
        // Far more names than the first table holds, spread as name numbers of an index are.
        var names = Enumerable.Range(0, 20_000).Select(i => i * 7 + 3).ToArray();
        foreach (var n in names)
        {
            ref var m = ref marks.Touch(n, out var added);
            Assert.True(added);
            m.Score += n;
            m.Stamp = 1;
        }
        foreach (var n in names)
        {
            ref var again = ref marks.Touch(n, out var added);
            Assert.False(added);
            Assert.Equal((float)n, again.Score);
        }
        Assert.True(Unsafe.IsNullRef(ref marks.Find(4)));
        Assert.Equal(10f, marks.Find(10).Score);

        marks.StartQuery(10);
        Assert.True(Unsafe.IsNullRef(ref marks.Find(10)));
        ref var fresh = ref marks.Touch(10, out var isNew);
        Assert.True(isNew);
        Assert.Equal(0f, fresh.Score);
        Assert.Equal(0, fresh.Stamp);
    }

    [Fact]
    public void A_small_query_after_a_large_one_and_a_larger_one_after_that_find_their_own_names_only()
    {
        var marks = new CandidateMarks();
        foreach (var (size, expected) in new[] { (30_000, 30_000), (10, 10), (70_000, 100), (3_000, 50_000), (5_000, 5_000) })
        {
            marks.StartQuery(expected);
            var offset = size; // each query touches other name numbers than the one before
            for (var i = 0; i < size; i++)
            {
                ref var m = ref marks.Touch(offset + i * 3, out var added);
                Assert.True(added);
                m.Score = i;
            }
            for (var i = 0; i < size; i++) Assert.Equal((float)i, marks.Find(offset + i * 3).Score);
            Assert.True(Unsafe.IsNullRef(ref marks.Find(offset + 1)));
            Assert.True(Unsafe.IsNullRef(ref marks.Find(offset - 3)));
        }
    }
}

using System.Runtime.CompilerServices;
using Argus.Matching;

namespace Argus.Tests.Matching;

public class CandidateMarksTests
{
    [Fact]
    public void A_query_finds_the_names_it_touched_and_the_next_query_none_of_them()
    {
        var marks = new CandidateMarks();
        marks.StartQuery(1_000);
        var first = marks.NextToken();
        foreach (var n in new[] { 3, 500, 999 })
        {
            ref var m = ref marks.Touch(n, out var added);
            Assert.True(added);
            m.Stamp = first;
            m.Score += 0.5f;
        }
        var second = marks.NextToken();
        Assert.True(second > first);
        ref var again = ref marks.Touch(500, out var isNew);
        Assert.False(isNew);
        Assert.Equal(first, again.Stamp);
        again.Stamp = second;
        again.Score += 0.25f;
        Assert.Equal(0.75f, marks.Find(500).Score);
        Assert.True(Unsafe.IsNullRef(ref marks.Find(4)));

        // A larger index, a new query: nothing touched before counts, and the score starts from 0.
        marks.StartQuery(5_000);
        Assert.True(Unsafe.IsNullRef(ref marks.Find(500)));
        var third = marks.NextToken();
        ref var fresh = ref marks.Touch(500, out var added2);
        Assert.True(added2);
        Assert.Equal(0f, fresh.Score);
        fresh.Stamp = third;
        ref var far = ref marks.Touch(4_999, out var added3);
        Assert.True(added3);
    }
}

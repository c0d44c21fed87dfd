namespace Argus.Matching;

/// <summary>
/// The names one query has touched while its candidates are gathered, each with its pre-score (the weight
/// of the query tokens it shares) and the last query token that credited it. A query touches hundreds of
/// names out of ~100,000: an open-addressing table of those stays in the processor's cache, where an
/// array over every name of the index is read at random and mostly from memory.
/// Not thread-safe: one per thread, reused query after query.
/// </summary>
internal sealed class CandidateMarks
{
    /// <summary>One touched name.</summary>
    internal struct Mark
    {
        public int Name;
        /// <summary>The query that wrote the entry: entries of earlier queries are free slots.</summary>
        public int Query;
        /// <summary>The query token that last credited the name (<see cref="CandidateMarks"/> callers' generation).</summary>
        public int Stamp;
        public float Score;
    }

    private const int SmallSize = 4096;

    // Most queries touch fewer than a thousand names and work in the small table; a query touching many
    // more works in the front of the large one, sized for it (the large array is kept for the next such
    // query, but a query sized for the largest ever would spread its names over all of it).
    private readonly Mark[] small = new Mark[SmallSize];
    private Mark[] large = [];
    private Mark[] marks = [];
    private int mask, shift;
    private int query = 1;
    private int count;
    private readonly List<Mark> moving = [];

    public CandidateMarks() => Use(small, SmallSize);

    private void Use(Mark[] table, int size)
    {
        marks = table;
        mask = size - 1;
        shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
    }

    /// <summary>Forgets every name: a new query starts, expected to touch up to about <paramref name="expected"/> names.</summary>
    public void StartQuery(int expected)
    {
        count = 0;
        if (++query == int.MaxValue)
        {
            Array.Clear(small);
            Array.Clear(large);
            query = 1;
        }
        var size = (int)Math.Min(System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(expected, 1) * 2), 1u << 26);
        if (size <= SmallSize) Use(small, SmallSize);
        else
        {
            if (large.Length < size) large = new Mark[size];
            Use(large, size);
        }
    }

    // Fibonacci hashing spreads neighbouring name numbers (names of one entity) over the table.
    private int Slot(int name) => (int)((uint)name * 2654435769u >> shift);

    /// <summary>The mark of a name touched by this query, or a null reference when it was not.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ref Mark Find(int name)
    {
        var i = Slot(name);
        while (true)
        {
            ref var m = ref marks[i];
            if (m.Query != query) return ref System.Runtime.CompilerServices.Unsafe.NullRef<Mark>();
            if (m.Name == name) return ref m;
            i = (i + 1) & mask;
        }
    }

    /// <summary>The mark of a name, added (stamp 0, score 0) when this query had not touched it; valid until the next call of this method.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ref Mark Touch(int name, out bool added)
    {
        if (count * 2 >= mask + 1) Grow();
        var i = Slot(name);
        while (true)
        {
            ref var m = ref marks[i];
            if (m.Query != query)
            {
                m = new Mark { Name = name, Query = query };
                count++;
                added = true;
                return ref m;
            }
            if (m.Name == name)
            {
                added = false;
                return ref m;
            }
            i = (i + 1) & mask;
        }
    }

    // The query touches more names than expected: its marks move to a table twice the size.
    private void Grow()
    {
        var size = (mask + 1) * 2;
        moving.Clear();
        for (var k = 0; k <= mask; k++)
        {
            ref var m = ref marks[k];
            if (m.Query != query) continue;
            moving.Add(m);
            m.Query = 0;
        }
        if (large.Length < size) large = new Mark[size];
        Use(large, size);
        foreach (var m in moving)
        {
            var i = Slot(m.Name);
            while (marks[i].Query == query) i = (i + 1) & mask;
            marks[i] = m;
        }
    }
}

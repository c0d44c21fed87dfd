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
    // more moves to the large one, which is kept for the next such query (a table sized for the largest
    // query would spread every query's names over it).
    private readonly Mark[] small = new Mark[SmallSize];
    private Mark[] large = [];
    private Mark[] marks = [];
    private int mask, shift;
    private int query = 1;
    private int count;

    public CandidateMarks() => Use(small, SmallSize);

    private void Use(Mark[] table, int size)
    {
        marks = table;
        mask = size - 1;
        shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
    }

    /// <summary>Forgets every name: a new query starts.</summary>
    public void StartQuery()
    {
        count = 0;
        if (++query == int.MaxValue)
        {
            Array.Clear(small);
            Array.Clear(large);
            query = 1;
        }
        if (marks != small) Use(small, SmallSize);
    }

    // Fibonacci hashing spreads neighbouring name numbers (names of one entity) over the table.
    private int Slot(int name) => (int)((uint)name * 2654435769u >> shift);

    /// <summary>The mark of a name touched by this query, or a null reference when it was not.</summary>
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

    private void Grow()
    {
        var old = marks;
        var oldSize = mask + 1;
        var size = oldSize * 2;
        // The large table is used whole; it is replaced when it is not twice the size outgrown.
        if (large.Length < size) large = new Mark[Math.Max(size, large.Length * 2)];
        else if (old == large) large = new Mark[large.Length * 2];
        Use(large, large.Length);
        for (var k = 0; k < oldSize; k++)
        {
            var m = old[k];
            if (m.Query != query) continue;
            var i = Slot(m.Name);
            while (marks[i].Query == query) i = (i + 1) & mask;
            marks[i] = m;
        }
    }
}

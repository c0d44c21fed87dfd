namespace Argus.Matching;

/// <summary>
/// The names one query has touched while its candidates are gathered, each with its pre-score (the weight
/// of the query tokens it shares) and the query token that last credited it: an array over every name of
/// the index, eight bytes a name, that is never cleared. Each query token gets a stamp greater than every
/// stamp before it, so a name whose stamp is not above the first of the query's is one the query has not
/// touched. (Measured against a small hash table of the names touched: the array is faster.)
/// Not thread-safe: one per thread, reused query after query.
/// </summary>
internal sealed class CandidateMarks
{
    /// <summary>One name's mark.</summary>
    internal struct Mark
    {
        /// <summary>The stamp of the query token that last credited the name.</summary>
        public int Stamp;
        public float Score;
    }

    private Mark[] marks = [];
    private int stamp;
    private int queryStart;

    /// <summary>Forgets every name: a new query starts, over an index of <paramref name="names"/> names.</summary>
    public void StartQuery(int names)
    {
        if (marks.Length < names) marks = new Mark[names];
        // Far from the end of the stamps, so that no query runs out of them.
        if (stamp > int.MaxValue / 2)
        {
            Array.Clear(marks);
            stamp = 0;
        }
        queryStart = stamp;
    }

    /// <summary>The stamp of the next query token: greater than every stamp before.</summary>
    public int NextToken() => ++stamp;

    /// <summary>The mark of a name touched by this query, or a null reference when it was not.</summary>
    public ref Mark Find(int name)
    {
        ref var m = ref marks[name];
        if (m.Stamp <= queryStart) return ref System.Runtime.CompilerServices.Unsafe.NullRef<Mark>();
        return ref m;
    }

    /// <summary>
    /// The mark of a name; when this query had not touched it, <paramref name="added"/> is true and its score 0
    /// (the caller stamps it).
    /// </summary>
    public ref Mark Touch(int name, out bool added)
    {
        ref var m = ref marks[name];
        added = m.Stamp <= queryStart;
        if (added) m.Score = 0;
        return ref m;
    }
}

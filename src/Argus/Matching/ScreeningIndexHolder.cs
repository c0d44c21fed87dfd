namespace Argus.Matching;

/// <summary>
/// The current screening index. A new index is built off to the side and swapped in atomically:
/// a screening call uses one index from start to end and never sees half a list.
/// </summary>
public sealed class ScreeningIndexHolder(ScreeningIndex initial) : IScreener
{
    private ScreeningIndex current = initial;

    public ScreeningIndexHolder() : this(ScreeningIndex.Empty) { }

    /// <summary>The index in use now.</summary>
    public ScreeningIndex Current => Volatile.Read(ref current);

    /// <summary>Replaces the index; calls already running finish on the old one. Returns the old index.</summary>
    public ScreeningIndex Swap(ScreeningIndex next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return Interlocked.Exchange(ref current, next);
    }

    public double DefaultThreshold => Current.DefaultThreshold;

    public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, ScreeningOptions? options = null) =>
        Current.Screen(query, options);
}

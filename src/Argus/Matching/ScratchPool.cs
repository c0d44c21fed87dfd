using System.Collections.Concurrent;

namespace Argus.Matching;

/// <summary>
/// Working memory lent to one call at a time. At most two per processor are kept (the rest are left to the
/// collector), so what is held stays bounded however many threads a server's pool grows to.
/// </summary>
internal sealed class ScratchPool<T> where T : class, new()
{
    private readonly ConcurrentQueue<T> free = new();
    private readonly int max = Math.Max(2, Environment.ProcessorCount * 2);
    private int kept;

    /// <summary>How many are kept for reuse now (at most <see cref="Max"/>).</summary>
    public int Kept => Volatile.Read(ref kept);

    public int Max => max;

    public T Rent()
    {
        if (!free.TryDequeue(out var item)) return new T();
        Interlocked.Decrement(ref kept);
        return item;
    }

    public void Return(T item)
    {
        if (Interlocked.Increment(ref kept) <= max) free.Enqueue(item);
        else Interlocked.Decrement(ref kept);
    }
}

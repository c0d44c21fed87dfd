namespace Argus.Matching;

/// <summary>
/// A small map from int keys to int values that lives for one query and is emptied in constant time (a
/// stamp per entry): a screen keeps its entities and memoised names in these, a few dozen entries that
/// stay in the processor's cache, rather than in arrays over every entity or name of the index.
/// Not thread-safe: one per thread, reused query after query.
/// </summary>
internal sealed class QueryIntMap
{
    private struct Entry
    {
        public int Key, Stamp, Value;
    }

    private Entry[] entries = new Entry[128];
    private int mask = 127;
    private int shift = 32 - 7;
    private int stamp = 1;
    private int count;

    /// <summary>Empties the map.</summary>
    public void Clear()
    {
        count = 0;
        if (++stamp == int.MaxValue)
        {
            Array.Clear(entries);
            stamp = 1;
        }
    }

    private int Slot(int key) => (int)((uint)key * 2654435769u >> shift);

    public bool TryGetValue(int key, out int value)
    {
        var i = Slot(key);
        while (true)
        {
            ref var e = ref entries[i];
            if (e.Stamp != stamp) { value = 0; return false; }
            if (e.Key == key) { value = e.Value; return true; }
            i = (i + 1) & mask;
        }
    }

    /// <summary>Adds a key the map does not hold.</summary>
    public void Add(int key, int value)
    {
        if (count * 2 >= entries.Length) Grow();
        Place(new Entry { Key = key, Stamp = stamp, Value = value });
        count++;
    }

    private void Place(Entry entry)
    {
        var i = Slot(entry.Key);
        while (entries[i].Stamp == stamp) i = (i + 1) & mask;
        entries[i] = entry;
    }

    private void Grow()
    {
        var old = entries;
        entries = new Entry[old.Length * 2];
        mask = entries.Length - 1;
        shift--;
        foreach (var e in old)
            if (e.Stamp == stamp) Place(e);
    }
}

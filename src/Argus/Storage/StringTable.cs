namespace Argus.Storage;

/// <summary>
/// The distinct strings of a file being written, each numbered once in the order first seen: fields refer
/// to them by number (datasets, countries, programs and name parts recur in many entries), so a reader
/// decodes each once and the objects it makes share them.
/// </summary>
internal sealed class StringTable
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<string> inOrder = [];

    public int Count => inOrder.Count;
    public IEnumerable<string> InOrder => inOrder;

    /// <summary>The number of <paramref name="text"/> (-1 for null), which must have been added.</summary>
    public int this[string? text] => text is null ? -1 : numbers[text];

    public void AddAll(params ReadOnlySpan<string?> texts)
    {
        foreach (var text in texts)
            if (text is not null && numbers.TryAdd(text, inOrder.Count)) inOrder.Add(text);
    }

    /// <summary>The number of <paramref name="text"/> (-1 for null), added when it is new.</summary>
    public int Number(string? text)
    {
        if (text is null) return -1;
        AddAll(text);
        return numbers[text];
    }

    /// <summary>Writes the table: its count, then each string.</summary>
    public void WriteTo(BinaryWriter w)
    {
        w.Write(inOrder.Count);
        foreach (var text in inOrder) w.Write(text);
    }
}

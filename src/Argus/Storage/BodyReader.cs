using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Argus.Storage;

/// <summary>
/// Reads the body of a <see cref="DerivedFile"/> (as <see cref="BinaryWriter"/> wrote it) from one array
/// already in memory: a field is a few instructions on a span, not calls through a stream.
/// Reading past the end throws <see cref="EndOfStreamException"/>, so a truncated body is refused.
/// </summary>
public sealed class BodyReader
{
    private readonly byte[] buffer;
    private readonly int start, end;
    private int position;
    private string[] strings = [];

    /// <summary>A reader of <paramref name="buffer"/> from <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public BodyReader(byte[] buffer, int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, buffer.Length);
        (this.buffer, this.start, this.end, position) = (buffer, start, end, start);
    }

    /// <summary>How far the body has been read, from its start.</summary>
    public int Position => position - start;

    /// <summary>The bytes not yet read.</summary>
    public int Remaining => end - position;

    public byte ReadByte() => Take(1)[0];

    public bool ReadBoolean() => ReadByte() != 0;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: its UTF-8 length in 7-bit groups, then the bytes.</summary>
    public string ReadString()
    {
        var length = Read7BitEncodedInt();
        return length == 0 ? string.Empty : Encoding.UTF8.GetString(Take(length));
    }

    /// <summary>A count read from the body: never more than the bytes left, so a damaged count cannot ask for a huge array.</summary>
    public int ReadCount()
    {
        var count = ReadInt32();
        if (count < 0 || count > Remaining) throw new InvalidDataException($"count {count} past the end of the file");
        return count;
    }

    /// <summary>A count, then that many 32-bit integers copied in one go.</summary>
    public int[] ReadInts()
    {
        var count = ReadCount();
        if (count == 0) return [];
        var values = new int[count];
        Take(count * sizeof(int)).CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(values, values);
        return values;
    }

    /// <summary>Reads the body's table of strings (<see cref="StringTable.WriteTo"/>), which later fields refer to by number.</summary>
    public void ReadStringTable()
    {
        var table = new string[ReadCount()];
        for (var i = 0; i < table.Length; i++) table[i] = ReadString();
        strings = table;
    }

    /// <summary>A string of the table by its number; -1 stands for null.</summary>
    public string? ReadSharedOrNull()
    {
        var at = ReadInt32();
        if (at == -1) return null;
        return (uint)at < (uint)strings.Length ? strings[at] : throw new InvalidDataException($"string {at} past the {strings.Length} of the table");
    }

    private int Read7BitEncodedInt()
    {
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            result |= (b & 0x7F) << shift;
            if (b < 0x80) return result >= 0 ? result : throw new FormatException("a negative string length");
        }
        throw new FormatException("a string length of more than five bytes");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if ((uint)count > (uint)(end - position)) throw new EndOfStreamException($"{count} bytes wanted where {end - position} remain");
        var span = new ReadOnlySpan<byte>(buffer, position, count);
        position += count;
        return span;
    }
}

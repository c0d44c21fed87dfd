using System.Security.Cryptography;
using System.Text;

namespace Argus.Storage;

/// <summary>
/// A file beside argus.db holding something derived from the active lists (the screening index, the
/// links), so that a process starting reads it instead of working it out again. Its header names its
/// kind (<paramref name="Magic"/>, 8 bytes) and layout (<paramref name="FormatVersion"/>), then a SHA-256 of
/// the body; the body starts with the key of what it was derived from. A file that is missing, of another
/// kind or layout, for another key, truncated or damaged is never used: the reader gets null and rebuilds.
/// </summary>
/// <remarks>SHA-256 over a body of tens of MB costs tens of milliseconds (the processor hashes in hardware); a weaker check is not worth the risk.</remarks>
public sealed record DerivedFile(string Path, byte[] Magic, int FormatVersion)
{
    private const int HeaderLength = 8 + 4 + 32;

    /// <summary>What the body holds when it is whole, of this kind and layout, and for <paramref name="key"/>; otherwise null.</summary>
    public T? TryRead<T>(string key, Func<BinaryReader, T> read) where T : class
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(Path)) return null;
            bytes = File.ReadAllBytes(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (bytes.Length < HeaderLength || !bytes.AsSpan(0, 8).SequenceEqual(Magic)) return null;
        if (BitConverter.ToInt32(bytes, 8) != FormatVersion) return null;
        if (!SHA256.HashData(bytes.AsSpan(HeaderLength)).AsSpan().SequenceEqual(bytes.AsSpan(12, 32))) return null;
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, HeaderLength, bytes.Length - HeaderLength, writable: false), Encoding.UTF8);
            if (r.ReadString() != key) return null;
            var value = read(r);
            return r.BaseStream.Position == r.BaseStream.Length ? value : null;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            // A checksum that matches a body of another layout (a format not bumped): rebuild, never guess.
            return null;
        }
    }

    /// <summary>
    /// Writes the body to a temporary file and renames it into place, so a reader sees the old file or the
    /// new one whole. A data directory that cannot be written only loses the file.
    /// </summary>
    public void TryWrite(string key, Action<BinaryWriter> write)
    {
        var temp = $"{Path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            var body = new MemoryStream();
            using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(key);
                write(w);
            }
            var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                file.Write(Magic);
                file.Write(BitConverter.GetBytes(FormatVersion));
                file.Write(SHA256.HashData(bytes));
                file.Write(bytes);
            }
            File.Move(temp, Path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
        }
    }

    /// <summary>A count read from the body: never more than the bytes left, so a damaged count cannot ask for a huge array.</summary>
    public static int ReadCount(BinaryReader r)
    {
        var count = r.ReadInt32();
        if (count < 0 || count > r.BaseStream.Length - r.BaseStream.Position) throw new InvalidDataException($"count {count} past the end of the file");
        return count;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the temporary file is named for this process and never read.
        }
    }
}

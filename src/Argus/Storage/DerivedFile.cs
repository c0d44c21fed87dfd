using System.IO.MemoryMappedFiles;
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
    /// <remarks>
    /// The file is mapped, not read into one array: an array of tens of MB goes to the large object heap,
    /// whose budget then sets off full collections while the lists and index are being read.
    /// </remarks>
    public T? TryRead<T>(string key, Func<BinaryReader, T> read) where T : class =>
        TryRead(k => k == key, read)?.Value;

    /// <summary>The key and what the body holds when it is whole and of this kind and layout, whatever its key (checked later by the caller); otherwise null.</summary>
    public (string Key, T Value)? TryReadAny<T>(Func<BinaryReader, T> read) where T : class => TryRead(_ => true, read);

    private (string Key, T Value)? TryRead<T>(Func<string, bool> accept, Func<BinaryReader, T> read) where T : class
    {
        try
        {
            if (!File.Exists(Path)) return null;
            using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            if (file.Length < HeaderLength) return null;
            using var map = MemoryMappedFile.CreateFromFile(file, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            using var header = map.CreateViewStream(0, HeaderLength, MemoryMappedFileAccess.Read);
            Span<byte> head = stackalloc byte[HeaderLength];
            header.ReadExactly(head);
            if (!head[..8].SequenceEqual(Magic) || BitConverter.ToInt32(head[8..12]) != FormatVersion) return null;
            using var body = map.CreateViewStream(HeaderLength, file.Length - HeaderLength, MemoryMappedFileAccess.Read);
            if (!SHA256.HashData(body).AsSpan().SequenceEqual(head[12..])) return null;
            body.Position = 0;
            using var r = new BinaryReader(body, Encoding.UTF8, leaveOpen: true);
            var key = r.ReadString();
            if (!accept(key)) return null;
            var value = read(r);
            return body.Position == file.Length - HeaderLength ? (key, value) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
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

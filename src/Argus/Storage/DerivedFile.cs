using System.Buffers;
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
    /// The file is read whole into one pooled array, hashed there and parsed from it: a stream-backed
    /// reader costs a call per byte of every length and string.
    /// </remarks>
    public T? TryRead<T>(string key, Func<BodyReader, T> read) where T : class =>
        TryRead(k => k == key, read)?.Value;

    /// <summary>The key and what the body holds when it is whole and of this kind and layout, whatever its key (checked later by the caller); otherwise null.</summary>
    public (string Key, T Value)? TryReadAny<T>(Func<BodyReader, T> read) where T : class => TryRead(_ => true, read);

    private (string Key, T Value)? TryRead<T>(Func<string, bool> accept, Func<BodyReader, T> read) where T : class
    {
        byte[]? bytes = null;
        try
        {
            if (!File.Exists(Path)) return null;
            using var file = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var length = RandomAccess.GetLength(file);
            if (length < HeaderLength || length > Array.MaxLength) return null;
            bytes = ArrayPool<byte>.Shared.Rent((int)length);
            var whole = bytes.AsSpan(0, (int)length);
            for (var at = 0; at < whole.Length;)
            {
                var n = RandomAccess.Read(file, whole[at..], at);
                if (n == 0) return null;
                at += n;
            }
            if (!whole[..8].SequenceEqual(Magic) || BitConverter.ToInt32(whole[8..12]) != FormatVersion) return null;
            Argus.Screening.StartStages.Mark("file read " + System.IO.Path.GetFileName(Path));
            if (!SHA256.HashData(whole[HeaderLength..]).AsSpan().SequenceEqual(whole[12..HeaderLength])) return null;
            var r = new BodyReader(bytes, HeaderLength, whole.Length);
            Argus.Screening.StartStages.Mark("file hashed");
            var key = r.ReadString();
            if (!accept(key)) return null;
            var value = read(r);
            return r.Remaining == 0 ? (key, value) : null;
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
        finally
        {
            // Nothing read keeps the array: strings and integers are copied out of it.
            if (bytes is not null) ArrayPool<byte>.Shared.Return(bytes);
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

    /// <summary>A count read from the body: never more than the bytes left (<see cref="BodyReader.ReadCount"/>).</summary>
    public static int ReadCount(BodyReader r) => r.ReadCount();

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

using System.Security.Cryptography;
using System.Text;
using Argus.Model;

namespace Argus.Storage;

/// <summary>
/// The entities of the active versions kept beside argus.db in a binary file (<see cref="FileName"/>), so
/// that a process starting does not parse the stored JSON of every entity again. The file names the
/// versions it holds (dataset, version and content fingerprint of each) and the format it is written in,
/// and carries a SHA-256 of its body: a file that is missing, of another format, for other versions,
/// truncated or damaged is never used, and the store is read instead (and the file written anew).
/// </summary>
public static class ActiveSnapshotCache
{
    public const string FileName = "active-snapshot.bin";

    /// <summary>Raised whenever the layout of the file changes: a file of another format is rebuilt.</summary>
    internal const int FormatVersion = 1;

    private static readonly byte[] Magic = "ARGUSSNP"u8.ToArray();
    private const int HeaderLength = 8 + 4 + 32;

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, FileName);

    /// <summary>What identifies the content: every active version with its content fingerprint, in dataset order.</summary>
    internal static string KeyOf(IReadOnlyList<DatasetVersion> versions) =>
        string.Join('\n', versions.OrderBy(v => v.Dataset, StringComparer.Ordinal).Select(v => $"{v.Dataset}\t{v.Version}\t{v.ContentSha256}"));

    /// <summary>
    /// The active versions and their entities: from the file when it holds exactly the versions active now,
    /// else from the store in one read transaction, then written to the file for the next process.
    /// </summary>
    public static ActiveSnapshot Read(SnapshotStore store, string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        var versions = store.ActiveVersions();
        if (TryLoad(path, KeyOf(versions)) is { } entities) return new ActiveSnapshot(versions, entities);
        var snapshot = store.ReadActive();
        TryWrite(path, snapshot);
        return snapshot;
    }

    /// <summary>The entities of the file when it is whole, of this format and for <paramref name="key"/>; otherwise null.</summary>
    internal static IReadOnlyList<WatchlistEntity>? TryLoad(string path, string key)
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(path)) return null;
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        if (bytes.Length < HeaderLength || !bytes.AsSpan(0, 8).SequenceEqual(Magic)) return null;
        if (BitConverter.ToInt32(bytes, 8) != FormatVersion) return null;
        var body = bytes.AsSpan(HeaderLength);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(12, 32))) return null;
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, HeaderLength, bytes.Length - HeaderLength, writable: false), Encoding.UTF8);
            if (r.ReadString() != key) return null;
            var count = r.ReadInt32();
            if (count < 0 || count > body.Length) return null;
            var entities = new WatchlistEntity[count];
            for (var i = 0; i < count; i++) entities[i] = EntityBinary.Read(r);
            return r.BaseStream.Position == r.BaseStream.Length ? entities : null;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException or ArgumentException)
        {
            // A checksum that matches a body of another layout (a format not bumped): rebuild, never guess.
            return null;
        }
    }

    /// <summary>
    /// Writes the file for <paramref name="snapshot"/> to a temporary file and renames it into place, so a
    /// reader sees the old file or the new one whole. A data directory that cannot be written only loses the cache.
    /// </summary>
    public static void TryWrite(string path, ActiveSnapshot snapshot)
    {
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            var body = new MemoryStream();
            using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(KeyOf(snapshot.Versions));
                w.Write(snapshot.Entities.Count);
                foreach (var e in snapshot.Entities) EntityBinary.Write(w, e);
            }
            var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                file.Write(Magic);
                file.Write(BitConverter.GetBytes(FormatVersion));
                file.Write(SHA256.HashData(bytes));
                file.Write(bytes);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
        }
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

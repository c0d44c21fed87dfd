using Argus.Model;

namespace Argus.Storage;

/// <summary>
/// The entities of the active versions kept beside argus.db in a binary file (<see cref="FileName"/>), so
/// that a process starting does not parse the stored JSON of every entity again. The file names the
/// versions it holds (dataset, version and content fingerprint of each) and the format it is written in,
/// and carries a SHA-256 of its body (a table of the distinct strings, then the entities referring to them): a file that is missing, of another format, for other versions,
/// truncated or damaged is never used, and the store is read instead (and the file written anew).
/// </summary>
public static class ActiveSnapshotCache
{
    public const string FileName = "active-snapshot.bin";

    /// <summary>Raised whenever the layout of the file changes: a file of another format is rebuilt.</summary>
    internal const int FormatVersion = 2;

    private static readonly byte[] Magic = "ARGUSSNP"u8.ToArray();

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

    private static DerivedFile FileAt(string path) => new(path, Magic, FormatVersion);

    /// <summary>The entities of the file when it is whole, of this format and for <paramref name="key"/>; otherwise null.</summary>
    internal static IReadOnlyList<WatchlistEntity>? TryLoad(string path, string key) =>
        FileAt(path).TryRead<IReadOnlyList<WatchlistEntity>>(key, r =>
        {
            r.ReadStringTable();
            var entities = new WatchlistEntity[DerivedFile.ReadCount(r)];
            for (var i = 0; i < entities.Length; i++) entities[i] = EntityBinary.Read(r);
            return entities;
        });

    /// <summary>
    /// Writes the file for <paramref name="snapshot"/> to a temporary file and renames it into place, so a
    /// reader sees the old file or the new one whole. A data directory that cannot be written only loses the cache.
    /// </summary>
    public static void TryWrite(string path, ActiveSnapshot snapshot) =>
        FileAt(path).TryWrite(KeyOf(snapshot.Versions), w =>
        {
            // The entities are written first to learn their strings; the table goes before them in the file.
            var strings = new StringTable();
            var entities = new MemoryStream();
            using (var ew = new BinaryWriter(entities, System.Text.Encoding.UTF8, leaveOpen: true))
                foreach (var e in snapshot.Entities) EntityBinary.Write(ew, e, strings);
            strings.WriteTo(w);
            w.Write(snapshot.Entities.Count);
            w.Write(entities.GetBuffer(), 0, (int)entities.Length);
        });
}

namespace Argus.Batch;

/// <summary>A file a command reads or writes, with the role it plays there ("input", "--out", "the database").</summary>
public sealed record NamedFile(string Role, string Path);

/// <summary>
/// Refuses, before anything is read, a command whose files are not distinct on disk: an output that is
/// an input or another output through a symbolic link, a hard link or "dir/../name" (<see cref="FileIdentity"/>).
/// </summary>
public static class DistinctFiles
{
    /// <summary>Throws <see cref="ArgumentException"/> naming both roles when any two of <paramref name="files"/> are one file.</summary>
    public static void Require(params IReadOnlyList<NamedFile> files)
    {
        var ids = files.Select(f => FileIdentity.Of(f.Path)).ToArray();
        for (var i = 0; i < ids.Length; i++)
            for (var j = i + 1; j < ids.Length; j++)
                if (ids[i] == ids[j])
                    throw new ArgumentException($"{files[j].Path}: {files[j].Role} and {files[i].Role} ({files[i].Path}) are the same file; nothing was read or written");
    }

    /// <summary>The files of a list store in <paramref name="dataDirectory"/> (database and its write-ahead log), which no output may be.</summary>
    public static IEnumerable<NamedFile> Store(string dataDirectory)
    {
        var db = Storage.SnapshotStore.PathIn(dataDirectory);
        return [new("the database", db), new("the database's log", db + "-wal"), new("the database's index", db + "-shm")];
    }
}

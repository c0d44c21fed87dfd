using System.Security.Cryptography;
using System.Text;
using Argus.Linking;
using Argus.Matching;
using Argus.Model;
using Argus.Storage;

namespace Argus.Screening;

/// <summary>
/// The screening index and the links of the active lists, kept beside argus.db (<see cref="IndexFileName"/>,
/// <see cref="LinksFileName"/>) so that a process starting reads them instead of parsing every name and
/// linking every entry again. Each file is keyed by the build of Argus that wrote it (its matching tables
/// and code change the index), the active versions with their content fingerprints, and the entities in
/// the order they were read; a file that is missing, damaged or for another key is rebuilt and written
/// anew (<see cref="DerivedFile"/>).
/// </summary>
public sealed class BuiltIndexCache
{
    public const string IndexFileName = "screening-index.bin";
    public const string LinksFileName = "links.bin";

    /// <summary>Raised whenever the layout of a file changes.</summary>
    internal const int IndexFormat = 3, LinksFormat = 1;

    private readonly string dataDirectory;
    private readonly Task<(string Key, ScreeningIndexBinary.Unbound Index)?>? readAhead;
    private readonly Lazy<string> key;
    private readonly Lazy<WatchlistEntity[]> entities;

    /// <summary>The cache of <paramref name="lists"/> in <paramref name="dataDirectory"/>; the index file is read when wanted.</summary>
    public BuiltIndexCache(string dataDirectory, LoadedLists lists) : this(dataDirectory, lists, null)
    {
    }

    /// <summary>The cache of <paramref name="lists"/> in <paramref name="dataDirectory"/>, its index file read ahead (<see cref="ReadAhead"/>) or, when null, read when wanted.</summary>
    internal BuiltIndexCache(string dataDirectory, LoadedLists lists, Task<(string Key, ScreeningIndexBinary.Unbound Index)?>? readAhead)
    {
        this.dataDirectory = dataDirectory;
        this.readAhead = readAhead;
        key = new(() => KeyOf(lists));
        entities = new(() => [.. lists.Entities]);
    }

    private static DerivedFile IndexFileIn(string dataDirectory) => new(Path.Combine(dataDirectory, IndexFileName), "ARGUSIDX"u8.ToArray(), IndexFormat);

    private DerivedFile IndexFile => IndexFileIn(dataDirectory);
    private DerivedFile LinksFile => new(Path.Combine(dataDirectory, LinksFileName), "ARGUSLNK"u8.ToArray(), LinksFormat);

    /// <summary>
    /// The build of the matching code and tables: the module version id of the assembly holding them,
    /// which a deterministic build derives from its whole content (code and embedded tables).
    /// </summary>
    internal static string CodeVersion { get; } = typeof(ScreeningIndex).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>What a file must have been derived from: this build, these versions, these entities in this order.</summary>
    internal static string KeyOf(LoadedLists lists, string? codeVersion = null)
    {
        var ids = new StringBuilder(lists.Entities.Count * 24);
        foreach (var e in lists.Entities) ids.Append(e.Id).Append('\n');
        var order = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ids.ToString())));
        return $"{codeVersion ?? CodeVersion}\n{ActiveSnapshotCache.KeyOf(lists.Versions)}\n{lists.Entities.Count}\n{order}";
    }

    /// <summary>
    /// After an import or update: reads the active lists and writes the snapshot, index and links files the
    /// next process reads, so that its first screen is fast too.
    /// </summary>
    public static void Refresh(string dataDirectory) => _ = new ScreeningService(dataDirectory).Load().Links;

    /// <summary>
    /// Starts reading the index file of <paramref name="dataDirectory"/> on another core while the lists are
    /// read; <see cref="Index"/> then checks its key against the lists and joins it to them.
    /// </summary>
    internal static Task<(string Key, ScreeningIndexBinary.Unbound Index)?> ReadAhead(string dataDirectory) =>
        Task.Run(() => IndexFileIn(dataDirectory).TryReadAny(ScreeningIndexBinary.Read));

    /// <summary>The index from its file, else built (and its file written).</summary>
    public ScreeningIndex Index()
    {
        var index = readAhead is null ? TryReadIndex()
            : readAhead.Result is { } ahead && ahead.Key == key.Value ? Bind(ahead.Index) : null;
        if (index is not null) return index;
        index = ScreeningIndex.Build(entities.Value);
        WriteIndex(index, key.Value);
        return index;
    }

    /// <summary>The links from their file, else built (and their file written).</summary>
    public LinkSet Links()
    {
        if (TryReadLinks() is { } links) { StartStages.Mark("links read"); return links; }
        links = LinkSet.Build(entities.Value);
        WriteLinks(links, key.Value);
        return links;
    }

    internal ScreeningIndex? TryReadIndex() => IndexFile.TryRead(key.Value, ScreeningIndexBinary.Read) is { } unbound ? Bind(unbound) : null;

    // A file whose checksum holds but whose places do not fit the entities (a layout not bumped) is rebuilt.
    private ScreeningIndex? Bind(ScreeningIndexBinary.Unbound unbound)
    {
        try
        {
            return unbound.Bind(entities.Value, NameComparer.Default);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or InvalidDataException or NullReferenceException)
        {
            return null;
        }
    }

    internal LinkSet? TryReadLinks() => LinksFile.TryRead(key.Value, r => LinkSetBinary.Read(r, entities.Value));

    internal void WriteIndex(ScreeningIndex index, string fileKey) => IndexFile.TryWrite(fileKey, w => ScreeningIndexBinary.Write(w, index));

    internal void WriteLinks(LinkSet links, string fileKey) => LinksFile.TryWrite(fileKey, w => LinkSetBinary.Write(w, links, entities.Value));
}

namespace Argus.Sources;

/// <summary>
/// A list file to read: its name (for error messages) and a way to open it, plus its companion files
/// (OFAC's alt.csv, add.csv, sdn_comments.csv beside sdn.csv) when the format has any.
/// </summary>
public sealed class ListSource
{
    private readonly Func<Stream> _open;
    private readonly Func<string, Stream?> _openCompanion;

    public ListSource(string name, Func<Stream> open, Func<string, Stream?>? openCompanion = null)
    {
        Name = name;
        _open = open;
        _openCompanion = openCompanion ?? (_ => null);
    }

    /// <summary>The file name or URL, used in every error message.</summary>
    public string Name { get; }

    public Stream Open() => _open();

    /// <summary>Opens a companion file by its file name ("alt.csv"), or returns null when there is none.</summary>
    public Stream? OpenCompanion(string fileName) => _openCompanion(fileName);

    /// <summary>A source backed by a file on disk; companions are looked up beside it, case-insensitively.</summary>
    public static ListSource FromFile(string path)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        return new ListSource(path, () => File.OpenRead(full), companion =>
        {
            var match = Directory.EnumerateFiles(dir)
                .FirstOrDefault(f => string.Equals(Path.GetFileName(f), companion, StringComparison.OrdinalIgnoreCase));
            return match is null ? null : File.OpenRead(match);
        });
    }

    /// <summary>A source over bytes in memory (downloads, tests).</summary>
    public static ListSource FromBytes(string name, byte[] content, IReadOnlyDictionary<string, byte[]>? companions = null) =>
        new(name, () => new MemoryStream(content, writable: false), c =>
            companions is not null && companions.TryGetValue(c, out var b) ? new MemoryStream(b, writable: false) : null);
}

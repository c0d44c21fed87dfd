namespace Argus.Matching;

/// <summary>
/// A labelled evaluation file: "# key: value" lines saying where it came from and how it was built,
/// then CSV with a header row.
/// </summary>
public static class LabelledFile
{
    /// <summary>The header's "# " lines (without the mark) and the CSV that follows them.</summary>
    public static (IReadOnlyList<string> Header, string Body) Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines.TakeWhile(l => l.StartsWith('#')).Select(l => l.TrimStart('#').Trim()).ToList();
        return (header, string.Join('\n', lines.Skip(header.Count)));
    }

    /// <summary>The value of "# <paramref name="key"/>: value" in the header, or null.</summary>
    public static string? Field(IReadOnlyList<string> header, string key) =>
        header.FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal))?[(key.Length + 1)..].Trim();
}

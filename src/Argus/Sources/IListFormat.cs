namespace Argus.Sources;

/// <summary>One official list format: recognises its files by content and parses them into entities.</summary>
public interface IListFormat
{
    /// <summary>Short name of the format, e.g. "un-xml", "ofac-csv".</summary>
    string Name { get; }

    /// <summary>
    /// True when the file looks like this format. <paramref name="head"/> holds the first bytes of the
    /// file (up to 64 KiB, already gunzipped); the file name is a hint only, never the sole evidence.
    /// </summary>
    bool Recognises(ReadOnlySpan<byte> head, string fileName);

    /// <summary>
    /// Reads the whole file. Throws <see cref="ListFormatException"/> naming the place of the fault when
    /// the file is malformed, truncated, empty or of another format; never returns a partial list.
    /// </summary>
    ListSnapshot Read(ListSource source);
}

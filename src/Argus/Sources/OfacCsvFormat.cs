namespace Argus.Sources;

/// <summary>Format "ofac-csv" (not yet implemented).</summary>
public sealed class OfacCsvFormat : IListFormat
{
    public string Name => "ofac-csv";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName) => false;

    public ListSnapshot Read(ListSource source) =>
        throw new ListFormatException(source.Name, "start of file", "the ofac-csv reader is not implemented yet");
}

namespace Argus.Sources;

/// <summary>Format "us-csl-csv" (not yet implemented).</summary>
public sealed class UsCslCsvFormat : IListFormat
{
    public string Name => "us-csl-csv";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName) => false;

    public ListSnapshot Read(ListSource source) =>
        throw new ListFormatException(source.Name, "start of file", "the us-csl-csv reader is not implemented yet");
}

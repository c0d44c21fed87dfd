namespace Argus.Sources;

/// <summary>Format "uk-ofsi-csv" (not yet implemented).</summary>
public sealed class UkOfsiCsvFormat : IListFormat
{
    public string Name => "uk-ofsi-csv";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName) => false;

    public ListSnapshot Read(ListSource source) =>
        throw new ListFormatException(source.Name, "start of file", "the uk-ofsi-csv reader is not implemented yet");
}

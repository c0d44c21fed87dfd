namespace Argus.Sources;

/// <summary>Format "uk-ofsi-xlsx" (not yet implemented).</summary>
public sealed class UkOfsiXlsxFormat : IListFormat
{
    public string Name => "uk-ofsi-xlsx";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName) => false;

    public ListSnapshot Read(ListSource source) =>
        throw new ListFormatException(source.Name, "start of file", "the uk-ofsi-xlsx reader is not implemented yet");
}

namespace Argus.Sources;

/// <summary>Format "au-dfat-xlsx" (not yet implemented).</summary>
public sealed class AuDfatXlsxFormat : IListFormat
{
    public string Name => "au-dfat-xlsx";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName) => false;

    public ListSnapshot Read(ListSource source) =>
        throw new ListFormatException(source.Name, "start of file", "the au-dfat-xlsx reader is not implemented yet");
}

namespace Argus.Sources;

/// <summary>Format "ca-sema-xml" (not yet implemented).</summary>
public sealed class CaSemaXmlFormat : IListFormat
{
    public string Name => "ca-sema-xml";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName) => false;

    public ListSnapshot Read(ListSource source) =>
        throw new ListFormatException(source.Name, "start of file", "the ca-sema-xml reader is not implemented yet");
}

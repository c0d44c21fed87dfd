namespace Argus.Sources;

/// <summary>Format "ofac-xml" (not yet implemented).</summary>
public sealed class OfacXmlFormat : IListFormat
{
    public string Name => "ofac-xml";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName) => false;

    public ListSnapshot Read(ListSource source) =>
        throw new ListFormatException(source.Name, "start of file", "the ofac-xml reader is not implemented yet");
}

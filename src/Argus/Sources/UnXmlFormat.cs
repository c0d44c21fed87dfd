namespace Argus.Sources;

/// <summary>Format "un-xml" (not yet implemented).</summary>
public sealed class UnXmlFormat : IListFormat
{
    public string Name => "un-xml";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName) => false;

    public ListSnapshot Read(ListSource source) =>
        throw new ListFormatException(source.Name, "start of file", "the un-xml reader is not implemented yet");
}

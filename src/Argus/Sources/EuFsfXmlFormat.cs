namespace Argus.Sources;

/// <summary>Format "eu-fsf-xml" (not yet implemented).</summary>
public sealed class EuFsfXmlFormat : IListFormat
{
    public string Name => "eu-fsf-xml";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName) => false;

    public ListSnapshot Read(ListSource source) =>
        throw new ListFormatException(source.Name, "start of file", "the eu-fsf-xml reader is not implemented yet");
}

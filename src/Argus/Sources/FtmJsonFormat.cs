namespace Argus.Sources;

/// <summary>Format "ftm-json" (not yet implemented).</summary>
public sealed class FtmJsonFormat : IListFormat
{
    public string Name => "ftm-json";

    public bool Recognises(ReadOnlySpan<byte> head, string fileName) => false;

    public ListSnapshot Read(ListSource source) =>
        throw new ListFormatException(source.Name, "start of file", "the ftm-json reader is not implemented yet");
}

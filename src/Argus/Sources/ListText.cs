using System.Text;

namespace Argus.Sources;

/// <summary>
/// Turns the bytes of a text list into a string. A byte-order mark decides (UTF-8, UTF-16 LE/BE);
/// without one, text that is valid UTF-8 is read as UTF-8, anything else with the list's legacy
/// encoding (OFAC publishes Windows-1252). UTF-16 without a byte-order mark is refused.
/// </summary>
public static class ListText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252, the encoding of OFAC's legacy CSV files.</summary>
    public static Encoding Windows1252 { get; } = GetWindows1252();

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>Reads the whole stream of <paramref name="source"/> and decodes it.</summary>
    public static string ReadAll(ListSource source, Encoding legacy)
    {
        byte[] bytes;
        try
        {
            using var s = source.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            bytes = ms.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new ListFormatException(source.Name, "gzip stream", "the compressed file is damaged: " + e.Message, e);
        }
        return Decode(bytes, legacy, source.Name);
    }

    /// <summary>Decodes <paramref name="bytes"/> as described on the class; <paramref name="name"/> is for errors.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding legacy, string name)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        var nul = bytes[..Math.Min(bytes.Length, 4096)].IndexOf((byte)0);
        if (nul >= 0)
            throw new ListFormatException(name, $"byte {nul}",
                "the file holds NUL bytes: it is UTF-16 text without a byte-order mark or a binary file, not a text list");
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return legacy.GetString(bytes);
        }
    }

    /// <summary>
    /// The first characters of <paramref name="head"/> decoded like <see cref="Decode"/>, for format sniffing;
    /// never throws. A truncated multi-byte character at the end is tolerated.
    /// </summary>
    public static string Sniff(ReadOnlySpan<byte> head, Encoding legacy, int max = 8192)
    {
        var span = head[..Math.Min(head.Length, max)];
        if (span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF) return Encoding.UTF8.GetString(span[3..]);
        if (span.Length >= 2 && span[0] == 0xFF && span[1] == 0xFE) return Encoding.Unicode.GetString(span[2..]);
        if (span.Length >= 2 && span[0] == 0xFE && span[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(span[2..]);
        // Cutting the head may split a UTF-8 sequence; decoding leniently is enough for sniffing.
        var utf8 = Encoding.UTF8.GetString(span);
        return utf8.Contains('\uFFFD') ? legacy.GetString(span) : utf8;
    }
}

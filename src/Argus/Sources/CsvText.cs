using System.Text;

namespace Argus.Sources;

/// <summary>Reads a whole text list file, choosing its encoding: UTF-8 (with or without BOM) or UTF-16 by BOM, else Windows-1252.</summary>
public static class CsvText
{
    static CsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadAll(ListSource source)
    {
        byte[] bytes;
        using (var s = source.Open())
        using (var copy = new MemoryStream())
        {
            s.CopyTo(copy);
            bytes = copy.ToArray();
        }
        if (bytes.Length == 0) throw new ListFormatException(source.Name, "byte 0", "the file is empty");
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return Decode(source, StrictUtf8, bytes, 3);
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the older downloads are Windows-1252.
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static string Decode(ListSource source, Encoding encoding, byte[] bytes, int offset)
    {
        try
        {
            return encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            throw new ListFormatException(source.Name, $"byte {offset + e.Index}", "the file says it is UTF-8 (byte order mark) but holds bytes that are not UTF-8");
        }
    }
}

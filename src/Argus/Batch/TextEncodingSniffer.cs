using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Argus.Batch;

/// <summary>
/// Tells the encoding of a text file from its first bytes: a byte-order mark (UTF-8, UTF-16 LE/BE),
/// else UTF-16 without mark from its zero bytes, else UTF-8 when the bytes are valid UTF-8, else Windows-1252.
/// </summary>
public static class TextEncodingSniffer
{
    /// <summary>The encoding and the length of its byte-order mark (0 when none).</summary>
    public static (Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) return (new UTF8Encoding(false), 3);
        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE) return (new UnicodeEncoding(false, false), 2);
        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF) return (new UnicodeEncoding(true, false), 2);
        if (LooksLikeUtf16(head, out var bigEndian)) return (new UnicodeEncoding(bigEndian, false), 0);
        return IsUtf8(head) ? (new UTF8Encoding(false), 0) : (Windows1252, 0);
    }

    public static Encoding Windows1252 { get; } = RegisterCodePages();

    private static Encoding RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>A short name for messages: "UTF-8", "UTF-16 LE", "Windows-1252".</summary>
    public static string Name(Encoding e) => e switch
    {
        UnicodeEncoding u when u.CodePage == 1201 => "UTF-16 BE",
        UnicodeEncoding => "UTF-16 LE",
        UTF8Encoding => "UTF-8",
        _ when e.CodePage == 1252 => "Windows-1252",
        _ => e.WebName,
    };

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> head, out bool bigEndian)
    {
        bigEndian = false;
        var n = Math.Min(head.Length, 4096) & ~1;
        if (n < 4) return false;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }
        var pairs = n / 2;
        // Latin text in UTF-16 has a zero in nearly every other byte; UTF-8 and 1252 text has none.
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return true;
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) { bigEndian = true; return true; }
        return false;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> head)
    {
        var chars = ArrayPool<char>.Shared.Rent(head.Length + 4);
        try
        {
            // Not the final block: a character cut at the end of the head is not an error.
            var status = Utf8.ToUtf16(head, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: false);
            return status is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}

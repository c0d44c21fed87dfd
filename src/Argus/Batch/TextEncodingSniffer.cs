using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Argus.Batch;

/// <summary>The one encoding a text file is read in, and the length of its byte-order mark (0 when none).</summary>
/// <param name="Encoding">A strict decoder: bytes it cannot decode throw, they are never replaced.</param>
/// <param name="BomLength">Bytes of the byte-order mark to skip.</param>
/// <param name="Why">How it was told, for the description ("byte-order mark", "declared", …).</param>
public sealed record TextEncodingVerdict(Encoding Encoding, int BomLength, string Why)
{
    /// <summary>Code units are two bytes (UTF-16): lines are split on two-byte line feeds.</summary>
    public bool IsUtf16 => Encoding is UnicodeEncoding;

    public string Name => TextEncodingSniffer.Name(Encoding);
}

/// <summary>
/// Tells the encoding of a customer text file from ALL of its bytes, in this order: a byte-order mark
/// (UTF-8, UTF-16 LE/BE); an encoding the user declared; UTF-16 without mark from its zero bytes; UTF-8
/// when every byte is valid UTF-8, or when the file holds at least one valid multi-byte UTF-8 sequence
/// (it is then UTF-8 with some bad lines, which the readers report as bad rows); Windows-1252 only when
/// it is clearly indicated (see <see cref="IsClearlyWindows1252"/>); else the file is refused with the
/// offset and line of its first byte that is not UTF-8.
/// </summary>
public static class TextEncodingSniffer
{
    /// <summary>
    /// Longest run of consecutive non-ASCII bytes in a file read as Windows-1252. Latin-script words seldom
    /// hold more than two accented letters side by side ("Ação", "Þórður"); Cyrillic, Greek, Hebrew or Arabic
    /// code pages put every letter of a word above 0x7F, so a longer run says "another code page".
    /// </summary>
    public const int MaxWindows1252Run = 2;

    // Bytes Windows-1252 leaves undefined.
    private static readonly SearchValues<byte> Undefined1252 = SearchValues.Create([0x81, 0x8D, 0x8F, 0x90, 0x9D]);

    // A static constructor, not an initializer: it runs before any method, so a declared code page is known.
    static TextEncodingSniffer()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Strict(1252);
    }

    public static Encoding Windows1252 { get; }

    /// <summary>The encoding of the file at <paramref name="path"/>; <paramref name="declared"/> is a name such as "windows-1251".</summary>
    public static TextEncodingVerdict Detect(string path, string? declared = null)
    {
        using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Detect(s, Path.GetFileName(path), declared);
    }

    public static TextEncodingVerdict Detect(Stream stream, string name, string? declared = null)
    {
        var head = new byte[4096];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var span = head.AsSpan(0, n);
        var bom = BomOf(span);
        if (declared is not null)
        {
            var e = Declared(declared);
            // A mark of the declared encoding is skipped; one of another encoding is left to the decoder.
            var skip = bom is { } b && b.Encoding.CodePage == e.CodePage ? b.BomLength : 0;
            return new TextEncodingVerdict(e, skip, "declared");
        }
        if (bom is not null) return bom;
        if (LooksLikeUtf16(span, out var bigEndian)) return new TextEncodingVerdict(new UnicodeEncoding(bigEndian, false, true), 0, "zero bytes of UTF-16");

        stream.Position = 0;
        var scan = Utf8Scan.Of(stream);
        if (scan.FirstInvalid < 0) return new TextEncodingVerdict(StrictUtf8, 0, "every byte valid");
        if (scan.HasMultiByte) return new TextEncodingVerdict(StrictUtf8, 0, "holds UTF-8 sequences; lines that are not UTF-8 are rejected");
        stream.Position = 0;
        if (IsClearlyWindows1252(stream)) return new TextEncodingVerdict(Windows1252, 0, "no UTF-8 sequence; Latin letters of Windows-1252");
        throw new InvalidDataException(
            $"{name}: byte 0x{scan.FirstInvalidByte:X2} at offset {scan.FirstInvalid} (line {scan.FirstInvalidLine}) is not UTF-8, and the file is not clearly " +
            "Windows-1252 either; name its encoding with --encoding (e.g. windows-1251, iso-8859-2, shift_jis)");
    }

    /// <summary>A short name for messages: "UTF-8", "UTF-16 LE", "Windows-1252", else the encoding's web name.</summary>
    public static string Name(Encoding e) => e switch
    {
        UnicodeEncoding u when u.CodePage == 1201 => "UTF-16 BE",
        UnicodeEncoding => "UTF-16 LE",
        UTF8Encoding => "UTF-8",
        _ when e.CodePage == 1252 => "Windows-1252",
        _ => e.WebName,
    };

    private static Encoding StrictUtf8 { get; } = new UTF8Encoding(false, true);

    private static Encoding Strict(int codePage) => Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static Encoding Declared(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Trim()) switch
            {
                UTF8Encoding => StrictUtf8,
                UnicodeEncoding u => new UnicodeEncoding(u.CodePage == 1201, false, true),
                var e => Strict(e.CodePage),
            };
        }
        catch (ArgumentException)
        {
            throw new ArgumentException($"unknown encoding '{name}' (e.g. utf-8, utf-16, windows-1252, windows-1251, iso-8859-1)");
        }
    }

    private static TextEncodingVerdict? BomOf(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new(StrictUtf8, 3, "byte-order mark");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(new UnicodeEncoding(false, false, true), 2, "byte-order mark");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(new UnicodeEncoding(true, false, true), 2, "byte-order mark");
        return null;
    }

    /// <summary>
    /// Windows-1252 is clearly indicated when no byte is one it leaves undefined and no run of non-ASCII bytes
    /// is longer than <see cref="MaxWindows1252Run"/> (and, checked before, no valid UTF-8 multi-byte sequence).
    /// </summary>
    private static bool IsClearlyWindows1252(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            var run = 0;
            int n;
            while ((n = stream.Read(buffer, 0, 1 << 20)) > 0)
            {
                var block = buffer.AsSpan(0, n);
                if (block.ContainsAny(Undefined1252)) return false;
                var i = 0;
                while (i < block.Length)
                {
                    if (run == 0)
                    {
                        var next = block[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                        if (next < 0) break;
                        i += next;
                    }
                    if (block[i] >= 0x80)
                    {
                        if (++run > MaxWindows1252Run) return false;
                    }
                    else run = 0;
                    i++;
                }
            }
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

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

    /// <summary>One pass of UTF-8 validation over a whole stream.</summary>
    private sealed record Utf8Scan(long FirstInvalid, byte FirstInvalidByte, long FirstInvalidLine, bool HasMultiByte)
    {
        private const int Block = 1 << 20;

        public static Utf8Scan Of(Stream stream)
        {
            var bytes = ArrayPool<byte>.Shared.Rent(Block + 4);
            var chars = ArrayPool<char>.Shared.Rent(Block + 4);
            try
            {
                long offset = 0, lines = 1, firstInvalid = -1, firstLine = 0;
                byte firstByte = 0;
                var multiByte = false;
                var kept = 0;
                while (true)
                {
                    var n = stream.ReadAtLeast(bytes.AsSpan(kept, Block), Block, throwOnEndOfStream: false);
                    var final = n < Block;
                    var data = bytes.AsSpan(0, kept + n);
                    var at = 0;
                    while (at < data.Length)
                    {
                        var status = Utf8.ToUtf16(data[at..], chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: final);
                        if (!multiByte && chars.AsSpan(0, written).ContainsAnyExceptInRange('\0', '\u007F')) multiByte = true;
                        if (firstInvalid < 0) lines += data.Slice(at, read).Count((byte)'\n');
                        at += read;
                        if (status != OperationStatus.InvalidData) break;
                        if (firstInvalid < 0)
                        {
                            firstInvalid = offset + at;
                            firstByte = data[at];
                            firstLine = lines;
                        }
                        if (multiByte) return new Utf8Scan(firstInvalid, firstByte, firstLine, true);
                        at++;
                    }
                    // A sequence cut by the end of the block is decoded with the next one.
                    kept = data.Length - at;
                    data[at..].CopyTo(bytes);
                    offset += at;
                    if (final) return new Utf8Scan(firstInvalid, firstByte, firstLine, multiByte);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }
}

using System.IO.Compression;
using System.Text;

namespace Argus.Sources;

/// <summary>Every list format Argus reads, and detection of a file's format from its content.</summary>
public static class ListFormats
{
    /// <summary>All formats, most specific first.</summary>
    public static IReadOnlyList<IListFormat> All { get; } =
    [
        new UnXmlFormat(),
        new OfacXmlFormat(),
        new EuFsfXmlFormat(),
        new CaSemaXmlFormat(),
        new OfacCsvFormat(),
        new UsCslCsvFormat(),
        new UkOfsiCsvFormat(),
        new UkOfsiXlsxFormat(),
        new AuDfatXlsxFormat(),
        new FtmJsonFormat(),
        new NamesCsvFormat(),
    ];

    /// <summary>
    /// The publication a format reads: formats of one family are the same list in two encodings (OFAC's
    /// CSV and XML, OFSI's CSV and workbook), so a dataset may move between them but not to another family.
    /// </summary>
    public static string FamilyOf(string format) => format switch
    {
        "ofac-csv" or "ofac-xml" => "ofac",
        "uk-ofsi-csv" or "uk-ofsi-xlsx" => "uk-ofsi",
        _ => format,
    };

    public static IListFormat? ByName(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private const int HeadSize = 64 * 1024;

    /// <summary>
    /// Picks the format of <paramref name="source"/> from its first bytes (gzip is unwrapped first), or
    /// throws <see cref="ListFormatException"/> saying what the file looks like instead.
    /// </summary>
    public static IListFormat Detect(ListSource source)
    {
        var head = ReadHead(source);
        if (head.Length == 0)
            throw new ListFormatException(source.Name, "byte 0", "the file is empty");
        if (SpreadsheetRows.LooksLikeXlsx(head))
            return DetectSpreadsheet(source);
        foreach (var format in All)
            if (format.Recognises(head, source.Name))
                return format;
        throw new ListFormatException(source.Name, "start of file", "not a list format Argus reads: " + Describe(head));
    }

    /// <summary>A workbook is recognised by its first rows, which only opening it shows.</summary>
    private static IListFormat DetectSpreadsheet(ListSource source)
    {
        var rows = SpreadsheetRows.Read(Ungzipped(source), maxRows: 5).Select(r => r.Cells).ToList();
        foreach (var format in All.OfType<ISpreadsheetListFormat>())
            if (format.RecognisesRows(rows))
                return format;
        var first = string.Join(" | ", rows.FirstOrDefault(r => r.Any(c => c.Length > 0))?.Where(c => c.Length > 0).Take(4) ?? []);
        throw new ListFormatException(source.Name, "row 1", $"a spreadsheet that is not a known list (first row: '{Argus.Text.DisplayText.Escape(first.Length > 80 ? first[..80] + "…" : first)}')");
    }

    /// <summary>Detects the format and reads the whole file (gunzipping it when needed).</summary>
    public static ListSnapshot Read(ListSource source)
    {
        var plain = Ungzipped(source);
        return Detect(plain).Read(plain);
    }

    /// <summary>Wraps a gzip-compressed source so that readers see the plain content.</summary>
    public static ListSource Ungzipped(ListSource source)
    {
        using (var s = source.Open())
        {
            Span<byte> magic = stackalloc byte[2];
            if (s.ReadAtLeast(magic, 2, throwOnEndOfStream: false) < 2 || magic[0] != 0x1f || magic[1] != 0x8b)
                return source;
        }
        return new ListSource(source.Name, () => new GZipStream(source.Open(), CompressionMode.Decompress), source.OpenCompanion);
    }

    private static byte[] ReadHead(ListSource source)
    {
        try
        {
            using var s = Ungzipped(source).Open();
            var buffer = new byte[HeadSize];
            var n = s.ReadAtLeast(buffer, HeadSize, throwOnEndOfStream: false);
            return buffer[..n];
        }
        catch (InvalidDataException e)
        {
            throw new ListFormatException(source.Name, "gzip stream", "the compressed file is damaged: " + e.Message, e);
        }
    }

    /// <summary>A short description of unrecognised content, for the error message.</summary>
    public static string Describe(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 512)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (text.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return "it is an HTML page (an error page or a login page saved instead of the list?)";
        if (head.Length >= 4 && head[0] == 'P' && head[1] == 'K') return "a zip archive that is not a known spreadsheet list";
        if (text.StartsWith('<')) return "XML whose root element is not a known list";
        if (text.StartsWith('{')) return "JSON that is not FollowTheMoney entities";
        var first = text.Split('\n')[0];
        return $"text starting '{Argus.Text.DisplayText.Escape(first.Length > 60 ? first[..60] + "…" : first)}'";
    }

    /// <summary>The leading text of <paramref name="head"/> without BOM and whitespace, for sniffing.</summary>
    public static string SniffText(ReadOnlySpan<byte> head, int max = 4096)
    {
        var span = head[..Math.Min(head.Length, max)];
        string text;
        if (span.Length >= 2 && span[0] == 0xFF && span[1] == 0xFE) text = Encoding.Unicode.GetString(span[2..]);
        else if (span.Length >= 2 && span[0] == 0xFE && span[1] == 0xFF) text = Encoding.BigEndianUnicode.GetString(span[2..]);
        else text = Encoding.UTF8.GetString(span);
        return text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
    }
}

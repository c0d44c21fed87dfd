using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Argus.Text;

/// <summary>
/// The text <c>argus scan</c> reads from a file's bytes. Binary content (NUL bytes, a known binary
/// signature, or mostly undecodable bytes) is refused naming the file; HTML — by extension or by its
/// opening markup — gives its visible text, parsed by AngleSharp (entities decoded; script, style,
/// noscript and template left out; block elements kept apart by blank lines); anything else is text as it is.
/// Mention offsets of a scan index <see cref="Text"/>, i.e. the extracted text for HTML.
/// </summary>
/// <param name="Text">The text scanned.</param>
/// <param name="FromHtml">True when <see cref="Text"/> was extracted from HTML.</param>
public sealed record ScanInput(string Text, bool FromHtml)
{
    /// <summary>Share of replacement and control characters above which decoded bytes are not text.</summary>
    public const double MaxBadShare = 0.01;

    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a zip archive (or an Office document)"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x1F, 0x8B], "a gzip file"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
    ];

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "head" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "section", "article",
        "header", "footer", "nav", "aside", "blockquote", "pre", "figure", "figcaption", "dl", "dt", "dd", "main", "hr",
        "form", "address", "caption",
    };

    /// <summary>Reads <paramref name="bytes"/>; <paramref name="name"/> (a path, or "-" for standard input) names the file in errors and hints HTML by its extension.</summary>
    public static ScanInput Read(byte[] bytes, string name)
    {
        foreach (var (magic, kind) in Signatures)
            if (bytes.AsSpan().StartsWith(magic))
                throw new FormatException($"{name}: a binary file ({kind}), not text; save it as text or HTML first");
        var text = Decode(bytes, name);
        return IsHtml(text, name) ? new ScanInput(VisibleText(text), true) : new ScanInput(text, false);
    }

    private static string Decode(byte[] bytes, string name)
    {
        Encoding encoding = new UTF8Encoding(false);
        var start = 0;
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) start = 3;
        else if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE })) (encoding, start) = (Encoding.Unicode, 2);
        else if (bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF })) (encoding, start) = (Encoding.BigEndianUnicode, 2);
        if (start != 2 && bytes.AsSpan().IndexOf((byte)0) is var nul and >= 0)
            throw new FormatException($"{name}: a binary file (a NUL byte at offset {nul}), not text");
        var text = encoding.GetString(bytes, start, bytes.Length - start);
        var bad = text.Count(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v')));
        if (bad > 8 && bad > text.Length * MaxBadShare)
            throw new FormatException($"{name}: a binary file or text in an unknown encoding ({bad:N0} of {text.Length:N0} characters are not text), not UTF-8 text");
        return text;
    }

    private static bool IsHtml(string text, string name)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".xhtml") return true;
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart("\uFEFF \t\r\n");
        if (!head.StartsWith("<")) return false;
        foreach (var opening in new[] { "<!doctype html", "<html", "<head", "<body" })
            if (head.StartsWith(opening, StringComparison.OrdinalIgnoreCase)) return true;
        return head.StartsWith("<?xml") && head.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The visible text of an HTML page, one blank line between blocks.</summary>
    public static string VisibleText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var b = new StringBuilder(html.Length / 2);
        Append(document.Body ?? (INode?)document.DocumentElement, b, pre: false);
        var lines = b.ToString().Split('\n').Select(l => l.Trim(' '));
        var text = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0) { blank++; continue; }
            if (text.Length > 0) text.Append(blank > 0 ? "\n\n" : "\n");
            text.Append(line);
            blank = 0;
        }
        return text.ToString();
    }

    private static void Append(INode? node, StringBuilder b, bool pre)
    {
        switch (node)
        {
            case null:
                return;
            case IText t:
                AppendText(t.Data, b, pre);
                return;
            case IElement e when Skipped.Contains(e.LocalName):
                return;
            case IElement e when e.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                b.Append('\n');
                return;
            case IElement e:
                var block = Blocks.Contains(e.LocalName);
                if (block) b.Append("\n\n");
                var inPre = pre || e.LocalName.Equals("pre", StringComparison.OrdinalIgnoreCase);
                foreach (var child in e.ChildNodes) Append(child, b, inPre);
                if (block) b.Append("\n\n");
                return;
            default:
                foreach (var child in node.ChildNodes) Append(child, b, pre);
                return;
        }
    }

    /// <summary>Source line breaks and runs of spaces inside a paragraph are one space, as a browser shows them.</summary>
    private static void AppendText(string data, StringBuilder b, bool pre)
    {
        foreach (var c in data)
        {
            var ch = c == '\u00A0' ? ' ' : c;
            if (!pre && char.IsWhiteSpace(ch))
            {
                if (b.Length > 0 && b[^1] is not (' ' or '\n')) b.Append(' ');
                continue;
            }
            b.Append(ch);
        }
    }
}

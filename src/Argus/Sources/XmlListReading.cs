using System.Xml;
using System.Xml.Linq;

namespace Argus.Sources;

/// <summary>What the XML list readers share: safe reader settings, child lookups by local name, and error places.</summary>
internal static class XmlListReading
{
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    /// <summary>Opens the source for reading, refusing an empty file up front.</summary>
    public static XmlReader Open(ListSource source)
    {
        var stream = source.Open();
        if (stream.CanSeek && stream.Length == 0)
        {
            stream.Dispose();
            throw new ListFormatException(source.Name, "byte 0", "the file is empty");
        }
        return new DepthLimitedXmlReader(XmlReader.Create(stream, Settings), DepthLimitedXmlReader.DefaultMaxDepth);
    }

    /// <summary>Moves to the root element and checks its local name; otherwise says what the file looks like.</summary>
    public static void ExpectRoot(XmlReader reader, ListSource source, string rootName)
    {
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element)
                throw new ListFormatException(source.Name, "start of file", "the file is empty or holds no XML element");
        }
        catch (XmlException e)
        {
            throw new ListFormatException(source.Name, Place(e), NotXml(source) + ": " + e.Message, e);
        }
        if (reader.LocalName != rootName)
            throw new ListFormatException(source.Name, Place(reader),
                $"the root element is <{reader.LocalName}>, not <{rootName}>" + (reader.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase)
                    ? ": it is an HTML page (an error page or a login page saved instead of the list?)" : ""));
    }

    private static string NotXml(ListSource source)
    {
        try
        {
            using var s = source.Open();
            var head = new byte[4096];
            var n = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (n == 0) return "the file is empty";
            return "not well-formed XML (" + ListFormats.Describe(head.AsSpan(0, n)) + ")";
        }
        catch (IOException)
        {
            return "not well-formed XML";
        }
    }

    public static string Place(XmlException e) => $"line {e.LineNumber}, position {e.LinePosition}";

    public static string Place(XmlReader reader) =>
        reader is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}, position {info.LinePosition}" : "start of file";

    public static int Line(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>The trimmed text of the first child with this local name, or null when absent or blank.</summary>
    public static string? Text(this XElement e, string localName)
    {
        var c = e.Elements().FirstOrDefault(x => x.Name.LocalName == localName);
        var t = c is null ? null : EntityDraft.Clean(c.Value);
        return string.IsNullOrEmpty(t) ? null : t;
    }

    public static IEnumerable<XElement> Children(this XElement e, string localName) =>
        e.Elements().Where(x => x.Name.LocalName == localName);

    /// <summary>The texts of <c>&lt;localName&gt;&lt;VALUE&gt;…</c> lists (UN style), blanks skipped.</summary>
    public static IEnumerable<string> Values(this XElement e, string localName, string valueName = "VALUE") =>
        e.Children(localName).SelectMany(c => c.Children(valueName)).Select(v => EntityDraft.Clean(v.Value)).Where(v => v.Length > 0);
}

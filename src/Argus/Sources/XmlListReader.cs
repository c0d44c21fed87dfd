using System.Xml;
using System.Xml.Linq;

namespace Argus.Sources;

/// <summary>
/// Streams the repeated elements of an XML list (one per target) as <see cref="XElement"/>s with line
/// numbers, and turns every XML fault (truncation, bad characters, wrong root) into a
/// <see cref="ListFormatException"/> naming the file, line and position.
/// </summary>
public static class XmlListReader
{
    /// <summary>The root element's name and attributes, then each child element named <paramref name="recordName"/> (at any depth).</summary>
    public static IEnumerable<XElement> Records(ListSource source, string expectedRoot, string recordName, Action<XElement>? onRoot = null)
    {
        using var stream = source.Open();
        using var reader = new DepthLimitedXmlReader(XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        }), DepthLimitedXmlReader.DefaultMaxDepth);
        var info = (IXmlLineInfo)reader;
        var rootSeen = false;
        while (true)
        {
            XElement? record = null;
            try
            {
                if (!rootSeen)
                {
                    if (!reader.Read())
                        throw new ListFormatException(source.Name, "start of file", "the file is empty");
                    if (reader.NodeType != XmlNodeType.Element) continue;
                    if (reader.LocalName != expectedRoot)
                        throw new ListFormatException(source.Name, $"line {info.LineNumber}", $"root element is <{reader.LocalName}>, expected <{expectedRoot}>");
                    rootSeen = true;
                    var root = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                    if (reader.MoveToFirstAttribute())
                    {
                        do root.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI == "http://www.w3.org/2000/xmlns/" ? "" : reader.NamespaceURI), reader.Value);
                        while (reader.MoveToNextAttribute());
                        reader.MoveToElement();
                    }
                    onRoot?.Invoke(root);
                    if (reader.IsEmptyElement) yield break;
                    continue;
                }
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == recordName)
                {
                    var line = info.LineNumber;
                    record = (XElement)XNode.ReadFrom(reader);
                    record.AddAnnotation(new RecordLine(line));
                }
                else if (!reader.Read())
                    yield break;
            }
            catch (XmlException e)
            {
                throw new ListFormatException(source.Name, $"line {e.LineNumber}, position {e.LinePosition}",
                    "the XML is malformed or truncated: " + e.Message, e);
            }
            if (record is not null) yield return record;
        }
    }

    /// <summary>The line where a record started ("line 1234").</summary>
    public static string PlaceOf(XElement record, string what) =>
        record.Annotation<RecordLine>() is { } l ? $"line {l.Line} ({what})" : what;

    private sealed record RecordLine(int Line);
}

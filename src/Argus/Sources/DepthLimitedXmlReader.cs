using System.Xml;

namespace Argus.Sources;

/// <summary>
/// An XML reader that refuses elements nested deeper than any official list nests them. Building an
/// <see cref="System.Xml.Linq.XElement"/> takes time quadratic in its depth (40,000 levels: 5 s), so a
/// damaged or hostile file is stopped at the first element too deep, with its line. It also turns the
/// framework reader's own failure on some damaged XML declarations (an out-of-range copy while it
/// switches encodings) into the <see cref="XmlException"/> any malformed XML gives.
/// </summary>
internal sealed class DepthLimitedXmlReader(XmlReader inner, int maxDepth) : XmlReader, IXmlLineInfo
{
    /// <summary>The official lists nest six levels at most; this leaves room for extensions of the formats.</summary>
    public const int DefaultMaxDepth = 64;

    public override bool Read()
    {
        bool more;
        try
        {
            more = inner.Read();
        }
        catch (ArgumentOutOfRangeException e)
        {
            var (at, column) = inner is IXmlLineInfo l ? (l.LineNumber, l.LinePosition) : (0, 0);
            throw new XmlException("the XML declaration or its encoding cannot be read", e, at, column);
        }
        if (more && inner.Depth > maxDepth)
        {
            var (line, position) = inner is IXmlLineInfo i ? (i.LineNumber, i.LinePosition) : (0, 0);
            throw new XmlException($"elements nested deeper than {maxDepth} levels (<{inner.LocalName}>)", null, line, position);
        }
        return more;
    }

    public override int AttributeCount => inner.AttributeCount;
    public override string BaseURI => inner.BaseURI;
    public override int Depth => inner.Depth;
    public override bool EOF => inner.EOF;
    public override bool IsEmptyElement => inner.IsEmptyElement;
    public override string LocalName => inner.LocalName;
    public override string NamespaceURI => inner.NamespaceURI;
    public override XmlNameTable NameTable => inner.NameTable;
    public override XmlNodeType NodeType => inner.NodeType;
    public override string Prefix => inner.Prefix;
    public override ReadState ReadState => inner.ReadState;
    public override string Value => inner.Value;
    public override XmlReaderSettings? Settings => inner.Settings;
    public override string GetAttribute(int i) => inner.GetAttribute(i);
    public override string? GetAttribute(string name) => inner.GetAttribute(name);
    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);
    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);
    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);
    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);
    public override bool MoveToElement() => inner.MoveToElement();
    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();
    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();
    public override bool ReadAttributeValue() => inner.ReadAttributeValue();
    public override void ResolveEntity() => inner.ResolveEntity();
    public override void Close() => inner.Close();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    public bool HasLineInfo() => inner is IXmlLineInfo i && i.HasLineInfo();
    public int LineNumber => inner is IXmlLineInfo i ? i.LineNumber : 0;
    public int LinePosition => inner is IXmlLineInfo i ? i.LinePosition : 0;
}

using System.Globalization;
using System.Xml;

namespace StrategicPlanning.StratML;

/// <summary>
/// An <see cref="XmlReader"/> that refuses elements nested deeper than a limit, or more elements than a limit, with the
/// line and position of the first one too many. StratML needs ten levels; a document nested thousands deep is hostile
/// (it would make building and walking the tree slow, and recursion overflow the stack), and so are millions of tiny
/// elements (a tree costs far more per element than its text), so either is stopped while it is read.
/// </summary>
internal sealed class DepthLimitedReader(XmlReader inner, int maxDepth, int maxElements) : XmlReader, IXmlLineInfo
{
    /// <summary>The longest white space shared: indentation is a line break and some dozens of spaces.</summary>
    private const int MostShared = 128;

    private readonly Dictionary<string, string> whiteSpace = new(StringComparer.Ordinal);
    private int elements;

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

    /// <summary>
    /// Gets the node's value; white space between elements (a document's indentation) as one shared string for each
    /// run, since the tree keeps every run: a 50 MB plan indented as real ones are holds hundreds of thousands, each
    /// alike. The text is the same, so what is read is the same.
    /// </summary>
    public override string Value => inner.NodeType == XmlNodeType.Whitespace ? Shared(inner.Value) : inner.Value;

    public int LineNumber => inner is IXmlLineInfo info ? info.LineNumber : 0;

    public int LinePosition => inner is IXmlLineInfo info ? info.LinePosition : 0;

    public bool HasLineInfo() => inner is IXmlLineInfo info && info.HasLineInfo();

    public override bool Read()
    {
        var read = inner.Read();
        if (read && inner.NodeType == XmlNodeType.Element)
        {
            if (inner.Depth >= maxDepth)
            {
                throw new XmlException(
                    string.Create(CultureInfo.InvariantCulture, $"The element {inner.LocalName} is nested {inner.Depth + 1} levels deep; a StratML document needs about ten, and more than {maxDepth} are not read."),
                    null,
                    LineNumber,
                    LinePosition);
            }

            if (++elements > maxElements)
            {
                throw new XmlException(
                    string.Create(CultureInfo.InvariantCulture, $"The document has more than {maxElements:N0} elements; a StratML plan has far fewer, and more are not read."),
                    null,
                    LineNumber,
                    LinePosition);
            }
        }

        return read;
    }

    private string Shared(string value)
    {
        if (value.Length > MostShared)
        {
            return value;
        }

        if (!whiteSpace.TryGetValue(value, out var shared))
        {
            whiteSpace[value] = shared = value;
        }

        return shared;
    }

    public override string GetAttribute(int i) => inner.GetAttribute(i);

    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);

    public override bool MoveToElement() => inner.MoveToElement();

    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    public override void ResolveEntity() => inner.ResolveEntity();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

using System.Xml;
using StrategicPlanning.Calendar;
using StrategicPlanning.StratML.Xml;

namespace StrategicPlanning.StratML.Export;

/// <summary>What one export shares: the namespace and part, the identifiers written so far, and the notes.</summary>
internal sealed class ExportContext(XmlWriter xml, StratMLPart part, ReportingCalendar calendar)
{
    private readonly HashSet<string> identifiers = new(StringComparer.Ordinal);

    public XmlWriter Xml { get; } = xml;

    public StratMLPart Part { get; } = part;

    public bool IsPart2 => Part == StratMLPart.Part2;

    public string Namespace { get; } = part == StratMLPart.Part2 ? StratMLNames.IsoPart2 : StratMLNames.IsoPart1;

    public ReportingCalendar Calendar { get; } = calendar;

    public List<StratMLNote> Notes { get; } = [];

    public void Note(string path, string message) => Notes.Add(new StratMLNote(path, message));

    public void Element(string name, string? text)
    {
        if (text is not null)
        {
            Xml.WriteElementString(name, Namespace, text);
        }
    }

    /// <summary>Writes an Identifier when it is an XML name not written before (xsd:ID); otherwise leaves it out with a note.</summary>
    public void Identifier(string? identifier, string path)
    {
        if (identifier is null)
        {
            return;
        }

        if (!StratMLNames.IsNCName(identifier) || !identifiers.Add(identifier))
        {
            Note(path, $"The identifier '{identifier}' is {(StratMLNames.IsNCName(identifier) ? "already used by another element" : "not an XML name")}; an xsd:ID must be a unique XML name, so it was left out.");
            return;
        }

        Xml.WriteElementString("Identifier", Namespace, identifier);
    }

    /// <summary>The identifier for a plan document id: the one kept on import, else one made from the id.</summary>
    public static string EntityIdentifier(string id, KeptData kept) =>
        kept.Identifier is { } original && StratMLNames.IsNCName(original) ? original : StratMLNames.IdentifierFor(id);

    /// <summary>Marks the identifiers of kept elements as taken, so an id cannot be written twice.</summary>
    public void Claim(string identifier) => identifiers.Add(identifier);
}

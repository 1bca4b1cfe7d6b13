using System.Runtime.CompilerServices;
using System.Xml;
using StrategicPlanning.Calendar;

namespace StrategicPlanning.StratML;

/// <summary>What one export shares: the namespace and part, the identifiers written so far, and the notes.</summary>
internal sealed class ExportContext(XmlWriter xml, StratMLPart part, ReportingCalendar calendar)
{
    private readonly HashSet<string> identifiers = new(StringComparer.Ordinal);

    public XmlWriter Xml { get; } = xml;

    public StratMLPart Part { get; } = part;

    public bool IsPart2 => Part == StratMLPart.Part2;

    public string Namespace { get; } = part == StratMLPart.Part2 ? StratMLNames.IsoPart2 : StratMLNames.IsoPart1;

    public ReportingCalendar Calendar { get; } = calendar;

    /// <summary>Gets the notes so far, bounded per kind (<see cref="NoteList"/>).</summary>
    public NoteList Notes { get; } = new();

    public void Note(string path, string message, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Notes.Add(path, message, file, line);

    /// <summary>Gets how many texts held characters XML cannot carry, each replaced by U+FFFD.</summary>
    public int Replaced { get; private set; }

    public void Element(string name, string? text)
    {
        if (text is not null)
        {
            Xml.WriteElementString(name, Namespace, Clean(text));
        }
    }

    /// <summary>Whether every character of a text can stand in XML 1.0 (no control characters, no lone surrogates).</summary>
    public static bool IsXmlText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Writes a kept element when the schema allows it here and its identifiers are free, claiming them.
    /// </summary>
    /// <returns>Null when written, else why it was left out.</returns>
    public string? WriteKept(System.Text.Json.JsonElement element, Func<string, bool>? keepChild)
    {
        keepChild ??= _ => true;
        var held = new List<string>();
        var problem = KeptRules.Problem(element, Part, keepChild, held)
            ?? held.Where(h => identifiers.Contains(h) || held.Count(x => x == h) > 1).Select(h => $"its identifier '{h}' is already used by another element").FirstOrDefault();
        if (problem is null)
        {
            ElementJson.WriteXml(Xml, element, Namespace, keepChild);
            identifiers.UnionWith(held);
        }

        return problem;
    }

    private string Clean(string text)
    {
        if (IsXmlText(text))
        {
            return text;
        }

        Replaced++;
        var clean = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i++, 2);
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return clean.ToString();
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

}

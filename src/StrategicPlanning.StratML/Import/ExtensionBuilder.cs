using System.Text.Json;
using System.Xml.Linq;
using StrategicPlanning.Core;

namespace StrategicPlanning.StratML;

/// <summary>
/// Collects what one StratML element has that its counterpart in the plan document has not, and builds the
/// <c>stratml</c> extension member that keeps it: <c>identifier</c>, <c>attributes</c>, <c>elements</c> and
/// members particular to the element (JSN-2: kept, so import → export → import loses nothing).
/// </summary>
internal sealed class ExtensionBuilder(string owner)
{
    private readonly List<KeyValuePair<string, string>> attributes = [];
    private readonly List<XAttribute> foreignAttributes = [];
    private readonly List<XElement> elements = [];
    private readonly List<KeyValuePair<string, Action<Utf8JsonWriter>>> members = [];
    private List<XElement>? results;
    private string? identifier;

    public void Identifier(string? kept) => identifier = kept;

    /// <summary>Keeps an attribute: StratML's own (no namespace) by name; one of another namespace apart, never written back.</summary>
    public void Attribute(XAttribute attribute)
    {
        if (attribute.Name.Namespace == XNamespace.None)
        {
            attributes.Add(new(attribute.Name.LocalName, attribute.Value));
        }
        else
        {
            foreignAttributes.Add(attribute);
        }
    }

    public void Keep(XElement element) => elements.Add(element);

    public void Member(string name, string value) => members.Add(new(name, json => json.WriteString(name, value)));

    public void Member(string name, int value) => members.Add(new(name, json => json.WriteNumber(name, value)));

    public void Member(string name, Action<Utf8JsonWriter> write) => members.Add(new(name, write));

    /// <summary>Keeps a measure's results as <c>results</c>: the elements in the order <paramref name="write"/> writes them.</summary>
    public void Results(List<XElement> elements, Action<Utf8JsonWriter> write)
    {
        results = elements;
        members.Add(new("results", write));
    }

    public ExtensionMembers Build(ImportContext context)
    {
        if (identifier is null && attributes.Count == 0 && foreignAttributes.Count == 0 && elements.Count == 0 && members.Count == 0)
        {
            return ExtensionMembers.Empty;
        }

        // One buffer and writer for every record of an import (taken and given back, never shared while in use).
        var (buffer, json) = context.TakeJsonBuffer();
        var written = Write(json, context);
        var text = new JsonValueText(buffer.WrittenSpan.ToArray());
        var checkResults = results is not null && context.Part == StratMLPart.Part2;
        if (written.Count > 0 || checkResults)
        {
            // Parsed in place only to check what the writer would refuse; the member keeps the text as written.
            using var document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = 256 });
            Check(document, written, checkResults, context);
        }

        context.ReturnJsonBuffer(buffer, json);

        // JSN-2: the text is the library's own form of the member (the writer writes no white space and escapes as
        // JsonValueText does), valid JSON by the writer's validation, so it is kept as it is: no parse and copy.
        return ExtensionMembers.Own([new(StratMLNames.Extension, text)]);
    }

    /// <summary>Writes the extension's object; returns the kept elements written, in the order they were.</summary>
    private List<XElement> Write(Utf8JsonWriter json, ImportContext context)
    {
        var written = new List<XElement>(elements.Count);
        json.WriteStartObject();
        if (identifier is not null)
        {
            json.WriteString("identifier", identifier);
        }

        if (attributes.Count > 0)
        {
            json.WriteStartObject("attributes");
            foreach (var attribute in attributes)
            {
                json.WriteString(attribute.Key, attribute.Value);
            }

            json.WriteEndObject();
        }

        if (foreignAttributes.Count > 0)
        {
            ElementJson.WriteForeignAttributes(json, foreignAttributes);
        }

        foreach (var member in members)
        {
            member.Value(json);
        }

        if (elements.Count > 0)
        {
            json.WriteStartArray("elements");
            // In the order the writer puts them back, so a second import keeps the same list.
            foreach (var element in SchemaOrder.Sort(owner, elements, e => e.Name.LocalName))
            {
                if (ElementJson.Write(json, element, context))
                {
                    written.Add(element);
                }
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.Flush();
        return written;
    }

    private void Check(JsonDocument document, List<XElement> written, bool checkResults, ImportContext context)
    {
        if (written.Count > 0)
        {
            KeptCheck.Elements(owner, written, document.RootElement.GetProperty("elements"), context);
        }

        if (checkResults)
        {
            // Kept results go back into their MeasurementInstance when the writer would write them as they are.
            var i = 0;
            foreach (var result in document.RootElement.GetProperty("results").EnumerateArray())
            {
                var element = results![i++];
                if (element.Name.LocalName is "TargetResult" or "ActualResult")
                {
                    KeptCheck.Check(result.GetProperty("element"), element, _ => true, context);
                }
            }
        }
    }
}

using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace StrategicPlanning.StratML;

/// <summary>
/// A StratML element with no counterpart in the plan document, kept as JSON so that it survives a round trip:
/// <c>{ "name": "Relationship", "attributes": { "RelationshipType": "Peer_To" }, "children": [ { "name": "Name", "text": "…" } ] }</c>.
/// Elements of a namespace other than StratML's carry it as <c>"namespace"</c> and are never written back.
/// </summary>
internal static class ElementJson
{
    /// <summary>Writes a kept element; false when nothing was written (an Identifier that cannot be kept).</summary>
    public static bool Write(Utf8JsonWriter json, XElement element, ImportContext context)
    {
        if (element.Name.LocalName == "Identifier" && !element.HasElements)
        {
            // Kept identifiers stay unique XML names, so that the StratML written back is valid.
            var kept = context.KeptIdentifier(element);
            if (kept is not null)
            {
                json.WriteStartObject();
                json.WriteString("name", "Identifier");
                json.WriteString("text", kept);
                json.WriteEndObject();
            }

            return kept is not null;
        }

        json.WriteStartObject();
        json.WriteString("name", element.Name.LocalName);
        if (!StratMLNames.IsStratML(element.Name.Namespace))
        {
            json.WriteString("namespace", element.Name.NamespaceName);
        }

        if (element.HasAttributes)
        {
            WriteAttributes(json, element, context);
        }

        if (element.HasElements)
        {
            if (HasMixedText(element))
            {
                context.Note(element, $"The text beside the child elements of {element.Name.LocalName} (mixed content) is not kept.");
            }

            json.WriteStartArray("children");
            foreach (var child in SchemaOrder.Sort(element.Name.LocalName, element.Elements(), e => e.Name.LocalName))
            {
                Write(json, child, context);
            }

            json.WriteEndArray();
        }
        else if (element.Value.Length > 0)
        {
            json.WriteString("text", element.Value);
        }

        json.WriteEndObject();
        return true;
    }

    /// <summary>The kept attributes of an element: StratML's own (those it defines here; any other dropped with a note) by name, others apart with a note.</summary>
    private static void WriteAttributes(Utf8JsonWriter json, XElement element, ImportContext context)
    {
        var attributes = KeptAttributes(element).ToList();
        if (StratMLNames.IsStratML(element.Name.Namespace))
        {
            // An attribute StratML does not define on an element it knows: dropped, so that the element itself goes back.
            foreach (var attribute in attributes.Where(a => a.Name.Namespace == XNamespace.None && !KeptRules.DefinesAttribute(element.Name.LocalName, a.Name.LocalName)).ToList())
            {
                attributes.Remove(attribute);
                context.Note(attribute, $"{attribute.Name.LocalName} is not a StratML attribute of {element.Name.LocalName}; dropped, as StratML has no place for it.");
            }
        }

        if (attributes.Any(a => a.Name.Namespace == XNamespace.None))
        {
            json.WriteStartObject("attributes");
            foreach (var attribute in attributes.Where(a => a.Name.Namespace == XNamespace.None))
            {
                json.WriteString(attribute.Name.LocalName, attribute.Value);
            }

            json.WriteEndObject();
        }

        var foreign = attributes.Where(a => a.Name.Namespace != XNamespace.None).ToList();
        if (foreign.Count > 0)
        {
            WriteForeignAttributes(json, foreign);
            foreach (var attribute in foreign)
            {
                context.Note(attribute, $"An attribute of the namespace '{attribute.Name.NamespaceName}'; kept in the plan document, but not written back to StratML.");
            }
        }
    }

    private static bool HasMixedText(XElement element)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText text && !string.IsNullOrWhiteSpace(text.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Attributes of another namespace than StratML's (which has none): kept apart, by namespace and name.</summary>
    public static void WriteForeignAttributes(Utf8JsonWriter json, List<XAttribute> attributes)
    {
        json.WriteStartArray("foreignAttributes");
        foreach (var attribute in attributes)
        {
            json.WriteStartObject();
            json.WriteString("namespace", attribute.Name.NamespaceName);
            json.WriteString("name", attribute.Name.LocalName);
            json.WriteString("value", attribute.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The attributes worth keeping: not namespace declarations, not xsi:schemaLocation and the like.</summary>
    public static IEnumerable<XAttribute> KeptAttributes(XElement element) =>
        element.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != XNamespace.Xmlns
            && a.Name.NamespaceName != "http://www.w3.org/2001/XMLSchema-instance");

    /// <summary>The local name of a kept element, or null when the JSON is not a kept element.</summary>
    public static string? NameOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null;

    /// <summary>
    /// Writes a kept element back in <paramref name="ns"/>. The element must have passed
    /// <see cref="KeptRules"/>, which checks its name, namespace, attributes, text and children.
    /// </summary>
    public static void WriteXml(XmlWriter xml, JsonElement element, string ns, Func<string, bool> keepChild)
    {
        xml.WriteStartElement(NameOf(element)!, ns);
        if (element.TryGetProperty("attributes", out var attributes))
        {
            foreach (var attribute in attributes.EnumerateObject())
            {
                xml.WriteAttributeString(attribute.Name, attribute.Value.GetString());
            }
        }

        if (element.TryGetProperty("text", out var text))
        {
            xml.WriteString(text.GetString());
        }

        if (element.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray().Where(c => keepChild(NameOf(c)!)))
            {
                WriteXml(xml, child, ns, _ => true);
            }
        }

        xml.WriteEndElement();
    }
}

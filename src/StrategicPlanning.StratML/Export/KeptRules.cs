using System.Globalization;
using System.Collections.Frozen;
using System.Text.Json;
using System.Xml.Schema;

namespace StrategicPlanning.StratML;

/// <summary>
/// What the schemas allow in the elements the reader keeps as they are: their children (in order, how many), their
/// attributes and the type of their text. A kept element is written back only when it passes, so that the StratML
/// written always validates; one that does not (edited since, or invalid when it was read) is left out with a note.
/// </summary>
internal static class KeptRules
{
    private static readonly string[] Text =
    [
        "Name", "Description", "OtherInformation", "Acronym", "DescriptorName", "DescriptorValue", "GivenName", "Surname",
        "PhoneNumber", "EmailAddress", "ReferentIdentifier", "SequenceIndicator",
    ];

    // The schema's own datatypes, so that what passes here is what the validator accepts.
    private static readonly XmlSchemaDatatype DateType = XmlSchemaType.GetBuiltInSimpleType(XmlTypeCode.Date)!.Datatype!;
    private static readonly XmlSchemaDatatype DecimalType = XmlSchemaType.GetBuiltInSimpleType(XmlTypeCode.Decimal)!.Datatype!;
    private static readonly XmlSchemaDatatype UriType = XmlSchemaType.GetBuiltInSimpleType(XmlTypeCode.AnyUri)!.Datatype!;

    private static readonly FrozenDictionary<string, Rule> Rules = new Dictionary<string, Rule>(StringComparer.Ordinal)
    {
        ["TargetResult"] = Complex(("StartDate", 1), ("EndDate", 1), ("NumberOfUnits", 1), ("Descriptor", 1), ("Description", 1)),
        ["ActualResult"] = Complex(("StartDate", 1), ("EndDate", 1), ("NumberOfUnits", 1), ("Descriptor", 1), ("Description", 1)),
        ["Descriptor"] = Complex(("DescriptorName", 1), ("DescriptorValue", 1)),
        ["Relationship"] = Complex(("Identifier", 1), ("ReferentIdentifier", int.MaxValue), ("Name", 1), ("Description", 1))
            with { Attributes = new Dictionary<string, string[]> { ["RelationshipType"] = ["Broader_Than", "Peer_To", "Narrower_Than"] } },
        ["Role"] = Complex(("Name", -1), ("Description", 1), ("RoleType", 2)) with { Part2Only = true },
        ["Submitter"] = Complex(("Identifier", 1), ("GivenName", 1), ("Surname", 1), ("PhoneNumber", 1), ("EmailAddress", 1)),
        ["Organization"] = Complex(("Name", 1), ("Acronym", 1), ("Identifier", 1), ("Description", 1), ("Stakeholder", int.MaxValue)),
        ["Stakeholder"] = Complex(("Name", -1), ("Description", 1), ("Role", int.MaxValue))
            with { Attributes = new Dictionary<string, string[]> { ["StakeholderTypeType"] = ["Person", "Organization", "Generic_Group"] } },
        ["StartDate"] = new(Content.Date),
        ["EndDate"] = new(Content.Date),
        ["PublicationDate"] = new(Content.Date),
        ["NumberOfUnits"] = new(Content.Decimal),
        ["Source"] = new(Content.Uri),
        ["Identifier"] = new(Content.Identifier),
        ["RoleType"] = new(Content.RoleType),
    }.Concat(Text.Select(t => KeyValuePair.Create(t, new Rule(Content.Text)))).ToFrozenDictionary(StringComparer.Ordinal);

    private enum Content
    {
        Text,
        Date,
        Decimal,
        Identifier,
        RoleType,
        Uri,
        Complex,
    }

    /// <summary>
    /// Why a kept element cannot be written in the part being written, or null when it can; the identifiers it holds
    /// are added to <paramref name="identifiers"/> (the caller checks they are free).
    /// </summary>
    public static string? Problem(JsonElement element, StratMLPart part, Func<string, bool> keepChild, List<string> identifiers)
    {
        var name = ElementJson.NameOf(element);
        if (name is null)
        {
            return "a kept element needs a \"name\"";
        }

        if (element.TryGetProperty("namespace", out _))
        {
            return $"{name} is an element of another namespace";
        }

        if (!Rules.TryGetValue(name, out var rule) || (rule.Part2Only && part != StratMLPart.Part2))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{name} is not an element StratML Part {(int)part} has here");
        }

        return AttributeProblem(element, name, rule) ?? (rule.Content == Content.Complex
            ? ChildrenProblem(element, name, rule, part, keepChild, identifiers)
            : TextProblem(element, name, rule.Content, part, identifiers));
    }

    /// <summary>Whether StratML defines an attribute of this name on a kept element of this name (which it knows).</summary>
    public static bool DefinesAttribute(string element, string attribute) =>
        !Rules.TryGetValue(element, out var rule) || (rule.Attributes?.ContainsKey(attribute) ?? false);

    private static string? AttributeProblem(JsonElement element, string name, Rule rule)
    {
        if (!element.TryGetProperty("attributes", out var attributes))
        {
            return null;
        }

        if (attributes.ValueKind != JsonValueKind.Object)
        {
            return $"the attributes of {name} are not an object";
        }

        foreach (var attribute in attributes.EnumerateObject())
        {
            if (rule.Attributes is null || !rule.Attributes.TryGetValue(attribute.Name, out var allowed))
            {
                return $"{name} has no attribute {attribute.Name} in StratML";
            }

            if (attribute.Value.ValueKind != JsonValueKind.String || !allowed.Contains(attribute.Value.GetString()))
            {
                return $"the {attribute.Name} of {name} must be one of {string.Join(", ", allowed)}";
            }
        }

        return null;
    }

    private static string? ChildrenProblem(JsonElement element, string name, Rule rule, StratMLPart part, Func<string, bool> keepChild, List<string> identifiers)
    {
        if (element.TryGetProperty("text", out var text) && (text.ValueKind != JsonValueKind.String || !string.IsNullOrWhiteSpace(text.GetString())))
        {
            return $"{name} holds elements, not text";
        }

        var counts = new int[rule.Children.Length];
        var last = 0;
        if (element.TryGetProperty("children", out var children))
        {
            if (children.ValueKind != JsonValueKind.Array)
            {
                return $"the children of {name} are not an array";
            }

            foreach (var child in children.EnumerateArray())
            {
                var childName = ElementJson.NameOf(child) ?? string.Empty;
                if (!keepChild(childName))
                {
                    continue;
                }

                var at = Array.FindIndex(rule.Children, c => c.Name == childName);
                if (at < 0 || at < last)
                {
                    return at < 0 ? $"{childName} is not a child StratML allows in {name}" : $"{childName} is out of the schema's order in {name}";
                }

                last = at;
                if (++counts[at] > Math.Abs(rule.Children[at].Max))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{name} has more than {Math.Abs(rule.Children[at].Max)} {childName}");
                }

                var problem = Problem(child, part, _ => true, identifiers);
                if (problem is not null)
                {
                    return problem;
                }
            }
        }

        var missing = Array.FindIndex(rule.Children, c => c.Max < 0);
        return missing >= 0 && counts[missing] == 0 ? $"{name} has no {rule.Children[missing].Name}, which StratML requires" : null;
    }

    private static string? TextProblem(JsonElement element, string name, Content content, StratMLPart part, List<string> identifiers)
    {
        if (element.TryGetProperty("children", out _))
        {
            return $"{name} holds text, not elements";
        }

        if (element.TryGetProperty("text", out var value) && value.ValueKind != JsonValueKind.String)
        {
            return $"the text of {name} is not a string";
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
        if (!ExportContext.IsXmlText(text))
        {
            return $"the text of {name} has characters XML cannot carry";
        }

        var trimmed = text.Trim();
        switch (content)
        {
            // DateTypeType and NumberOfUnitsType are the datatype or exactly the empty string (white space is not empty).
            case Content.Date when text.Length == 0 ? part != StratMLPart.Part2 : !Parses(DateType, text):
                return $"{name} '{text}' is not a date{(part == StratMLPart.Part2 ? " or empty" : string.Empty)}";
            case Content.Decimal when text.Length > 0 && !Parses(DecimalType, text):
                return $"{name} '{text}' is not a decimal number or empty";
            case Content.Uri when trimmed.Length == 0 || !Parses(UriType, text):
                return $"{name} '{text}' is not a URI";
            case Content.RoleType when text is not ("Performer" or "Beneficiary"):
                return $"RoleType '{text}' is not Performer or Beneficiary";
            case Content.Identifier when !StratMLNames.IsNCName(trimmed):
                return $"the identifier '{text}' is not an XML name";
            case Content.Identifier:
                identifiers.Add(trimmed);
                return null;
            default:
                return null;
        }
    }

    private static bool Parses(XmlSchemaDatatype type, string text)
    {
        try
        {
            type.ParseValue(text, null, null);
            return true;
        }
        catch (Exception e) when (e is XmlSchemaException or FormatException or OverflowException)
        {
            return false;
        }
    }

    private static Rule Complex(params (string Name, int Max)[] children) => new(Content.Complex) { Children = children };

    /// <summary>An element's content; for elements, its children in order with how many may appear (negative: exactly one, required).</summary>
    private sealed record Rule(Content Content)
    {
        public (string Name, int Max)[] Children { get; init; } = [];

        public Dictionary<string, string[]>? Attributes { get; init; }

        public bool Part2Only { get; init; }
    }
}

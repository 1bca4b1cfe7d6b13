using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CsCheck;

namespace StrategicPlanning.StratML.Tests.Support;

/// <summary>
/// Random mutations of the real StratML documents for <see cref="MutationPropertyTests"/>: elements deleted,
/// duplicated, moved, renamed, wrapped, given other text and attributes, the root put in another namespace.
/// </summary>
public static class StratMLMutations
{
    private static readonly Dictionary<string, XDocument> Sources = new(StringComparer.Ordinal);

    public enum Kind
    {
        Delete,
        Duplicate,
        Move,
        SetText,
        Rename,
        AddAttribute,
        Wrap,
        WrapContent,
        RootNamespace,
    }

    /// <summary>
    /// One mutation: what to do, to which element, and with what. The element is picked by <see cref="Named"/>: null
    /// picks a kind of element (its parent's name and its own, so a Vision's Identifier is as likely as a
    /// Relationship's) by Index and one of that kind by Pick; "*" picks the Index-th of all elements; a name picks
    /// the Index-th element of that name (any element when there is none).
    /// </summary>
    public sealed record Mutation(Kind Kind, string? Named, int Index, int Pick, int Other, string Text, XName Name)
    {
        public override string ToString()
        {
            var target = Named is null ? $"kind[{Index}][{Pick}]" : $"{Named}[{Index}]";
            return Kind switch
            {
                Kind.Delete or Kind.Duplicate => $"{Kind} {target}",
                Kind.Move => $"Move {target} to sibling position {Other}",
                Kind.SetText => $"SetText {target} = {Quote(Text)} (at node {Other} if it has elements)",
                Kind.Rename or Kind.Wrap or Kind.WrapContent => $"{Kind} {target} as {Name.LocalName}",
                Kind.AddAttribute => $"AddAttribute {target} {Name}={Quote(Text)}",
                _ => $"RootNamespace '{Name.NamespaceName}'",
            };
        }
    }

    private static readonly string[] ElementNames =
    [
        "PerformancePlanOrReport", "StrategicPlan", "StrategicPlanCore", "AdministrativeInformation", "Name", "Description",
        "OtherInformation", "Organization", "Acronym", "Identifier", "Stakeholder", "Role", "RoleType", "Vision", "Mission",
        "Value", "Goal", "Objective", "SequenceIndicator", "PerformanceIndicator", "MeasurementDimension",
        "UnitOfMeasurement", "Relationship", "ReferentIdentifier", "MeasurementInstance", "TargetResult", "ActualResult",
        "StartDate", "EndDate", "NumberOfUnits", "Descriptor", "DescriptorName", "DescriptorValue", "PublicationDate",
        "Source", "Submitter", "GivenName", "Surname", "PhoneNumber", "EmailAddress", "Place",
    ];

    private static readonly string[] Namespaces =
    [
        "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport", "urn:ISO:std:iso:17469:tech:xsd:stratml_core",
        "http://www.stratml.net", "http://www.stratml.net/PerformancePlanOrReport", string.Empty, "urn:example:other",
    ];

    private static readonly XName[] AttributeNames =
    [
        "Type", "ValueChainStage", "PerformanceIndicatorType", "IndicatorType", "StakeholderTypeType", "RelationshipType",
        "Identifier", "id", "foo", XNamespace.Xml + "lang", XNamespace.Xml + "space", XName.Get("x", "urn:example:attr"),
        XName.Get("Type", "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport"),
        XName.Get("nil", "http://www.w3.org/2001/XMLSchema-instance"),
    ];

    private static readonly Gen<char> XmlChar = Gen.Char.Where(XmlConvert.IsXmlChar);

    public static readonly Gen<string> Text = Gen.Frequency(
        (2, Gen.Const(string.Empty)),
        (2, Gen.String[Gen.Char[" \t\n\r\u00A0\u2003\u2028\u3000"], 1, 6]),
        (3, Gen.String[XmlChar, 1, 12]),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
        (1, Gen.String[Gen.Char["\u0301\u200B\u200F\uFEFF\uFFFD\uFDD0éß漢字"], 1, 6]),
        (3, Gen.String[Gen.Char["0123456789"], 1, 40]),
        (3, Gen.OneOfConst(
            "2024-02-30", "2024-13-01", "2023-02-29", "2024-02-29", "0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01",
            "-2024-01-01", "2024-1-1", "20240101", "2024-01-01T00:00:00", "2024-01-01Z", "2024-01-01+14:00", " 2024-01-01 ",
            "2024-04-01", "2024-03-31", "2024-06-30", "2023-10-01", "2024-09-30")),
        (2, Gen.Select(Gen.Int[1900, 2100], Gen.Int[1, 12], Gen.Int[1, 31], (y, m, d) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}-{d:D2}"))),
        (3, Gen.OneOfConst(
            "1e400", "1E3", "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950336",
            "0.0000000000000000000000000001", "0.00000000000000000000000000001", "1.0000000000000000000000000001",
            "12345678901234567890123456789012345678901234567890", "NaN", "INF", "-INF", "-0", "+5", "1,000", " 42 ", "٤٢", "0x10", ".5", "5.")),
        (2, Gen.OneOfConst(
            "_a", "1abc", "a b", "a:b", "plan", "goal-1", "goal-1.objective-1", "goal-1.objective-1.indicator-1", "_plan", "_1",
            "Performer", "Beneficiary", "Person", "Organization", "Generic_Group", "Strategic_Plan", "Performance_Plan",
            "Performance_Report", "Input", "Output", "Outcome", "Quantitative", "Qualitative", "Peer", "Bogus")),
        (2, Gen.OneOfConst("http://example.org/a", "urn:x", "a:b", "a b", "%zz", "\\\\server", "#", "?")),

        // A valid value padded with white space XML does not collapse (U+00A0, U+2003, U+3000) or does (tab, line feed).
        (3, Gen.Select(
            Gen.OneOfConst("2024-04-01", "2025-03-31", "42", "Performer", "Beneficiary", "Person", "Peer_To", "Quantitative", "Output", "_id", "http://example.org"),
            Gen.OneOfConst("\u00A0", "\u2003", "\u3000", "\t", "\n", " "),
            Gen.Bool,
            (value, pad, both) => both ? pad + value + pad : pad + value)));

    private static readonly Gen<string?> Named = Gen.Frequency(
        (3, Gen.Const((string?)null)),
        (1, Gen.Const((string?)"*")),
        (2, Gen.OneOfConst(ElementNames).Select(n => (string?)n)));

    public static readonly Gen<Mutation> Mutations =
        from kind in Gen.Enum<Kind>()
        from named in Named
        from index in Gen.Int[0, 1000]
        from pick in Gen.Int[0, 1000]
        from other in Gen.Int[0, 1000]
        from text in Text
        from name in kind switch
        {
            Kind.AddAttribute => Gen.OneOfConst(AttributeNames),
            Kind.RootNamespace => Gen.OneOfConst(Namespaces).Select(ns => XName.Get("root", ns)),
            _ => Gen.OneOfConst(ElementNames).Select(n => XName.Get(n)),
        }
        select new Mutation(kind, named, index, pick, other, text, name);

    internal static string Mutate(string name, IEnumerable<Mutation> mutations)
    {
        XDocument source;
        lock (Sources)
        {
            if (!Sources.TryGetValue(name, out source!))
            {
                source = XDocument.Load(StratMLFiles.PathOf(name));
                Sources[name] = source;
            }
        }

        XDocument document;
        lock (source)
        {
            document = new XDocument(source);
        }

        foreach (var mutation in mutations)
        {
            Apply(document, mutation);
        }

        // Entitized line ends, so that a carriage return in a text reaches the reader as &#xD; rather than folded.
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, NewLineHandling = NewLineHandling.Entitize }))
        {
            document.Save(writer);
        }

        return text.ToString();
    }

    internal static void Apply(XDocument document, Mutation mutation)
    {
        var root = document.Root!;
        if (mutation.Kind == Kind.RootNamespace)
        {
            XNamespace from = root.Name.Namespace, to = mutation.Name.Namespace;
            foreach (var element in root.DescendantsAndSelf())
            {
                element.Attributes().Where(a => a.IsNamespaceDeclaration && a.Name.LocalName == "xmlns" && a.Name.Namespace == XNamespace.None).Remove();
                if (element.Name.Namespace == from)
                {
                    element.Name = to + element.Name.LocalName;
                }
            }

            return;
        }

        var all = root.DescendantsAndSelf().ToList();
        XElement target;
        if (mutation.Named is null)
        {
            var kinds = all.GroupBy(e => (e.Parent?.Name.LocalName, e.Name.LocalName)).ToList();
            var kind = kinds[mutation.Index % kinds.Count].ToList();
            target = kind[mutation.Pick % kind.Count];
        }
        else
        {
            var named = mutation.Named == "*" ? all : all.Where(e => e.Name.LocalName == mutation.Named).ToList();
            var candidates = named.Count > 0 ? named : all;
            target = candidates[mutation.Index % candidates.Count];
        }

        var ns = target.Name.Namespace;
        switch (mutation.Kind)
        {
            case Kind.Delete when target.Parent is not null:
                target.Remove();
                break;
            case Kind.Duplicate when target.Parent is not null:
                target.AddAfterSelf(new XElement(target));
                break;
            case Kind.Move when target.Parent is not null:
                var siblings = target.Parent.Elements().ToList();
                var to = siblings[mutation.Other % siblings.Count];
                if (to != target)
                {
                    target.Remove();
                    if (siblings.IndexOf(to) < siblings.IndexOf(target))
                    {
                        to.AddBeforeSelf(target);
                    }
                    else
                    {
                        to.AddAfterSelf(target);
                    }
                }

                break;
            case Kind.SetText when !target.HasElements:
                target.Value = mutation.Text;
                break;
            case Kind.SetText:
                // Mixed content: a text among the children.
                var children = target.Nodes().ToList();
                children[mutation.Other % children.Count].AddBeforeSelf(new XText(mutation.Text));
                break;
            case Kind.Rename:
                target.Name = ns + mutation.Name.LocalName;
                break;
            case Kind.AddAttribute:
                // xml:space has two values; XmlWriter refuses any other.
                target.SetAttributeValue(mutation.Name, mutation.Name == XNamespace.Xml + "space" ? (mutation.Other % 2 == 0 ? "preserve" : "default") : mutation.Text);
                break;
            case Kind.Wrap when target.Parent is not null:
                target.ReplaceWith(new XElement(ns + mutation.Name.LocalName, target));
                break;
            case Kind.WrapContent:
                var content = target.Nodes().ToList();
                target.RemoveNodes();
                target.Add(new XElement(ns + mutation.Name.LocalName, content));
                break;
        }
    }

    internal static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            quoted.Append(rune.Value is < 0x20 or (>= 0x7F and < 0xA0) or 0x2028 or 0x200B or 0x200F or 0xFEFF || rune.Value > 0xFFFF
                ? $"\\u{{{rune.Value:X4}}}"
                : rune.ToString());
        }

        return quoted.Append('"').ToString();
    }
}

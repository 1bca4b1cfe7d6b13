using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CsCheck;
using StrategicPlanning.Documents;
using StrategicPlanning.Json;
using StrategicPlanning.StratML.Tests.Support;

namespace StrategicPlanning.StratML.Tests;

/// <summary>
/// The four real StratML documents, mutated at random (elements deleted, duplicated, moved, renamed, wrapped,
/// given other text and attributes, the root put in another namespace), through the reader and the writer:
/// <list type="number">
/// <item>the reader never throws (it may give an Error);</item>
/// <item>what it reads is written as Part 2 and as Part 1 without throwing, valid against the part's schema unless the plan has no themes;</item>
/// <item>what it reads survives the JSON format unchanged (JSN-2);</item>
/// <item>after one import → export round, a second round gives an equal document.</item>
/// </list>
/// </summary>
public class MutationPropertyTests
{
    // Iterations per sample and property, fewer for the larger documents: the file runs in about 12 s on two cores.
    private static int IterationsFor(string name) => (int)Math.Clamp(4_000_000 / new FileInfo(StratMLFiles.PathOf(name)).Length, 30, 300);

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

    public static TheoryData<string> Samples => StratMLFiles.All;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Reading_a_mutated_document_never_throws(string name) =>
        Check(name, xml => _ = StratMLReader.Parse(xml));

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_mutated_document_read_is_written_as_valid_Part2_and_Part1(string name) =>
        Check(name, ExportsValidate);

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_mutated_document_read_survives_the_json_format(string name) =>
        Check(name, SurvivesJson);

    [Theory]
    [MemberData(nameof(Samples))]
    public void After_one_round_import_export_is_stable(string name) =>
        Check(name, SecondRoundIsStable);

    /// <summary>Small documents the mutations above led to, each of which once broke one of the four properties.</summary>
    public static TheoryData<string, string> Regressions => new()
    {
        // P2: a date of only white space (XML's or Unicode's) is taken as empty, but written as it is; the schema's empty is "" exactly.
        { "whitespace EndDate", Result("<TargetResult><EndDate>\n \n</EndDate></TargetResult>") },
        { "whitespace PublicationDate", Part2("<StrategicPlanCore><Goal/></StrategicPlanCore><AdministrativeInformation><PublicationDate> </PublicationDate></AdministrativeInformation>") },
        { "U+3000 StartDate", Result("<TargetResult><StartDate>\t\u3000 \t</StartDate></TargetResult>") },

        // P2: NumberOfUnits of white space, of Arabic-Indic digits (\d), of more digits than System.Decimal holds.
        { "whitespace NumberOfUnits", Result("<ActualResult><NumberOfUnits> </NumberOfUnits></ActualResult>") },
        { "Arabic-Indic NumberOfUnits", Result("<ActualResult><NumberOfUnits>\u0664\u0662</NumberOfUnits></ActualResult>") },
        { "30-digit NumberOfUnits", Result("<ActualResult><NumberOfUnits>123456789012345678901234567890</NumberOfUnits></ActualResult>") },

        // P2: year 0000 (NodaTime's ISO pattern reads it, and negative years; xsd:date has neither), kept, and as an actual the writer formats itself.
        { "year 0000 kept", Result("<ActualResult><StartDate>0000-01-01</StartDate></ActualResult>") },
        { "year 0000 actual", Result("<ActualResult><StartDate>0000-01-01</StartDate><EndDate>0000-12-31</EndDate><NumberOfUnits>1</NumberOfUnits></ActualResult>") },

        // P2: RoleType is an enumeration of xsd:string (no white space collapsing); the check trims it.
        { "RoleType with a space", Part2("<StrategicPlanCore><Goal><Stakeholder><Name>S</Name><Role><Name>R</Name><RoleType> Performer</RoleType></Role></Stakeholder></Goal></StrategicPlanCore>") },

        // P2: Source is xsd:anyURI, written unchecked.
        { "Source a:b", Part1("<StrategicPlanCore><Goal/></StrategicPlanCore><AdministrativeInformation><Source>a:b</Source></AdministrativeInformation>") },
        { "whitespace Source", Part1("<StrategicPlanCore><Goal/></StrategicPlanCore><AdministrativeInformation><Source>\n</Source></AdministrativeInformation>") },

        // P3: the plan's attributes and AdministrativeInformation's (and the Type chosen for the root) share one JSON object.
        { "Type on AdministrativeInformation", Part2("<AdministrativeInformation Type=\"x\"/>", type: null) },
        { "same attribute on root and AdministrativeInformation", Part2("<StrategicPlanCore><Goal/></StrategicPlanCore><AdministrativeInformation foo=\"2\"/>", attributes: " foo=\"1\"") },

        // P3: a second Identifier in a Vision writes visionIdentifier twice.
        { "Vision with two Identifiers", Part2("<StrategicPlanCore><Vision><Description>v</Description><Identifier>a</Identifier><Identifier>b</Identifier></Vision><Goal/></StrategicPlanCore>") },
    };

    private static string Part2(string content, string? type = "Strategic_Plan", string attributes = "") =>
        $"<PerformancePlanOrReport xmlns=\"urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport\"{(type is null ? string.Empty : $" Type=\"{type}\"")}{attributes}>{content}</PerformancePlanOrReport>";

    private static string Part1(string content) =>
        $"<StrategicPlan xmlns=\"urn:ISO:std:iso:17469:tech:xsd:stratml_core\">{content}</StrategicPlan>";

    private static string Result(string result) =>
        Part2($"<StrategicPlanCore><Goal><Objective><PerformanceIndicator><MeasurementInstance>{result}</MeasurementInstance></PerformanceIndicator></Objective></Goal></StrategicPlanCore>");

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Minimised_mutations_keep_every_property(string what, string xml)
    {
        _ = what;
        _ = StratMLReader.Parse(xml);
        ExportsValidate(xml);
        SurvivesJson(xml);
        SecondRoundIsStable(xml);
    }

    // ---- the properties ----

    internal static void ExportsValidate(string xml)
    {
        var document = StratMLReader.Parse(xml).Document;
        if (document is null)
        {
            return;
        }

        foreach (var part in new[] { StratMLPart.Part2, StratMLPart.Part1 })
        {
            var written = StratMLWriter.Write(document, new StratMLWriteOptions { Part = part }).Xml;
            if (document.Plan.Themes.Count == 0)
            {
                continue; // documented: StratML requires a Goal, so a plan without themes cannot validate.
            }

            var errors = StratMLFiles.SchemaErrors(written, part);
            errors.Should().BeEmpty($"the export as {part} should validate; it was:\n{Show(written)}");
        }
    }

    internal static void SurvivesJson(string xml)
    {
        var document = StratMLReader.Parse(xml).Document;
        if (document is null)
        {
            return;
        }

        var json = PlanJson.Write(document);
        var again = PlanJson.Read(json).GetDocumentOrThrow();
        Same(again, document, "JSON round trip");
    }

    internal static void SecondRoundIsStable(string xml)
    {
        var d1 = StratMLReader.Parse(xml).Document;
        if (d1 is null)
        {
            return;
        }

        var x1 = StratMLWriter.Write(d1).Xml;
        var d2 = Import(x1, "first export");
        var x2 = StratMLWriter.Write(d2).Xml;
        var d3 = Import(x2, "second export");
        Same(d3, d2, "second round", $"first export:\n{Show(x1)}\nsecond export:\n{Show(x2)}");
    }

    private static PlanDocument Import(string xml, string what)
    {
        var read = StratMLReader.Parse(xml);
        read.Error.Should().BeNull($"the {what} should read back:\n{Show(xml)}");
        return read.Document!;
    }

    private static void Same(PlanDocument actual, PlanDocument expected, string what, string? context = null)
    {
        if (actual.Equals(expected))
        {
            return;
        }

        var a = PlanJson.Write(actual).Split('\n');
        var e = PlanJson.Write(expected).Split('\n');
        var first = 0;
        while (first < a.Length && first < e.Length && a[first] == e[first])
        {
            first++;
        }

        var from = Math.Max(0, first - 3);
        var diff = new StringBuilder();
        diff.AppendLine(CultureInfo.InvariantCulture, $"documents differ after the {what}; first difference at JSON line {first + 1}:");
        diff.AppendLine(CultureInfo.InvariantCulture, $"  expected {(first < e.Length ? e[first].Trim() : "(end)")}");
        diff.AppendLine(CultureInfo.InvariantCulture, $"  actual   {(first < a.Length ? a[first].Trim() : "(end)")}");
        diff.AppendLine("expected:");
        diff.AppendJoin('\n', e.Skip(from).Take(12)).AppendLine();
        diff.AppendLine("actual:");
        diff.AppendJoin('\n', a.Skip(from).Take(12)).AppendLine();
        diff.Append(context);
        throw new Xunit.Sdk.XunitException(diff.ToString());
    }

    // ---- the mutations ----

    private static void Check(string name, Action<string> property) =>
        Mutations.Array[1, 6].Sample(
            mutations => property(Mutate(name, mutations)),
            iter: IterationsFor(name),
            print: m => string.Join("; ", m.Select(x => x.ToString())));

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

    private static string Show(string xml) => xml.Length <= 4000 ? xml : $"({xml.Length} characters)";

    private static string Quote(string text)
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

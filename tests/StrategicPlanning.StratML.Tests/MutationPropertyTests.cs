using System.Globalization;
using System.Text;
using CsCheck;
using StrategicPlanning.Json;
using StrategicPlanning.Model;
using StrategicPlanning.StratML.Tests.Support;

namespace StrategicPlanning.StratML.Tests;

/// <summary>
/// The four real StratML documents, mutated at random (elements deleted, duplicated, moved, renamed, wrapped,
/// given other text and attributes, the root put in another namespace), through the reader and the writer:
/// <list type="number">
/// <item>the reader never throws (it may give an Error);</item>
/// <item>what it reads is written as Part 2 and as Part 1 without throwing, valid against the part's schema unless the plan has no themes;</item>
/// <item>what it reads survives the JSON format unchanged (JSN-2);</item>
/// <item>after one import → export round, a second round gives an equal document;</item>
/// <item>a first round that is not equal has an import note saying what will not come back.</item>
/// </list>
/// </summary>
public class MutationPropertyTests
{
    // Iterations per sample and property, fewer for the larger documents: the file runs in about 12 s on two cores.
    private static int IterationsFor(string name) => (int)Math.Clamp(4_000_000 / new FileInfo(StratMLFiles.PathOf(name)).Length, 30, 300);

    public static TheoryData<string> Samples => StratMLFiles.All;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Reading_a_mutated_document_never_throws(string name) =>
        Check(name, xml => StratMLReader.Parse(xml).Document is not null);

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

    /// <summary>
    /// Issue 14, point 11: when one import → export → import round does not give an equal document, an import note
    /// says what will not come back, and it is not one the unmutated document already had.
    /// </summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_loss_of_one_round_is_noted_at_import(string name)
    {
        var own = StratMLFiles.Read(name).Notes.Where(n => IsLoss(n.Message)).ToHashSet();
        Check(name, xml => LossIsNoted(xml, own));
    }

    /// <summary>Whether a note says that something read will not come back from an export.</summary>
    internal static bool IsLoss(string message) =>
        message.Contains("not written back", StringComparison.Ordinal) || message.Contains("dropped", StringComparison.Ordinal)
        || message.Contains("not kept", StringComparison.Ordinal) || message.Contains("was cut", StringComparison.Ordinal);

    /// <returns>Whether the property was exercised: false when the mutated document does not read.</returns>
    internal static bool LossIsNoted(string xml, IReadOnlySet<StratMLNote> own)
    {
        var read = StratMLReader.Parse(xml);
        if (read.Document is null)
        {
            return false;
        }

        var again = Import(StratMLWriter.Write(read.Document).Xml, "export");
        if (!again.Equals(read.Document) && !read.Notes.Any(n => IsLoss(n.Message) && !own.Contains(n)))
        {
            Same(again, read.Document, "round with no import note saying what would not come back", string.Join('\n', read.Notes.Select(n => n.ToString())));
        }

        return true;
    }

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
        // Each regression document reads, so that every property below is really checked on it.
        ExportsValidate(xml).Should().BeTrue(what);
        SurvivesJson(xml).Should().BeTrue(what);
        SecondRoundIsStable(xml).Should().BeTrue(what);
    }

    // ---- the properties ----

    /// <returns>Whether the property was exercised: false when the document does not read.</returns>
    internal static bool ExportsValidate(string xml)
    {
        var document = StratMLReader.Parse(xml).Document;
        if (document is null)
        {
            return false;
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

        return true;
    }

    /// <returns>Whether the property was exercised: false when the document does not read.</returns>
    internal static bool SurvivesJson(string xml)
    {
        var document = StratMLReader.Parse(xml).Document;
        if (document is null)
        {
            return false;
        }

        var json = PlanJson.Write(document);
        var again = PlanJson.Read(json).GetDocumentOrThrow();
        Same(again, document, "JSON round trip");
        return true;
    }

    /// <returns>Whether the property was exercised: false when the document does not read.</returns>
    internal static bool SecondRoundIsStable(string xml)
    {
        var d1 = StratMLReader.Parse(xml).Document;
        if (d1 is null)
        {
            return false;
        }

        var x1 = StratMLWriter.Write(d1).Xml;
        var d2 = Import(x1, "first export");
        var x2 = StratMLWriter.Write(d2).Xml;
        var d3 = Import(x2, "second export");
        Same(d3, d2, "second round", $"first export:\n{Show(x1)}\nsecond export:\n{Show(x2)}");
        return true;
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

    /// <summary>
    /// Checks <paramref name="property"/> on mutations of the sample, and that it was exercised — the mutated document
    /// read — on at least <see cref="MinimumExercised"/> of them: a property that returns early on every sample would
    /// otherwise pass having checked nothing.
    /// </summary>
    private static void Check(string name, Func<string, bool> property)
    {
        var iterations = IterationsFor(name);
        var exercised = 0;
        StratMLMutations.Mutations.Array[1, 6].Sample(
            mutations =>
            {
                if (property(StratMLMutations.Mutate(name, mutations)))
                {
                    Interlocked.Increment(ref exercised);
                }
            },
            iter: iterations,
            print: m => string.Join("; ", m.Select(x => x.ToString())));
        exercised.Should().BeGreaterThanOrEqualTo((int)(iterations * MinimumExercised),
            $"of {iterations} mutations of {name}, the property should check at least {MinimumExercised:P0} (the others did not read)");
    }

    /// <summary>The share of mutated documents a property must check: 95–100 % of them read (measured on the four samples).</summary>
    private const double MinimumExercised = 0.8;

    private static string Show(string xml) => xml.Length <= 4000 ? xml : $"({xml.Length} characters)";
}

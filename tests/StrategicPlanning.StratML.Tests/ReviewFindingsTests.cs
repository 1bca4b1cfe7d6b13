using System.Text;
using System.Xml.Linq;
using StrategicPlanning.Json;
using StrategicPlanning.Model;
using StrategicPlanning.StratML.Tests.Support;

namespace StrategicPlanning.StratML.Tests;

/// <summary>
/// Odd and hostile documents a review found: each is read without an exception escaping, written back as valid
/// StratML, and where it is valid enough, read back equal.
/// </summary>
public class ReviewFindingsTests
{
    private static void ExportValidatesAndJsonRoundTrips(PlanDocument document)
    {
        foreach (var part in new[] { StratMLPart.Part2, StratMLPart.Part1 })
        {
            StratMLFiles.SchemaErrors(StratMLWriter.Write(document, new StratMLWriteOptions { Part = part }).Xml, part).Should().BeEmpty($"the {part} export should validate");
        }

        PlanJson.Read(PlanJson.Write(document)).GetDocumentOrThrow().Should().Be(document);
    }

    [Fact]
    public void Nesting_deeper_than_24_levels_is_refused_with_line_and_position()
    {
        var deep = new StringBuilder("<PerformancePlanOrReport Type=\"Strategic_Plan\">\n<Name>");
        for (var i = 0; i < 50_000; i++)
        {
            deep.Append("<x>");
        }

        var read = StratMLReader.Parse(deep.ToString());

        read.Error!.Message.Should().StartWith("The element x is nested 25 levels deep; a StratML document needs about ten, and more than 24 are not read.");
        (read.Error.Line, read.Error.Position).Should().Be((2, 74)); // the name of the 23rd <x>, the 25th level
    }

    [Fact]
    public void A_kept_element_nested_to_the_limit_survives_the_json_format()
    {
        var nested = string.Concat(Enumerable.Repeat("<Deep>", 19)) + "bottom" + string.Concat(Enumerable.Repeat("</Deep>", 19));
        var read = StratMLReader.Parse(StratMLText.Part2(nested));

        ExportValidatesAndJsonRoundTrips(read.GetDocumentOrThrow());
    }

    [Fact]
    public void A_result_in_the_year_9999_is_kept_not_a_crash()
    {
        var read = StratMLReader.Parse(StratMLText.Part2(StratMLText.Indicator(StratMLText.Result("TargetResult", "9999-01-01", "9999-12-31", "1"))));

        read.Notes.Should().Contain(n => n.Message == "Kept as it is, not read as a target: its dates 9999-01-01 to 9999-12-31 are outside the years a plan can cover.");
        ExportValidatesAndJsonRoundTrips(read.GetDocumentOrThrow());
    }

    [Fact]
    public void Thousands_of_unknown_siblings_get_notes_with_their_position_up_to_the_bound()
    {
        var siblings = string.Concat(Enumerable.Repeat("<Foo/>", 20_000));

        var read = StratMLReader.Parse(StratMLText.Part2("", root: siblings));

        // The first 1,000 listed, then one note with the count of the other 19,000 (NoteBoundTests).
        read.Notes.Count(n => n.Path.StartsWith("/PerformancePlanOrReport/Foo[", StringComparison.Ordinal)).Should().Be(1_001);
        read.Notes.Should().Contain(n => n.Path == "/PerformancePlanOrReport/Foo[1000]");
        read.Notes.Should().Contain(n => n.Path == "/PerformancePlanOrReport/Foo[1001]" && n.Message.StartsWith("19,000 more notes", StringComparison.Ordinal));
    }

    [Fact]
    public void Attributes_of_other_namespaces_are_kept_apart_and_never_clash()
    {
        var xml = StratMLText.Part2("""
            <OtherInformation xmlns:a="urn:a" xmlns:b="urn:b" a:x="1" b:x="2" xml:lang="en">Note</OtherInformation>
            """ + StratMLText.Indicator("", "xmlns:a=\"urn:a\" IndicatorType=\"Quantitative\" a:PerformanceIndicatorType=\"Qualitative\""));

        var read = StratMLReader.Parse(xml);
        var document = read.GetDocumentOrThrow();
        var written = StratMLWriter.Write(document).Xml;

        written.Should().Contain("PerformanceIndicatorType=\"Quantitative\"").And.Contain("<OtherInformation>Note</OtherInformation>");
        read.Notes.Count(n => n.Message.StartsWith("An attribute of the namespace", StringComparison.Ordinal)).Should().Be(4);
        ExportValidatesAndJsonRoundTrips(document);
        StratMLReader.Parse(written).GetDocumentOrThrow().Plan.Themes[0].Outcomes[0].Measures[0].Extensions["stratml"]
            .GetProperty("attributes").GetProperty("PerformanceIndicatorType").GetString().Should().Be("Quantitative");
    }

    [Fact]
    public void A_second_vision_is_kept_in_the_plan_document_and_the_first_ones_identifier_written_once()
    {
        var xml = """
            <PerformancePlanOrReport xmlns="urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport" Type="Strategic_Plan">
              <Name>P</Name>
              <StrategicPlanCore>
                <Vision><Identifier>v1</Identifier></Vision>
                <Vision><Description>Second</Description><Identifier>v2</Identifier></Vision>
                <Goal><Name>G</Name><Description/></Goal>
              </StrategicPlanCore>
            </PerformancePlanOrReport>
            """;

        var read = StratMLReader.Parse(xml);
        var written = StratMLWriter.Write(read.GetDocumentOrThrow()).Xml;

        read.Document!.Plan.Vision.Should().BeNull();
        XDocument.Parse(written).Descendants().Where(e => e.Name.LocalName == "Vision").Should().ContainSingle().Which.Value.Should().Be("v1");
        read.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport/StrategicPlanCore/Vision[2]",
            "A second Vision; the plan document has one, so this one is kept as it is, but not written back."));
        StratMLFiles.SchemaErrors(written, StratMLPart.Part2).Should().BeEmpty();
    }

    [Fact]
    public void Kept_elements_the_schema_does_not_allow_are_left_out_of_the_export_with_a_note()
    {
        var xml = StratMLText.Part2(
            """
            <Objective><Name>O</Name>
              <PerformanceIndicator>
                <MeasurementDimension>M</MeasurementDimension><UnitOfMeasurement/>
                <Relationship RelationshipType="Bogus"><Name>r</Name></Relationship>
                <MeasurementInstance>
                  <TargetResult><StartDate>2024-13-01</StartDate><NumberOfUnits>n/a</NumberOfUnits></TargetResult>
                  <ActualResult><Description>Mixed <b>bold</b> text</Description></ActualResult>
                </MeasurementInstance>
              </PerformanceIndicator>
            </Objective>
            <Stakeholder><Name>S</Name><Role><RoleType>Owner</RoleType></Role></Stakeholder>
            """,
            admin: "<PublicationDate>2024/01/01</PublicationDate>");

        var document = StratMLReader.Parse(xml).GetDocumentOrThrow();
        var written = StratMLWriter.Write(document);

        StratMLFiles.SchemaErrors(written.Xml, StratMLPart.Part2).Should().BeEmpty();
        written.Notes.Select(n => n.Message).Should().Contain(
            "Left out: the RelationshipType of Relationship must be one of Broader_Than, Peer_To, Narrower_Than.",
            "Left out: StartDate '2024-13-01' is not a date or empty.",
            "Left out: Description holds text, not elements.",
            "Left out: Role has no Name, which StratML requires.",
            "Left out: PublicationDate '2024/01/01' is not a date or empty.");
        ExportValidatesAndJsonRoundTrips(document);
    }

    [Fact]
    public void A_plan_built_in_json_is_written_as_valid_stratml_whatever_its_text_and_kept_members()
    {
        var kept = System.Text.Json.JsonDocument.Parse("""
            { "identifier": "green", "attributes": { "xmlns": "urn:evil" }, "instances": 3000000,
              "elements": [ { "name": "Identifier", "text": "green" }, { "name": "OtherInformation", "attributes": { "xmlns": "x" }, "text": "o" } ] }
            """).RootElement.Clone();
        var document = new PlanDocument
        {
            Organisation = new Organisation { Name = "Council", Extensions = Core.ExtensionMembers.From([new("stratml", kept)]) },
            Plan = new Plan
            {
                Id = "plan",
                Title = "Plan\u0001 with a control character",
                Start = new NodaTime.LocalDate(2024, 4, 1),
                End = new NodaTime.LocalDate(2025, 3, 31),
                Themes = [new Theme { Id = "green", Name = "Green city\r\nand clean air" }],
            },
        };

        var written = StratMLWriter.Write(document);

        StratMLFiles.SchemaErrors(written.Xml, StratMLPart.Part2).Should().BeEmpty();
        written.Xml.Should().Contain("Plan\uFFFD with a control character");
        written.Notes.Should().Contain(n => n.Path == "$" && n.Message.StartsWith("1 text(s) held characters XML cannot carry", StringComparison.Ordinal));
        written.Notes.Should().Contain(n => n.Message == "The identifier 'green' is already used by another element; an xsd:ID must be a unique XML name, so it was left out.");
        StratMLReader.Parse(written.Xml).GetDocumentOrThrow().Plan.Themes[0].Name.Should().Be("Green city\r\nand clean air");
    }

    [Fact]
    public void Results_outside_an_indicator_do_not_set_the_calendar()
    {
        var stray = StratMLText.Result("ActualResult", "2023-10-01", "2024-09-30", "1");
        var read = StratMLReader.Parse(StratMLText.Part2($"<Stray><MeasurementInstance>{stray}</MeasurementInstance></Stray>"));

        read.GetDocumentOrThrow().Calendar.YearStartMonth.Should().Be(4);
    }

    [Fact]
    public void A_part2_document_without_a_type_gets_one_with_a_note_and_reads_back_equal()
    {
        var xml = StratMLText.Part2("<Identifier>g</Identifier>").Replace(" Type=\"Performance_Report\"", string.Empty, StringComparison.Ordinal);

        var read = StratMLReader.Parse(xml);
        var written = StratMLWriter.Write(read.GetDocumentOrThrow()).Xml;

        read.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport", "The document has no valid Type (a Part 2 document must); it is taken to be Strategic_Plan."));
        written.Should().Contain("Type=\"Strategic_Plan\"");
        StratMLReader.Parse(written).GetDocumentOrThrow().Should().Be(read.Document);
    }

    [Fact]
    public void A_number_with_more_digits_than_a_decimal_holds_is_kept_not_rounded()
    {
        var read = StratMLReader.Parse(StratMLText.Part2(StratMLText.Indicator(
            StratMLText.Result("ActualResult", "2024-04-01", "2025-03-31", "0.12345678901234567890123456789012"))));

        read.GetDocumentOrThrow().Plan.Themes[0].Outcomes[0].Measures[0].Actuals.Should().BeEmpty();
        read.Notes.Should().Contain(n => n.Message.EndsWith("has more than 28 significant digits, more than can be held exactly.", StringComparison.Ordinal));
        StratMLWriter.Write(read.Document!).Xml.Should().Contain("<NumberOfUnits>0.12345678901234567890123456789012</NumberOfUnits>");
    }

    [Fact]
    public void Stakeholder_roles_are_left_out_of_part1_without_losing_the_stakeholder()
    {
        var read = StratMLReader.Parse(StratMLText.Part2("<Stakeholder StakeholderTypeType=\"Person\"><Name>Ada</Name><Role><Name>Lead</Name><RoleType>Performer</RoleType></Role></Stakeholder>"));

        var part1 = StratMLWriter.Write(read.GetDocumentOrThrow(), new StratMLWriteOptions { Part = StratMLPart.Part1 });

        StratMLFiles.SchemaErrors(part1.Xml, StratMLPart.Part1).Should().BeEmpty();
        part1.Xml.Should().Contain("<Stakeholder StakeholderTypeType=\"Person\">");
        read.Document!.Plan.Themes[0].Stakeholders[0].Roles.Should().Equal(StakeholderRole.Performer);
    }
}

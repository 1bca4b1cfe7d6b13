using StrategicPlanning.Model;
using StrategicPlanning.StratML.Tests.Support;

namespace StrategicPlanning.StratML.Tests;

/// <summary>What real documents do, read without complaint but with a note saying where (issue 9, point 3).</summary>
public class TolerantReaderTests
{
    [Fact]
    public void Elements_in_any_order_are_read()
    {
        var xml = """
            <PerformancePlanOrReport xmlns="urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport" Type="Strategic_Plan">
              <AdministrativeInformation><EndDate>2025-03-31</EndDate><StartDate>2024-04-01</StartDate></AdministrativeInformation>
              <StrategicPlanCore>
                <Goal><Objective><Identifier>o1</Identifier><Name>Cleaner air</Name></Objective><Identifier>g1</Identifier><Description>d</Description><Name>Green city</Name></Goal>
                <Vision><Identifier>_v</Identifier><Description>A green city</Description></Vision>
              </StrategicPlanCore>
              <Name>Out of order</Name>
            </PerformancePlanOrReport>
            """;

        var plan = StratMLReader.Parse(xml).GetDocumentOrThrow().Plan;

        plan.Title.Should().Be("Out of order");
        plan.Vision.Should().Be("A green city");
        (plan.Start.ToString(), plan.End.ToString()).Should().Be(("Monday, 01 April 2024", "Monday, 31 March 2025"));
        plan.Themes.Should().ContainSingle().Which.Should().Match<Theme>(t => t.Id == "g1" && t.Name == "Green city" && t.Description == "d");
        plan.Themes[0].Outcomes.Should().ContainSingle().Which.Title.Should().Be("Cleaner air");
    }

    [Theory]
    [InlineData("http://www.stratml.net/PerformancePlanOrReport", true)]
    [InlineData("http://www.stratml.net", true)]
    [InlineData("", false)]
    public void Older_namespaces_and_no_namespace_are_read_with_a_note(string ns, bool legacy)
    {
        var xml = StratMLText.Part2(StratMLText.Indicator(StratMLText.Result("ActualResult", "2024-04-01", "2025-03-31", "41.5")), ns);

        var read = StratMLReader.Parse(xml);

        read.GetDocumentOrThrow().Plan.Themes[0].Outcomes[0].Measures[0].Actuals.Should().ContainSingle()
            .Which.Should().Match<Model.MeasureActual>(a => a.Period == "2024/25" && a.Value == 41.5m);
        read.Notes.Should().Contain(n => n.Path == "/PerformancePlanOrReport" && n.Message.Contains(legacy ? "older StratML" : "no namespace"));
    }

    [Fact]
    public void Prefixed_elements_read_as_unprefixed_ones()
    {
        var xml = """
            <s:PerformancePlanOrReport xmlns:s="urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport" Type="Strategic_Plan">
              <s:Name>Prefixed</s:Name>
              <s:StrategicPlanCore><s:Goal><s:Name>G</s:Name><s:Description/><s:Identifier>g1</s:Identifier></s:Goal></s:StrategicPlanCore>
            </s:PerformancePlanOrReport>
            """;

        var read = StratMLReader.Parse(xml);

        read.GetDocumentOrThrow().Plan.Themes.Should().ContainSingle().Which.Id.Should().Be("g1");
        read.Notes.Should().NotContain(n => n.Message.Contains("namespace"));
    }

    [Fact]
    public void Identifier_that_starts_with_a_digit_stays_the_id_and_is_written_back_as_an_xml_name()
    {
        var xml = StratMLText.Part2("<Identifier>2024.green</Identifier>");

        var read = StratMLReader.Parse(xml);
        var theme = read.GetDocumentOrThrow().Plan.Themes[0];
        var written = StratMLWriter.Write(read.Document!).Xml;

        theme.Id.Should().Be("2024.green");
        read.Notes.Should().Contain(n => n.Path == "/PerformancePlanOrReport/StrategicPlanCore/Goal/Identifier" && n.Message.Contains("written back as '_2024.green'"));
        written.Should().Contain("<Identifier>_2024.green</Identifier>");
        StratMLReader.Parse(written).GetDocumentOrThrow().Plan.Themes[0].Id.Should().Be("2024.green");
    }

    [Fact]
    public void Repeated_identifier_gets_a_minted_id_and_the_mapping_is_reported()
    {
        var xml = StratMLText.Part2("""
            <Identifier>green</Identifier>
            <Objective><Name>A</Name><Identifier>green</Identifier></Objective>
            <Objective><Name>B</Name><Identifier>_air-quality</Identifier></Objective>
            """);

        var read = StratMLReader.Parse(xml);
        var outcomes = read.GetDocumentOrThrow().Plan.Themes[0].Outcomes;

        outcomes.Select(o => o.Id).Should().Equal("goal-1.objective-1", "air-quality");
        Kept.Identifier(outcomes[1].Extensions).Should().Be("_air-quality");
        read.Notes.Should().Contain(new StratMLNote(
            "/PerformancePlanOrReport/StrategicPlanCore/Goal/Objective[1]/Identifier",
            "The Identifier 'green' repeats an earlier one (an xsd:ID is unique in a document); the repeat was dropped and the id 'goal-1.objective-1' was minted."));
    }

    [Fact]
    public void Identifier_that_cannot_be_an_id_gets_a_minted_id_and_is_kept_for_stratml()
    {
        var long70 = "_" + new string('a', 70);
        var read = StratMLReader.Parse(StratMLText.Part2($"<Identifier>{long70}</Identifier>"));
        var theme = read.GetDocumentOrThrow().Plan.Themes[0];

        theme.Id.Should().Be("goal-1");
        Kept.Identifier(theme.Extensions).Should().Be(long70);
        StratMLWriter.Write(read.Document!).Xml.Should().Contain($"<Identifier>{long70}</Identifier>");
    }

    [Fact]
    public void Submitter_in_the_part_1_place_of_a_part_2_document_is_read_and_written_back_in_the_part_2_place()
    {
        var xml = StratMLText.Part2("", admin: "<Submitter><GivenName>Ada</GivenName><EmailAddress>ada@example.org</EmailAddress></Submitter>");

        var read = StratMLReader.Parse(xml);
        var written = System.Xml.Linq.XDocument.Parse(StratMLWriter.Write(read.GetDocumentOrThrow()).Xml).Root!;

        read.Notes.Should().Contain(n => n.Path == "/PerformancePlanOrReport/AdministrativeInformation/Submitter" && n.Message.Contains("Part 1 place"));
        written.Elements().Last().Name.LocalName.Should().Be("Submitter");
        written.Elements().Last().Value.Should().Be("Adaada@example.org");
    }

    [Fact]
    public void Submitter_in_both_places_is_read_once_when_the_same_and_kept_when_different()
    {
        const string Ada = "<Submitter><GivenName>Ada</GivenName></Submitter>";
        var same = StratMLReader.Parse(StratMLText.Part2("", admin: Ada, root: Ada));
        var different = StratMLReader.Parse(StratMLText.Part2("", admin: Ada, root: "<Submitter><GivenName>Grace</GivenName></Submitter>"));

        same.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport/AdministrativeInformation/Submitter", "A second Submitter, the same as the first; read once."));
        different.Notes.Should().Contain(n => n.Path == "/PerformancePlanOrReport/AdministrativeInformation/Submitter" && n.Message.StartsWith("A second Submitter, different from the first", StringComparison.Ordinal));
        StratMLWriter.Write(different.GetDocumentOrThrow()).Notes.Should().Contain(n => n.Message == "The kept element Submitter has no place here in StratML Part 2; left out.");
    }

    [Fact]
    public void Legacy_IndicatorType_attribute_is_read_as_PerformanceIndicatorType()
    {
        var xml = StratMLText.Part2(StratMLText.Indicator("", "IndicatorType=\"Quantitative\""));

        var read = StratMLReader.Parse(xml);
        var written = StratMLWriter.Write(read.GetDocumentOrThrow()).Xml;

        read.Notes.Should().Contain(n => n.Path.EndsWith("/PerformanceIndicator/@IndicatorType", StringComparison.Ordinal) && n.Message.Contains("read as PerformanceIndicatorType"));
        written.Should().Contain("PerformanceIndicatorType=\"Quantitative\"").And.NotContain("IndicatorType=\"Quantitative\" ");
    }

    [Fact]
    public void Empty_dates_and_empty_numbers_are_kept_as_results_with_a_note()
    {
        var results = """
            <TargetResult><StartDate/><EndDate/><NumberOfUnits>40</NumberOfUnits></TargetResult>
            <ActualResult><StartDate>2024-04-01</StartDate><EndDate>2025-03-31</EndDate><NumberOfUnits/></ActualResult>
            """;

        var read = StratMLReader.Parse(StratMLText.Part2(StratMLText.Indicator(results)));
        var measure = read.GetDocumentOrThrow().Plan.Themes[0].Outcomes[0].Measures[0];

        measure.Targets.Should().BeEmpty();
        measure.Actuals.Should().BeEmpty();
        Kept.Results(measure).Should().Be(2);
        read.Notes.Select(n => n.Message).Should().Contain(
            "Kept as it is, not read as a target: its StartDate is empty or not a date, so it names no period.",
            "Kept as it is, not read as an actual: its NumberOfUnits is empty.");
        StratMLWriter.Write(read.Document!).Xml.Should().Contain("<NumberOfUnits />").And.Contain("<StartDate />");
    }

    [Fact]
    public void Unknown_elements_and_attributes_are_kept_in_the_plan_document_with_a_note()
    {
        var read = StratMLReader.Parse(StratMLText.Part2("<Colour hue=\"green\">Green</Colour>"));
        var theme = read.GetDocumentOrThrow().Plan.Themes[0];

        theme.Extensions["stratml"].GetProperty("elements")[0].GetProperty("name").GetString().Should().Be("Colour");
        read.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport/StrategicPlanCore/Goal/Colour",
            "Colour is not a StratML element of Goal; kept in the plan document, but not written back to StratML."));
    }

    [Fact]
    public void Stakeholder_kind_and_roles_map_to_the_plan_documents()
    {
        var read = StratMLReader.Parse(StratMLText.Part2("""
            <Stakeholder StakeholderTypeType="Generic_Group"><Name>Residents</Name><Role><Name>Users</Name><RoleType>Beneficiary</RoleType></Role></Stakeholder>
            <Stakeholder StakeholderTypeType="Organization"><Name>Derby Homes</Name><Role><Name>Delivery</Name><RoleType>Performer</RoleType><RoleType>Beneficiary</RoleType></Role></Stakeholder>
            """));

        var stakeholders = read.GetDocumentOrThrow().Plan.Themes[0].Stakeholders;

        stakeholders.Select(s => (s.Name, s.Kind)).Should().Equal(("Residents", StakeholderKind.Group), ("Derby Homes", StakeholderKind.Organisation));
        stakeholders[1].Roles.Should().Equal(StakeholderRole.Performer, StakeholderRole.Beneficiary);
    }
}

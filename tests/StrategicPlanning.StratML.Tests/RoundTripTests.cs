using StrategicPlanning.Json;
using StrategicPlanning.Model;
using StrategicPlanning.StratML.Tests.Support;

namespace StrategicPlanning.StratML.Tests;

/// <summary>
/// Import → export → import gives an equal document, except for what an import note says will not come back
/// (issue 14, point 11): the reader runs the writer's own checks on what it keeps (KeptPlaces, KeptRules).
/// </summary>
public class RoundTripTests
{
    private const string Indicator = "/PerformancePlanOrReport/StrategicPlanCore/Goal/Objective/PerformanceIndicator";

    private static (StratMLReadResult First, PlanDocument Again) RoundTrip(string xml)
    {
        var first = StratMLReader.Parse(xml);
        var written = StratMLWriter.Write(first.GetDocumentOrThrow()).Xml;
        return (first, StratMLReader.Parse(written).GetDocumentOrThrow());
    }

    private static string Part1(string core, string admin = "") =>
        $"<StrategicPlan xmlns=\"urn:ISO:std:iso:17469:tech:xsd:stratml_core\"><Name>P</Name><StrategicPlanCore>{core}</StrategicPlanCore><AdministrativeInformation>{admin}</AdministrativeInformation></StrategicPlan>";

    private static string Kept(PlanDocument document) => PlanJson.Write(document);

    [Fact]
    public void An_invalid_PublicationDate_is_noted_at_import_as_not_written_back()
    {
        var (first, again) = RoundTrip(StratMLText.Part2(string.Empty, admin: "<PublicationDate>2024-13-01</PublicationDate>"));

        first.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport/AdministrativeInformation/PublicationDate",
            "Kept in the plan document, but not written back to StratML: PublicationDate '2024-13-01' is not a date or empty."));
        Kept(again).Should().NotContain("2024-13-01");
    }

    [Fact]
    public void An_empty_Part1_PublicationDate_is_noted_at_import_as_not_written_back()
    {
        var (first, _) = RoundTrip(Part1("<Goal><Name>G</Name><Description>D</Description></Goal>", "<StartDate>2024-04-01</StartDate><EndDate>2025-03-31</EndDate><PublicationDate/>"));

        first.Notes.Should().Contain(new StratMLNote("/StrategicPlan/AdministrativeInformation/PublicationDate",
            "Kept in the plan document, but not written back to StratML: PublicationDate '' is not a date."));
    }

    [Fact]
    public void An_empty_Part1_StartDate_is_noted_at_import_and_at_export_as_not_written_back()
    {
        // Found by the mutation property test (seed 17wFThdIBz91): the plan period was noted as derived and "written
        // back as it was", but Part 1 has no empty date, so the empty StartDate silently did not come back.
        var (first, again) = RoundTrip(Part1("<Goal><Name>G</Name><Description>D</Description></Goal>", "<StartDate/><EndDate>2025-03-31</EndDate>"));

        first.Notes.Should().Contain(new StratMLNote("/StrategicPlan/AdministrativeInformation/StartDate",
            "The StartDate is empty; StratML Part 1 has no empty date, so it is not written back to Part 1 (write Part 2 to keep it)."));
        StratMLWriter.Write(first.GetDocumentOrThrow()).Notes.Should().Contain(new StratMLNote("$.plan.start",
            "The StartDate was empty in the StratML read; Part 1 has no empty date, so it was left out."));
        again.Plan.Start.Should().Be(new NodaTime.LocalDate(2024, 4, 1), "the start is still derived from the EndDate, a year before it");
    }

    [Fact]
    public void A_Part1_plan_Identifier_is_noted_at_import_and_at_export_as_not_written_back()
    {
        // Found by the mutation property test (seed 8c53NKu3yof2): Part 1's AdministrativeInformation has no
        // Identifier, so the plan id read from one silently became the minted "plan" after a round.
        var (first, again) = RoundTrip(Part1("<Goal><Name>G</Name><Description>D</Description></Goal>", "<Identifier>council-plan</Identifier><StartDate>2024-04-01</StartDate><EndDate>2025-03-31</EndDate>"));

        first.GetDocumentOrThrow().Plan.Id.Should().Be("council-plan");
        first.Notes.Should().Contain(new StratMLNote("/StrategicPlan/AdministrativeInformation/Identifier",
            "StratML Part 1 has no Identifier in AdministrativeInformation; it was read as the plan's id 'council-plan', but is not written back to Part 1 (write Part 2 to keep it)."));
        StratMLWriter.Write(first.GetDocumentOrThrow()).Notes.Should().Contain(new StratMLNote("$.plan.id",
            "StratML Part 1 has no place for the plan's id 'council-plan'; it was left out (write Part 2 to keep it)."));
        again.Plan.Id.Should().Be("plan");
    }

    [Fact]
    public void An_empty_Part2_StartDate_goes_back_and_reads_back_equal()
    {
        var (first, again) = RoundTrip(StratMLText.Part2(string.Empty).Replace("<StartDate>2024-04-01</StartDate>", "<StartDate/>", StringComparison.Ordinal));

        first.Notes.Should().NotContain(n => n.Path.EndsWith("StartDate", StringComparison.Ordinal));
        first.GetDocumentOrThrow().Plan.Start.Should().Be(new NodaTime.LocalDate(2024, 4, 1), "derived from the EndDate");
        Kept(again).Should().Be(Kept(first.GetDocumentOrThrow()));
    }

    [Fact]
    public void An_empty_Part2_PublicationDate_goes_back_and_reads_back_equal()
    {
        var (first, again) = RoundTrip(StratMLText.Part2(string.Empty, admin: "<PublicationDate/>"));

        first.Notes.Should().NotContain(n => n.Path.EndsWith("PublicationDate", StringComparison.Ordinal));
        Kept(again).Should().Be(Kept(first.GetDocumentOrThrow()));
    }

    [Fact]
    public void A_second_PublicationDate_is_noted_as_not_written_back()
    {
        var (first, _) = RoundTrip(StratMLText.Part2(string.Empty, admin: "<PublicationDate>2024-01-01</PublicationDate><PublicationDate>2024-02-01</PublicationDate>"));

        first.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport/AdministrativeInformation/PublicationDate[2]",
            "StratML has room for 1 PublicationDate here; this one is kept in the plan document, but not written back to StratML."));
    }

    [Fact]
    public void An_extra_attribute_on_OtherInformation_is_dropped_with_a_note_and_the_element_goes_back()
    {
        var (first, again) = RoundTrip(StratMLText.Part2("<OtherInformation foo=\"1\">Note</OtherInformation>"));

        first.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport/StrategicPlanCore/Goal/OtherInformation/@foo",
            "foo is not a StratML attribute of OtherInformation; dropped, as StratML has no place for it."));
        Kept(again).Should().Be(Kept(first.GetDocumentOrThrow()));
        Kept(again).Should().Contain("\"text\": \"Note\"");
    }

    [Fact]
    public void A_second_OtherInformation_of_a_goal_is_noted_as_not_written_back()
    {
        var (first, _) = RoundTrip(StratMLText.Part2("<OtherInformation>One</OtherInformation><OtherInformation>Two</OtherInformation>"));

        first.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport/StrategicPlanCore/Goal/OtherInformation[2]",
            "StratML has room for 1 OtherInformation here; this one is kept in the plan document, but not written back to StratML."));
    }

    [Fact]
    public void Two_stakeholders_with_the_same_name_read_back_equal()
    {
        var (first, again) = RoundTrip(StratMLText.Part2(
            "<Stakeholder StakeholderTypeType=\"Person\"><Name>Residents</Name><Role><Name>R</Name><RoleType>Beneficiary</RoleType></Role></Stakeholder><Stakeholder><Name>Residents</Name><Description>Second</Description></Stakeholder>"));

        Kept(again).Should().Be(Kept(first.GetDocumentOrThrow()));
    }

    [Fact]
    public void A_stakeholder_Role_in_a_Part1_document_is_noted_as_not_written_back()
    {
        var (first, _) = RoundTrip(Part1("<Goal><Name>G</Name><Description>D</Description><Stakeholder><Name>Residents</Name><Role><Name>R</Name></Role></Stakeholder></Goal>"));

        first.Notes.Should().Contain(new StratMLNote("/StrategicPlan/StrategicPlanCore/Goal/Stakeholder/Role",
            "StratML Part 1 has no Role here; kept in the plan document, but not written back to StratML."));
    }

    [Fact]
    public void A_PerformanceIndicator_in_a_Part1_document_is_noted_as_not_written_back()
    {
        var (first, _) = RoundTrip(Part1("<Goal><Name>G</Name><Description>D</Description><Objective><Name>O</Name><PerformanceIndicator/></Objective></Goal>"));

        first.Notes.Should().Contain(new StratMLNote("/StrategicPlan/StrategicPlanCore/Goal/Objective/PerformanceIndicator",
            "StratML Part 1 has no PerformanceIndicator; read as a measure, but not written back to StratML Part 1 (write Part 2 to keep it)."));
    }

    [Fact]
    public void A_Part1_Submitter_Identifier_is_noted_as_not_written_back()
    {
        var (first, _) = RoundTrip(Part1("<Goal><Name>G</Name><Description>D</Description></Goal>", "<Submitter><Identifier>s1</Identifier><GivenName>Ann</GivenName></Submitter>"));

        first.Notes.Should().Contain(new StratMLNote("/StrategicPlan/AdministrativeInformation/Submitter",
            "StratML Part 1 has no Identifier in a Submitter; the Identifier is kept in the plan document, but not written back to StratML."));
    }

    [Fact]
    public void Kept_results_are_stored_in_the_order_the_writer_writes_them_and_read_back_equal()
    {
        // An actual before a target in one instance: the writer puts targets first, so the reader stores them so.
        var results = "<ActualResult><NumberOfUnits>1</NumberOfUnits></ActualResult><TargetResult><NumberOfUnits>2</NumberOfUnits></TargetResult>";
        var (first, again) = RoundTrip(StratMLText.Part2(StratMLText.Indicator(results)));

        Kept(again).Should().Be(Kept(first.GetDocumentOrThrow()));
    }

    [Fact]
    public void A_kept_result_the_writer_would_refuse_is_noted_at_import()
    {
        var (first, _) = RoundTrip(StratMLText.Part2(StratMLText.Indicator("<TargetResult><StartDate>2024-13-01</StartDate><NumberOfUnits>2</NumberOfUnits></TargetResult>")));

        first.Notes.Should().Contain(new StratMLNote(Indicator + "/MeasurementInstance/TargetResult",
            "Kept in the plan document, but not written back to StratML: StartDate '2024-13-01' is not a date or empty."));
    }

    [Fact]
    public void Mixed_content_of_a_kept_element_is_noted_as_not_kept()
    {
        var indicator = StratMLText.Indicator(string.Empty).Replace("<Identifier>m.recycling</Identifier>", "<Identifier>m.recycling</Identifier><Relationship>loose text<Name>N</Name></Relationship>", StringComparison.Ordinal);

        var (first, again) = RoundTrip(StratMLText.Part2(indicator));

        first.Notes.Should().Contain(new StratMLNote(Indicator + "/Relationship", "The text beside the child elements of Relationship (mixed content) is not kept."));
        Kept(again).Should().Be(Kept(first.GetDocumentOrThrow()));
    }
}

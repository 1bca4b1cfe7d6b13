using System.Xml.Linq;
using NodaTime;
using StrategicPlanning.Model;
using StrategicPlanning.StratML.Tests.Support;

namespace StrategicPlanning.StratML.Tests;

/// <summary>Values read from the real documents, checked by hand against their XML.</summary>
public class SampleFactsTests
{
    [Fact]
    public void Albania_funding_is_read_by_the_us_fiscal_year_with_the_first_figure_of_each_year()
    {
        var read = StratMLFiles.Read(StratMLFiles.Albania);
        var document = read.GetDocumentOrThrow();
        var funding = document.Plan.Themes[0].Outcomes[0].Measures[0];

        // Lines 92-124: <Identifier>d54e86938</Identifier>, $ Funding, FY 2014 (Oct 2013 - Sep 2014) request 0, actual 20000.
        document.Calendar.YearStartMonth.Should().Be(10);
        (funding.Id, funding.Code, funding.Title, funding.Unit, funding.Frequency).Should().Be(("d54e86938", "1.1.1", "Funding", "$", MeasureFrequency.Annual));
        funding.Targets[0].Should().Match<MeasureTarget>(t => t.Period == "2013/14" && t.Value == 0m);
        funding.Actuals[0].Should().Match<MeasureActual>(a => a.Period == "2013/14" && a.Value == 20000m && a.Note == "Budget for Economic Support Fund|Constant Amount = 24264");

        // The second instance (the "Subtotal") names the same year again: kept, with the reason.
        read.Notes.Should().Contain(new StratMLNote(
            "/PerformancePlanOrReport/StrategicPlanCore/Goal[1]/Objective/PerformanceIndicator/MeasurementInstance[2]/TargetResult",
            "Kept as it is, not read as a target: an earlier target names the same period 2013/14 (MEA-1)."));
    }

    [Fact]
    public void Albania_plan_period_is_widened_to_take_in_its_targets_and_written_back_as_it_was()
    {
        var read = StratMLFiles.Read(StratMLFiles.Albania);
        var plan = read.GetDocumentOrThrow().Plan;
        var admin = XDocument.Parse(StratMLWriter.Write(read.Document!).Xml).Descendants().Single(e => e.Name.LocalName == "AdministrativeInformation");

        (plan.Start, plan.End).Should().Be((new LocalDate(2005, 10, 1), new LocalDate(2024, 9, 30)));
        read.Notes.Should().Contain(n => n.Path == "/PerformancePlanOrReport/AdministrativeInformation"
            && n.Message.StartsWith("122 targets name periods outside 2022-07-01 to 2023-06-30; the plan period was widened to 2005-10-01 to 2024-09-30", StringComparison.Ordinal));
        admin.Elements().Select(e => (e.Name.LocalName, e.Value)).Should().StartWith(
            [("Identifier", "_27225d7e-b49a-11ee-b03e-6de190babdf6"), ("StartDate", "2022-07-01"), ("EndDate", "2023-06-30"), ("PublicationDate", "2025-02-21")]);
    }

    [Fact]
    public void Albania_organisation_identifier_that_starts_with_a_digit_is_made_an_xml_name()
    {
        var read = StratMLFiles.Read(StratMLFiles.Albania);

        read.GetDocumentOrThrow().Organisation!.Name.Should().Be("U.S. Government");
        read.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport/StrategicPlanCore/Organization/Identifier",
            "The Identifier '5337e65c-3f06-11f0-813e-b6ae5fbabdf6' is not a valid xsd:ID (it starts with a digit, '.' or '-'); it was read as '_5337e65c-3f06-11f0-813e-b6ae5fbabdf6'."));
    }

    [Fact]
    public void Community_report_repeated_identifier_is_reported_and_a_new_id_minted()
    {
        var read = StratMLFiles.Read(StratMLFiles.Community);
        var indicator = read.GetDocumentOrThrow().Plan.Themes[0].Outcomes[2].Measures[0];

        read.GetDocumentOrThrow().Calendar.YearStartMonth.Should().Be(1);
        indicator.Id.Should().Be("goal-1.objective-3.indicator-1");
        read.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport/StrategicPlanCore/Goal[1]/Objective[3]/PerformanceIndicator/Identifier",
            "The Identifier '_8c60e70d-55b5-4ee6-9db3-3a0e202179f2' repeats an earlier one (an xsd:ID is unique in a document); the repeat was dropped and the id 'goal-1.objective-3.indicator-1' was minted."));
    }

    [Fact]
    public void Hilton_head_plan_reads_its_july_year_ten_goals_and_keeps_its_type()
    {
        var read = StratMLFiles.Read(StratMLFiles.HiltonHead);
        var document = read.GetDocumentOrThrow();

        document.Calendar.YearStartMonth.Should().Be(7);
        document.Organisation!.Name.Should().Be("Town of Hilton Head Island");
        document.Plan.Values.Should().HaveCount(7);
        document.Plan.Themes.Should().HaveCount(10);
        (document.Plan.Start, document.Plan.End).Should().Be((new LocalDate(2025, 7, 1), new LocalDate(2028, 6, 30)));
        StratMLWriter.Write(document).Xml.Should().Contain("Type=\"Strategic_Plan\"");
    }

    [Fact]
    public void White_house_part1_submitter_is_written_in_the_place_of_the_part_written()
    {
        var read = StratMLFiles.Read(StratMLFiles.WhiteHouse);
        var part1 = XDocument.Parse(StratMLWriter.Write(read.GetDocumentOrThrow(), new StratMLWriteOptions { Part = StratMLPart.Part1 }).Xml);
        var part2 = XDocument.Parse(StratMLWriter.Write(read.GetDocumentOrThrow(), new StratMLWriteOptions { Part = StratMLPart.Part2 }).Xml);

        read.Part.Should().Be(StratMLPart.Part1);
        part1.Descendants().Where(e => e.Name.LocalName == "Submitter").Should().ContainSingle()
            .Which.Parent!.Name.LocalName.Should().Be("AdministrativeInformation");
        part2.Root!.Elements().Last().Name.LocalName.Should().Be("Submitter");
        part2.Root.Elements().Last().Value.Should().Be("OwenAmburOwen.Ambur@verizon.net");
    }

    [Fact]
    public void White_house_plan_without_an_end_date_is_taken_to_run_a_year_and_none_is_written_back()
    {
        var read = StratMLFiles.Read(StratMLFiles.WhiteHouse);
        var plan = read.GetDocumentOrThrow().Plan;
        var written = StratMLWriter.Write(read.Document!, new StratMLWriteOptions { Part = StratMLPart.Part1 }).Xml;

        (plan.Start, plan.End).Should().Be((new LocalDate(2017, 3, 27), new LocalDate(2018, 3, 26)));
        StratMLFiles.Count(written, "EndDate").Should().Be(0);
        written.Should().Contain("<StartDate>2017-03-27</StartDate>");
    }
}

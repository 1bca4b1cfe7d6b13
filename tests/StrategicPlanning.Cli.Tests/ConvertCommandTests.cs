using StrategicPlanning.Json;
using StrategicPlanning.StratML;

namespace StrategicPlanning.Cli.Tests;

/// <summary><c>splan convert</c> (issue 9, point 5): each shared StratML sample to a plan document and back.</summary>
public class ConvertCommandTests
{
    public static TheoryData<string> StratMLSamples => new(Directory.GetFiles(Path.Combine(Splan.Samples, "stratml"), "*.xml").Select(Path.GetFileName)!);

    private static string Derby => Path.Combine(Splan.Samples, "derby-council-plan-2022-25.json");

    [Theory]
    [MemberData(nameof(StratMLSamples))]
    public void Convert_turns_each_stratml_sample_into_a_valid_plan_document_and_back(string name)
    {
        var json = Path.Combine(Path.GetTempPath(), $"splan-convert-{Guid.NewGuid():N}.json");
        var xml = Path.ChangeExtension(json, ".xml");
        try
        {
            var (exit, output, error) = Splan.Run("convert", Path.Combine(Splan.Samples, "stratml", name), "--to", "json", "--out", json);

            exit.Should().Be(0, error);
            output.Should().BeEmpty();
            error.Should().Contain("import note(s):").And.Contain($"Wrote {json} (");
            var document = PlanJson.Read(File.ReadAllBytes(json)).GetDocumentOrThrow();
            Splan.Run("validate", json).Exit.Should().Be(0);

            var back = Splan.Run("convert", json, "--to", "stratml", "--out", xml);

            back.Exit.Should().Be(0, back.Err);
            StratMLReader.Parse(File.ReadAllText(xml)).GetDocumentOrThrow().Should().Be(document);
        }
        finally
        {
            File.Delete(json);
            File.Delete(xml);
        }
    }

    [Fact]
    public void Convert_to_stratml_prints_the_xml_and_what_stratml_has_no_place_for()
    {
        var (exit, output, error) = Splan.Run("convert", Derby, "--to", "stratml", "--part", "1");

        exit.Should().Be(0, error);
        output.Should().StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<StrategicPlan xmlns=\"urn:ISO:std:iso:17469:tech:xsd:stratml_core\">");
        error.Should().StartWith("12 note(s) on what StratML has no place for:\n")
            .And.Contain("  $.plan.stakeholders[0].roles: StratML Part 1 has no stakeholder roles; left out.\n")
            .And.Contain("  $.plan.id: StratML Part 1 has no place for the plan's id 'council-plan-2022-25'; it was left out (write Part 2 to keep it).\n")
            .And.Contain("  $.deliveryPlans: StratML has no place for delivery plans (43 actions): 1 left out.\n");
    }

    [Theory]
    [InlineData("json", "is not XML, so it is read as a plan document (JSON); that converts --to stratml.")]
    [InlineData("yaml", "Argument 'yaml' not recognized. Must be one of:")]
    public void Convert_in_the_wrong_direction_exits_2_saying_which_way_the_input_goes(string to, string message)
    {
        var (exit, output, error) = Splan.Run("convert", Derby, "--to", to);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain(message);
    }

    [Fact]
    public void Convert_of_malformed_xml_exits_2_with_line_and_position()
    {
        using var file = Splan.Write("<PerformancePlanOrReport Type=\"Strategic_Plan\">\n<Name>x</Nam>\n</PerformancePlanOrReport>");

        var (exit, _, error) = Splan.Run("convert", file.Path, "--to", "json");

        exit.Should().Be(2);
        error.Should().Contain("cannot be read as StratML: line 2, position 10:");
    }

    [Fact]
    public void Convert_of_a_missing_file_exits_2()
    {
        var (exit, _, error) = Splan.Run("convert", "no-such-plan.xml", "--to", "json");

        exit.Should().Be(2);
        error.Trim().Should().Be("no-such-plan.xml: no such file.");
    }

    [Fact]
    public void Convert_with_a_year_start_month_reads_periods_by_that_calendar()
    {
        var albania = Path.Combine(Splan.Samples, "stratml", "USG_Assistance_to_Albania_PerformancePlan.xml");

        var (exit, output, error) = Splan.Run("convert", albania, "--to", "json", "--year-start-month", "4");

        exit.Should().Be(0, error);
        PlanJson.Read(output).GetDocumentOrThrow().Calendar.YearStartMonth.Should().Be(4);
        Splan.Run("convert", albania, "--to", "json", "--year-start-month", "13").Err.Should().Contain("--year-start-month 13 is not a month: give 1 to 12.");
    }

    [Fact]
    public void Convert_reads_a_utf16_stratml_file_as_xml()
    {
        var xml = File.ReadAllText(Path.Combine(Splan.Samples, "stratml", "WhiteHouse_OfficeOfAmericanInnovation_2017.PMOAI.Part1ISO.xml"))
            .Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"splan-utf16-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, xml, System.Text.Encoding.Unicode);
        try
        {
            var (exit, output, error) = Splan.Run("convert", path, "--to", "json");

            exit.Should().Be(0, error);
            PlanJson.Read(output).GetDocumentOrThrow().Plan.Title.Should().Be("Presidential Memorandum on The White House Office of American Innovation");
        }
        finally
        {
            File.Delete(path);
        }
    }
}

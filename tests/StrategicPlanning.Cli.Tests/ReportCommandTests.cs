namespace StrategicPlanning.Cli.Tests;

public class ReportCommandTests
{
    private static string Derby => Path.Combine(Splan.Samples, "derby-council-plan-2022-25.json");

    [Fact]
    public void Report_writes_the_quarterly_report_to_the_out_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"splan-report-{Guid.NewGuid():N}.html");
        try
        {
            var (exit, output, error) = Splan.Run("report", Derby, "--quarter", "2024/25 Q2", "--out", path);

            exit.Should().Be(0, error);
            output.Should().BeEmpty();
            error.Should().StartWith($"Wrote {path} (");
            var html = File.ReadAllText(path);
            html.Should().StartWith("<!DOCTYPE html>").And.Contain("Quarterly performance report: Quarter 2 2024/25: 1 July to 30 September 2024");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Annual_report_without_out_writes_the_html_to_standard_output()
    {
        var (exit, output, _) = Splan.Run("annual-report", Derby, "--year", "2024/25");

        exit.Should().Be(0);
        output.Should().StartWith("<!DOCTYPE html>").And.Contain("Annual Report: 2024/25: 1 April 2024 to 31 March 2025").And.EndWith("</html>\n");
    }

    [Theory]
    [InlineData("report", "--quarter", "2024/25", "--quarter '2024/25' is not a quarter such as \"2024/25 Q2\".")]
    [InlineData("report", "--quarter", "Q2", "--quarter 'Q2': 'Q2' is not a period label: it must start with a four-digit year from 0001 to 9998. Allowed: a financial year is written '2024/25' (the start year, a slash, the last two digits of the next year), a quarter '2024/25 Q1' (Q1 to Q4), a month '2024-05'; where the financial year is a calendar year, '2024' and '2024 Q1'.")]
    [InlineData("annual-report", "--year", "2024/25 Q1", "--year '2024/25 Q1' is not a financial year such as 2024/25.")]
    public void CAL_a_period_of_the_wrong_kind_exits_2_saying_what_is_allowed(string command, string option, string value, string message)
    {
        var (exit, output, error) = Splan.Run(command, Derby, option, value);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Trim().Should().Be(message);
    }

    [Fact]
    public void VAL_no_report_is_written_from_a_plan_with_errors()
    {
        using var file = Edited.FormatExample(d => d["currency"] = "pounds");

        var (exit, output, error) = Splan.Run("report", file.Path, "--quarter", "2024/25 Q2");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("no report is written from a plan with errors").And.Contain("SP1");
    }

    [Fact]
    public void An_unwritable_out_path_exits_2_with_the_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-dir-{Guid.NewGuid():N}", "report.html");

        var (exit, _, error) = Splan.Run("report", Derby, "--quarter", "2024/25 Q2", "--out", path);

        exit.Should().Be(2);
        error.Should().StartWith($"{path}: cannot be written:");
    }

    [Fact]
    public void Report_writes_exactly_what_the_library_renders()
    {
        var document = StrategicPlanning.Json.PlanJson.Parse(File.ReadAllText(Derby));
        var expected = StrategicPlanning.Reports.CabinetReports.Quarterly(document, document.Calendar.Parse("2024/25 Q2")).GetValueOrThrow();

        var (exit, output, _) = Splan.Run("report", Derby, "--quarter", "2024/25 Q2");

        exit.Should().Be(0);
        output.Should().Be(expected, "splan and the samples share one renderer");
    }

    [Fact]
    public void CAL3_a_quarter_in_the_wrong_style_for_the_calendar_says_how_to_write_it()
    {
        using var file = Edited.FormatExample(d => d["calendar"]!["yearStartMonth"] = 1);

        var (exit, _, error) = Splan.Run("report", file.Path, "--quarter", "2024/25 Q2");

        exit.Should().Be(2);
        error.Trim().Should().Be("--quarter '2024/25 Q2': '2024/25 Q2' is written for a financial year that starts in a month other than January, but this calendar's year starts in January (CAL-3): write '2024' with ' Q2'.");
    }

    [Theory]
    [InlineData("report", "--quarter", "9998/99 Q4")]
    [InlineData("report", "--quarter", "0003/04 Q3")]
    [InlineData("annual-report", "--year", "0003/04")]
    public void A_period_the_rules_cannot_evaluate_exits_2_with_the_range(string command, string option, string value)
    {
        var (exit, _, error) = Splan.Run(command, Derby, option, value);

        exit.Should().Be(2);
        error.Trim().Should().Be($"{option} '{value}' cannot be reported: its end and the end of the period before it must fall in 0004-01-01 to 9997-12-31.");
    }

    [Fact]
    public void The_quarter_option_is_required()
    {
        var (exit, _, error) = Splan.Run("report", Derby);

        exit.Should().Be(2);
        error.Should().Contain("--quarter");
    }
}

using StrategicPlanning.Calendar;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests;

/// <summary>What a report will not do: render an invalid plan, or a period of the wrong kind.</summary>
public class ReportRefusalTests
{
    [Fact]
    public void VAL_an_invalid_plan_gives_its_errors_and_no_report()
    {
        var document = SmallPlan.Build() with { Currency = "pounds" };

        var result = CabinetReports.Quarterly(document, ReportingCalendar.Default.Parse("2024/25 Q2"));

        result.Succeeded.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Errors.Should().NotBeEmpty().And.OnlyContain(e => e.Severity == Validation.ValidationSeverity.Error);
        result.Invoking(r => r.GetValueOrThrow()).Should().Throw<InvalidOperationException>().WithMessage("The report could not be written: error*");
    }

    [Fact]
    public void CAL_a_quarterly_report_needs_a_quarter_and_an_annual_report_a_year()
    {
        var document = SmallPlan.Build();

        var quarterly = () => CabinetReports.Quarterly(document, ReportingCalendar.Default.Parse("2024/25"));
        var annual = () => CabinetReports.Annual(document, ReportingCalendar.Default.Parse("2024/25 Q1"));

        quarterly.Should().Throw<ArgumentException>().WithMessage("A quarterly report needs a quarter such as 2024/25 Q2, not '2024/25'.*");
        annual.Should().Throw<ArgumentException>().WithMessage("An annual report needs a financial year such as 2024/25, not '2024/25 Q1'.*");
    }

    [Fact]
    public void Options_reject_a_top_risks_count_below_one()
    {
        var options = () => new ReportOptions { TopRisks = 0 };

        options.Should().Throw<ArgumentOutOfRangeException>();
    }
}

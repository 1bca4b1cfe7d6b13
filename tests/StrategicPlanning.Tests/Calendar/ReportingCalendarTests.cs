using NodaTime;
using StrategicPlanning.Calendar;

namespace StrategicPlanning.Tests.Calendar;

public class ReportingCalendarTests
{
    private static readonly ReportingCalendar Uk = ReportingCalendar.Default;
    private static readonly ReportingCalendar CalendarYear = ReportingCalendar.StartingIn(1);
    private static readonly ReportingCalendar UsFederal = ReportingCalendar.StartingIn(10);

    [Fact]
    public void CAL1_a_UK_financial_year_runs_from_1_April_to_31_March()
    {
        var fy = Uk.Parse("2024/25");

        Uk.StartOf(fy).Should().Be(new LocalDate(2024, 4, 1));
        Uk.EndOf(fy).Should().Be(new LocalDate(2025, 3, 31));
        Uk.FinancialYearOf(new LocalDate(2025, 3, 31)).ToString().Should().Be("2024/25");
        Uk.FinancialYearOf(new LocalDate(2025, 4, 1)).ToString().Should().Be("2025/26");
    }

    [Theory]
    [InlineData("2024/25 Q1", "2024-04-01", "2024-06-30")]
    [InlineData("2024/25 Q2", "2024-07-01", "2024-09-30")]
    [InlineData("2024/25 Q3", "2024-10-01", "2024-12-31")]
    [InlineData("2024/25 Q4", "2025-01-01", "2025-03-31")]
    public void CAL2_UK_quarters_are_April_to_June_first(string quarter, string start, string end)
    {
        var label = Uk.Parse(quarter);

        Uk.StartOf(label).ToString("uuuu-MM-dd", null).Should().Be(start);
        Uk.EndOf(label).ToString("uuuu-MM-dd", null).Should().Be(end);
        Uk.QuarterOf(Uk.StartOf(label)).Should().Be(label);
        Uk.QuarterOf(Uk.EndOf(label)).Should().Be(label);
    }

    [Fact]
    public void CAL1_with_a_January_start_the_financial_year_is_the_calendar_year()
    {
        var fy = CalendarYear.Parse("2024");

        CalendarYear.StartOf(fy).Should().Be(new LocalDate(2024, 1, 1));
        CalendarYear.EndOf(fy).Should().Be(new LocalDate(2024, 12, 31));
        CalendarYear.QuarterOf(new LocalDate(2024, 2, 29)).ToString().Should().Be("2024 Q1");
        CalendarYear.EndOf(CalendarYear.Parse("2024 Q1")).Should().Be(new LocalDate(2024, 3, 31));
    }

    [Fact]
    public void CAL2_with_an_October_start_Q1_is_October_to_December()
    {
        var q1 = UsFederal.Parse("2024/25 Q1");

        UsFederal.StartOf(q1).Should().Be(new LocalDate(2024, 10, 1));
        UsFederal.EndOf(q1).Should().Be(new LocalDate(2024, 12, 31));
        UsFederal.EndOf(UsFederal.Parse("2024/25")).Should().Be(new LocalDate(2025, 9, 30));
        UsFederal.QuarterOf(new LocalDate(2025, 9, 30)).ToString().Should().Be("2024/25 Q4");
        UsFederal.FinancialYearOf(new LocalDate(2024, 9, 30)).ToString().Should().Be("2023/24");
    }

    [Fact]
    public void CAL3_label_style_must_fit_the_calendar()
    {
        CalendarYear.TryParse("2024/25", out _, out var splitError).Should().BeFalse();
        splitError.Should().Contain("starts in January").And.Contain("'2024'");
        Uk.TryParse("2024 Q1", out _, out var calendarError).Should().BeFalse();
        calendarError.Should().Contain("'2024/25'").And.Contain("Q1");
        CalendarYear.TryParse("2024-05", out _, out _).Should().BeTrue();
        Uk.TryParse("2024-05", out _, out _).Should().BeTrue();
    }

    [Fact]
    public void CAL3_a_month_belongs_to_the_financial_year_containing_its_first_day()
    {
        Uk.FinancialYearOf(Uk.Parse("2025-03")).ToString().Should().Be("2024/25");
        Uk.FinancialYearOf(Uk.Parse("2025-04")).ToString().Should().Be("2025/26");
        Uk.EndOf(Uk.Parse("2024-02")).Should().Be(new LocalDate(2024, 2, 29));
        Uk.FinancialYearOf(Uk.Parse("2024/25 Q4")).ToString().Should().Be("2024/25");
    }

    [Fact]
    public void CAL1_a_calendar_with_no_valid_start_month_refuses_date_arithmetic()
    {
        var broken = new ReportingCalendar { YearStartMonth = 13 };

        var act = () => broken.StartOf(PeriodLabel.Parse("2024/25"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*1 to 12*");
        var bad = () => ReportingCalendar.StartingIn(0);
        bad.Should().Throw<ArgumentOutOfRangeException>();
    }
}

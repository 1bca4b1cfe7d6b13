using StrategicPlanning.Calendar;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Measures;

/// <summary>The quarter a report shows by default: the latest quarter holding a measure actual (MEA-4, CAL-3).</summary>
public class LatestQuarterTests
{
    private static PeriodLabel Label(string text) => ReportingCalendar.Default.Parse(text);

    [Fact]
    public void MEA4_the_latest_quarter_is_the_latest_across_all_measures()
    {
        var document = Build.Document([Build.Outcome("o1", Build.Measure("a", 50, ("2024/25 Q1", 1), ("2024/25 Q3", 2))),
                                       Build.Outcome("o2", Build.Measure("b", 50, ("2024/25 Q2", 1)))]);

        MeasureActuals.LatestQuarter(document).Should().Be(Label("2024/25 Q3"));
    }

    [Fact]
    public void CAL3_a_monthly_or_annual_actual_counts_for_the_quarter_its_period_ends_in()
    {
        var monthly = Build.Measure("m", 50, ("2024-11", 1)) with { Frequency = MeasureFrequency.Monthly };
        var annual = Build.Measure("y", 50, ("2023/24", 1)) with { Frequency = MeasureFrequency.Annual };

        MeasureActuals.LatestQuarter(Build.Document([Build.Outcome("o", monthly, annual)])).Should().Be(Label("2024/25 Q3"));
        MeasureActuals.LatestQuarter(Build.Document([Build.Outcome("o", annual)])).Should().Be(Label("2023/24 Q4"));
    }

    [Fact]
    public void MEA4_no_actuals_or_only_unreadable_periods_give_no_quarter()
    {
        var unreadable = Build.Measure("u", 50, ("Spring 2024", 1));

        MeasureActuals.LatestQuarter(Build.Document([Build.Outcome("o", Build.Measure("n", 50))])).Should().BeNull();
        MeasureActuals.LatestQuarter(Build.Document([Build.Outcome("o", unreadable)])).Should().BeNull();
    }

    [Fact]
    public void CAL1_a_calendar_whose_year_starts_in_no_month_gives_no_quarter_rather_than_throwing()
    {
        var document = Build.Document([Build.Outcome("o", Build.Measure("a", 50, ("2024/25 Q1", 1)))]) with { Calendar = new ReportingCalendar { YearStartMonth = 13 } };

        MeasureActuals.LatestQuarter(document).Should().BeNull();
    }
}

using StrategicPlanning.Calendar;
using StrategicPlanning.Core;

namespace StrategicPlanning.Reports.Tests;

/// <summary>One rounding for everything shown: half away from zero, and changes are between the figures shown.</summary>
public class RoundingTests
{
    [Theory]
    [InlineData(72.25, 1, 72.3)]
    [InlineData(72.35, 1, 72.4)]
    [InlineData(-72.25, 1, -72.3)]
    [InlineData(0.5, 0, 1)]
    [InlineData(2.5, 0, 3)]
    public void Figures_round_half_away_from_zero(decimal exact, int places, decimal shown)
    {
        Rounding.ForDisplay(exact, places).Should().Be(shown);
    }

    [Fact]
    public void A_theme_shown_72_2_then_72_3_has_changed_by_0_1()
    {
        // Exact 72.18 shows as 72.2, exact 72.25 as 72.3: the words must agree with the table, not say "no change".
        Format.Score(72.18m).Should().Be("72.2");
        Format.Score(72.25m).Should().Be("72.3");
        QuarterlyReport.Change(72.25m, 72.18m, PeriodKind.Quarter).Should().Be("up 0.1 on last quarter");
        QuarterlyReport.Change(72.18m, 72.25m, PeriodKind.FinancialYear).Should().Be("down 0.1 on last year");
        QuarterlyReport.Change(72.24m, 72.16m, PeriodKind.Quarter).Should().Be("no change on last quarter");
    }

    [Fact]
    public void Percentages_and_values_round_the_same_way()
    {
        Format.Percent(0.72125m).Should().Be("72.1%");
        Format.Percent(0.72150m).Should().Be("72.2%");
        Format.WholePercent(0.725m).Should().Be("73%");
        Format.Value(2.125m, "%").Should().Be("2.13%");
    }
}

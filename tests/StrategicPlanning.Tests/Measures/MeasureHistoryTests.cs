using NodaTime;
using StrategicPlanning.Measures;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Measures;

/// <summary><see cref="MeasureReport.History"/>: a measure's last periods as the report reads them (MEA-3, MEA-4).</summary>
public class MeasureHistoryTests
{
    [Fact]
    public void MEA3_MEA4_history_ends_at_the_current_period_with_targets_as_restated_at_the_as_of_date()
    {
        // Derby's recycling measure at 2024-12-31: 2022/23 Q4 has no target; 2023/24 takes its year's 37; 2024/25 Q1 and Q2
        // take 40; Q3 takes the 41 restated on 2024-10-02. Actuals start in 2023/24 Q1.
        var report = MeasureRules.Evaluate(Samples.DerbyPlan(), new LocalDate(2024, 12, 31)).GetValueOrThrow();

        var history = report.History("m.recycling", 8)!;

        history.Select(e => e.Period.ToString()).Should().Equal(
            "2022/23 Q4", "2023/24 Q1", "2023/24 Q2", "2023/24 Q3", "2023/24 Q4", "2024/25 Q1", "2024/25 Q2", "2024/25 Q3");
        history.Select(e => e.Target?.Value).Should().Equal(null, 37m, 37m, 37m, 37m, 40m, 40m, 41m);
        history.Select(e => e.Actual?.Value).Should().Equal(null, 35.0m, 35.6m, 36.1m, 36.1m, 36.0m, 37.0m, 37.5m);
        history[0].Status.Should().Be(MeasureStatus.DataOnly);
        history[^1].Should().Be(report.Find("m.recycling"));
    }

    [Fact]
    public void MEA3_history_as_reported_takes_each_periods_targets_as_they_stood_at_its_end()
    {
        // The Q3 target of 41 restated on 2025-01-10, after Q3 ended: as reported, Q3 reads the year's 40.
        var document = Samples.FormatExampleWith(d => d.Measure()["targets"]![1]!["setOn"] = "2025-01-10");
        var reported = MeasureEvaluationOptions.Default with { Basis = TargetBasis.AsReported };

        var restated = MeasureRules.Evaluate(document, new LocalDate(2025, 3, 31)).GetValueOrThrow().History("m.recycling", 3)!;
        var asReported = MeasureRules.Evaluate(document, new LocalDate(2025, 3, 31), reported).GetValueOrThrow().History("m.recycling", 3)!;

        restated.Select(e => e.Target?.Value).Should().Equal(40m, 41m, 40m);
        asReported.Select(e => e.Target?.Value).Should().Equal(40m, 40m, 40m);
        asReported.Should().OnlyContain(e => e.Basis == TargetBasis.AsReported);
    }

    [Fact]
    public void History_of_an_unknown_measure_is_null_and_of_no_period_is_refused()
    {
        var report = MeasureRules.Evaluate(Samples.FormatExample(), new LocalDate(2024, 6, 30)).GetValueOrThrow();

        report.History("m.nothing", 8).Should().BeNull();
        report.History("m.recycling", 1)!.Should().ContainSingle().Which.Should().Be(report.Find("m.recycling"));
        report.Invoking(r => r.History("m.recycling", 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void History_stops_at_the_first_period_the_calendar_can_name()
    {
        // The earliest as-of date is 0004-01-01: 0003/04 Q3 starts before it, so four quarters are left.
        var report = MeasureRules.Evaluate(Samples.FormatExample(), new LocalDate(4, 12, 31)).GetValueOrThrow();

        var history = report.History("m.recycling", 8)!;

        history.Select(e => e.Period.ToString()).Should().Equal("0003/04 Q4", "0004/05 Q1", "0004/05 Q2", "0004/05 Q3");
        history[^1].Should().Be(report.Find("m.recycling"));
    }
}

using NodaTime;
using StrategicPlanning.Measures;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Measures;

/// <summary>The Measures front door: every measure of a document at a date (MEA-2..7).</summary>
public class MeasureRulesTests
{
    [Fact]
    public void MEA4_MEA5_every_measure_is_evaluated_for_its_current_period()
    {
        // 2024/25 Q1: no Q1 target, so the 2024/25 target of 40 applies (MEA-3); 39.1 is 0.9 short, within 5% of 40 = 2.
        var report = MeasureRules.Evaluate(Samples.FormatExample(), new LocalDate(2024, 6, 30)).GetValueOrThrow();

        var recycling = report.Measures.Should().ContainSingle().Which;
        recycling.Period.ToString().Should().Be("2024/25 Q1");
        recycling.Target!.Value.Value.Should().Be(40m);
        recycling.Target!.Value.FromFinancialYear.Should().BeTrue();
        recycling.Status.Should().Be(MeasureStatus.Amber);
        recycling.Shortfall.Should().Be(0.9m);
        report.Find("m.recycling").Should().Be(recycling);
        report.Find("m.nothing").Should().BeNull();
    }

    [Fact]
    public void MEA7_meeting_target_counts_only_measures_with_a_status()
    {
        var amber = MeasureRules.Evaluate(Samples.FormatExample(), new LocalDate(2024, 6, 30)).GetValueOrThrow();
        var noActual = MeasureRules.Evaluate(Samples.FormatExample(), new LocalDate(2025, 3, 31)).GetValueOrThrow();

        amber.MeetingTarget.Should().Be(0m, "0 green of 1 amber");
        noActual.Measures.Single().Status.Should().Be(MeasureStatus.NoData);
        noActual.MeetingTarget.Should().BeNull("no measure is green, amber or red");
    }

    [Fact]
    public void MEA3_the_options_choose_targets_as_reported()
    {
        // The Q3 target of 41 restated on 2025-01-10, after Q3 ended: at 2025-01-15, as restated Q3 reads 41; as
        // reported (targets as they stood at 2024-12-31) no Q3 entry was in force, so the 2024/25 target of 40 applies.
        var document = Samples.FormatExampleWith(d => d.Measure()["targets"]![1]!["setOn"] = "2025-01-10");
        var asOf = new LocalDate(2025, 1, 15);
        var reported = MeasureEvaluationOptions.Default with { Basis = TargetBasis.AsReported };

        var restatedReport = MeasureRules.Evaluate(document, asOf).GetValueOrThrow();
        var reportedReport = MeasureRules.Evaluate(document, asOf, reported).GetValueOrThrow();

        restatedReport.Measures.Single().Target!.Value.Value.Should().Be(41m);
        reportedReport.Options.Should().BeSameAs(reported);
        reportedReport.Measures.Single().Basis.Should().Be(TargetBasis.AsReported);
        reportedReport.Measures.Single().Target!.Value.Value.Should().Be(40m);
    }
}

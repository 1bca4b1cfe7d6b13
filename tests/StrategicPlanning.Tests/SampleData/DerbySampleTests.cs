using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Calendar;
using StrategicPlanning.Delivery;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;
using StrategicPlanning.Reviews;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.SampleData;

/// <summary>
/// The bundled Derby plan (samples/data/derby-council-plan-2022-25.json) holds what the samples and reports
/// need: if someone regenerates it and loses a part, these fail and say which.
/// </summary>
public class DerbySampleTests
{
    private static readonly LocalDate YearEnd = new(2025, 3, 31);
    // Read afresh for each use: a document kept in a static field keeps its remembered validation for the whole test
    // process, which may hide a mutant from every test after the first (docs/testing.md).
    private static PlanDocument Derby => Samples.DerbyPlan();

    private static IEnumerable<Measure> Measures => Derby.Plan.Themes.SelectMany(t => t.Outcomes).SelectMany(o => o.Measures);

    private static IReadOnlyList<DeliveryAction> Actions => Derby.DeliveryPlans.Single().Actions;

    [Fact]
    public void VAL_the_Derby_sample_has_no_errors_and_no_warnings()
    {
        var issues = PlanValidator.Validate(Derby).Issues;

        issues.Where(i => i.Severity != ValidationSeverity.Info).Should().BeEmpty();
        issues.Should().ContainSingle().Which.Code.Should().Be("SP1512", "the contingency line is money with no action, on purpose (FIN-5)");
    }

    [Fact]
    public void The_Derby_sample_has_the_four_themes_of_the_seed_and_Working_smarter_as_cross_cutting()
    {
        var themes = Derby.Plan.Themes;

        themes.Select(t => t.Name).Should().Equal("Green city", "Vibrant city", "City of growth", "Resilient city", "Working smarter");
        themes[0].Description.Should().Be("protecting and enhancing our environment");
        themes.Where(t => t.CrossCutting).Should().ContainSingle().Which.Name.Should().Be("Working smarter");
        themes.SelectMany(t => t.Outcomes).Should().HaveCountGreaterThanOrEqualTo(15);
    }

    [Fact]
    public void MEA_the_Derby_measures_cover_every_polarity_frequency_data_only_and_restated_targets()
    {
        Measures.Should().HaveCountGreaterThanOrEqualTo(30);
        Measures.Select(m => m.Polarity).Distinct().Should().BeEquivalentTo([Polarity.HigherIsBetter, Polarity.LowerIsBetter, Polarity.TargetIsBest]);
        Measures.Select(m => m.Frequency).Distinct().Should().BeEquivalentTo([MeasureFrequency.Monthly, MeasureFrequency.Quarterly, MeasureFrequency.Annual]);
        Measures.Where(m => m.Targets.Count == 0).Should().NotBeEmpty("some measures are data only (MEA-2)");
        Measures.Where(m => m.Targets.Any(t => t.SetOn is not null)).Should().NotBeEmpty("some targets are restated (MEA-3)");
    }

    [Fact]
    public void MEA6_every_quarterly_Derby_measure_has_actuals_for_each_quarter_of_2023_24_and_2024_25()
    {
        string[] quarters = ["2023/24 Q1", "2023/24 Q2", "2023/24 Q3", "2023/24 Q4", "2024/25 Q1", "2024/25 Q2", "2024/25 Q3", "2024/25 Q4"];

        var quarterly = Measures.Where(m => m.Frequency == MeasureFrequency.Quarterly).ToList();

        quarterly.Should().HaveCountGreaterThanOrEqualTo(30);
        quarterly.Where(m => !quarters.All(q => m.Actuals.Any(a => a.Period == q)))
            .Select(m => m.Id).Should().BeSubsetOf(["m.sickness"], "at most one measure is missing its last quarter, to show no data");
    }

    [Fact]
    public void MEA6_at_the_Derby_year_end_directions_of_travel_go_both_ways()
    {
        var scorecard = AggregationRules.Evaluate(Derby, YearEnd).GetValueOrThrow();

        scorecard.Measures.Select(m => m.ShortTerm).Should().Contain([DirectionOfTravel.Improving, DirectionOfTravel.Declining]);
        scorecard.Measures.Select(m => m.LongTerm).Should().Contain([DirectionOfTravel.Improving, DirectionOfTravel.Declining]);
    }

    [Theory]
    [InlineData("m.employment-rate", 73.5, 74)]    // FY target restated on 2025-05-09, after Q4 ended
    [InlineData("m.council-emissions", 15500, 15000)] // FY target restated on 2025-04-16
    public void MEA3_targets_restated_after_the_year_end_differ_as_restated_and_as_reported(string id, decimal restated, decimal reported)
    {
        var lateMay = new LocalDate(2025, 5, 31); // Q4 2024/25 is still the current quarter (MEA-4)
        var asReported = new ScoringOptions { Measures = MeasureEvaluationOptions.Default with { Basis = TargetBasis.AsReported } };

        var byRestated = AggregationRules.Evaluate(Derby, lateMay).GetValueOrThrow();
        var byReported = AggregationRules.Evaluate(Derby, lateMay, asReported).GetValueOrThrow();

        byRestated.Measures.Single(m => m.Measure.Id == id).Target!.Value.Value.Should().Be(restated);
        byReported.Measures.Single(m => m.Measure.Id == id).Target!.Value.Value.Should().Be(reported);
    }

    [Fact]
    public void MEA3_a_quarter_target_restated_within_the_quarter_is_in_force_at_its_end()
    {
        var scorecard = AggregationRules.Evaluate(Derby, new LocalDate(2024, 12, 31)).GetValueOrThrow();

        scorecard.Measures.Single(m => m.Measure.Id == "m.recycling").Target!.Value.Value.Should().Be(41m);
        scorecard.Measures.Single(m => m.Measure.Id == "m.residual-waste").Target!.Value.Value.Should().Be(121m);
    }

    [Fact]
    public void ACT_the_Derby_delivery_plan_2024_25_has_must_dos_overdue_actions_and_one_cancelled()
    {
        var plan = Derby.DeliveryPlans.Single();
        plan.Year.Should().Be("2024/25");
        plan.Approved.Should().Be(new LocalDate(2024, 9, 11), "approved by Cabinet in September 2024");
        Actions.Should().HaveCountGreaterThanOrEqualTo(40);
        Actions.Where(a => a.MustDo).Should().HaveCountGreaterThanOrEqualTo(5);
        Actions.Where(a => a.Milestones.Count > 0).Should().NotBeEmpty();
        Actions.Where(a => a.Updates.Count >= 4).Should().HaveCountGreaterThanOrEqualTo(30, "quarterly updates");

        var scorecard = AggregationRules.Evaluate(Derby, YearEnd).GetValueOrThrow();

        scorecard.Actions.Where(a => a.Status == EffectiveActionStatus.Overdue).Select(a => a.Action.Id).Should().BeEquivalentTo(
            ["a.parks-investment", "a.wayfinding", "a.skills-hub", "a.hospital-discharge", "a.property-rationalisation"]);
        scorecard.Actions.Where(a => a.Status == EffectiveActionStatus.Cancelled).Should().ContainSingle()
            .Which.Action.Id.Should().Be("a.neighbourhood-wardens");
    }

    [Fact]
    public void FIN_the_Derby_MTFS_covers_2024_25_to_2027_28_with_savings_lines()
    {
        var mtfs = Derby.FinancialStrategy!;

        mtfs.Years.Should().Equal("2024/25", "2025/26", "2026/27", "2027/28");
        mtfs.Lines.Should().HaveCountGreaterThanOrEqualTo(12);
        mtfs.Lines.Where(l => l.Kind == BudgetLineKind.Savings).Should().HaveCount(2);
        mtfs.Lines.Select(l => l.Kind).Distinct().Should().HaveCount(3);
    }

    [Fact]
    public void RSK_the_Derby_register_has_threats_and_opportunities_assessed_each_quarter()
    {
        var risks = Derby.RiskRegister!.Risks;

        risks.Should().HaveCountGreaterThanOrEqualTo(12);
        risks.Where(r => r.Kind == RiskKind.Opportunity).Should().HaveCountGreaterThanOrEqualTo(3);
        risks.Should().OnlyContain(r => r.Assessments.Count == 4, "one assessment per quarter of 2024/25");
    }

    [Fact]
    public void REV3_the_Derby_review_history_has_one_late_quarter()
    {
        var report = ReviewRules.Evaluate(Derby, new LocalDate(2025, 6, 30)).GetValueOrThrow();

        report.Quarters.Where(q => q.Status == ReportStatus.Late).Should().ContainSingle()
            .Which.Period.Should().Be(ReportingCalendar.Default.Parse("2024/25 Q3"));
    }

    [Fact]
    public void MEA4_the_latest_Derby_quarter_with_actuals_is_2024_25_Q4()
    {
        MeasureActuals.LatestQuarter(Derby).Should().Be(ReportingCalendar.Default.Parse("2024/25 Q4"));
    }
}

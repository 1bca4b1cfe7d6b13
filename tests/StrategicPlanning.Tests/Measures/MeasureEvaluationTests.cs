using StrategicPlanning.Calendar;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Measures;

public class MeasureEvaluationTests
{
    private static readonly ReportingCalendar Uk = ReportingCalendar.Default;
    private static readonly MeasureEvaluationOptions Restated = MeasureEvaluationOptions.Default;
    private static readonly MeasureEvaluationOptions Reported = MeasureEvaluationOptions.Default with { Basis = TargetBasis.AsReported };

    private static MeasureStatus Status(Polarity polarity, Tolerance tolerance, decimal target, decimal actual) =>
        MeasureEvaluator.StatusOf(polarity, tolerance, target, actual, out _);

    [Theory]
    [InlineData("2025-03-31", "2024/25 Q4")]
    [InlineData("2025-03-30", "2024/25 Q3")]
    [InlineData("2025-04-01", "2024/25 Q4")]
    [InlineData("2024-07-01", "2024/25 Q1")]
    public void MEA4_the_current_period_is_the_latest_that_ends_on_or_before_the_as_of_date(string asOf, string expected)
    {
        var evaluation = MeasureEvaluator.Evaluate(Build.Green("m"), Uk, Build.Date(asOf), Restated);

        evaluation.Period.ToString().Should().Be(expected);
    }

    [Fact]
    public void MEA4_monthly_and_annual_measures_use_their_own_periods()
    {
        var monthly = Build.Green("m") with { Frequency = MeasureFrequency.Monthly };
        var annual = Build.Green("a") with { Frequency = MeasureFrequency.Annual };

        MeasureEvaluator.Evaluate(monthly, Uk, Build.Date("2025-03-15"), Restated).Period.ToString().Should().Be("2025-02");
        MeasureEvaluator.Evaluate(annual, Uk, Build.Date("2025-03-15"), Restated).Period.ToString().Should().Be("2023/24");
    }

    [Fact]
    public void MEA2_a_measure_without_any_target_is_data_only_with_or_without_an_actual()
    {
        MeasureEvaluator.Evaluate(Build.DataOnly("m"), Uk, Build.Date("2025-03-31"), Restated).Status.Should().Be(MeasureStatus.DataOnly);
        MeasureEvaluator.Evaluate(Build.Measure("m", null), Uk, Build.Date("2025-03-31"), Restated).Status.Should().Be(MeasureStatus.DataOnly);
    }

    [Fact]
    public void MEA4_with_a_target_but_no_actual_for_the_period_the_measure_has_no_data()
    {
        MeasureEvaluator.Evaluate(Build.NoData("m"), Uk, Build.Date("2025-03-31"), Restated).Status.Should().Be(MeasureStatus.NoData);
    }

    [Fact]
    public void MEA3_with_no_target_in_force_for_the_period_the_measure_is_data_only_then()
    {
        var measure = Build.Measure("m", null, ("2023/24 Q4", 70)) with { Targets = [new MeasureTarget { Period = "2024/25", Value = 50 }] };

        MeasureEvaluator.Evaluate(measure, Uk, Build.Date("2024-03-31"), Restated).Status.Should().Be(MeasureStatus.DataOnly);
    }

    [Fact]
    public void MEA3_a_quarter_uses_its_own_target_before_the_financial_years()
    {
        var measure = Build.Measure("m", 40, ("2024/25 Q3", 41)) with
        {
            Targets = [new MeasureTarget { Period = "2024/25", Value = 40 }, new MeasureTarget { Period = "2024/25 Q3", Value = 42 }],
        };

        var q3 = MeasureEvaluator.EvaluatePeriod(measure, Uk, Uk.Parse("2024/25 Q3"), Build.Date("2025-03-31"), Restated);
        var q2 = MeasureEvaluator.EvaluatePeriod(measure, Uk, Uk.Parse("2024/25 Q2"), Build.Date("2025-03-31"), Restated);

        q3.Target!.Value.Value.Should().Be(42);
        q3.Target.Value.FromFinancialYear.Should().BeFalse();
        q2.Target!.Value.Value.Should().Be(40);
        q2.Target.Value.FromFinancialYear.Should().BeTrue();
    }

    [Fact]
    public void MEA3_the_entry_in_force_is_the_latest_set_on_or_before_the_date_undated_counting_as_earliest()
    {
        var measure = Build.Measure("m", null) with
        {
            Targets =
            [
                new MeasureTarget { Period = "2024/25", Value = 45, SetOn = Build.Date("2024-05-01") },
                new MeasureTarget { Period = "2024/25", Value = 40 },
                new MeasureTarget { Period = "2024/25", Value = 48, SetOn = Build.Date("2024-11-01") },
            ],
        };
        var fy = Uk.Parse("2024/25");

        MeasureEvaluator.TargetFor(measure, Uk, fy, Build.Date("2024-04-30"))!.Value.Value.Should().Be(40);
        MeasureEvaluator.TargetFor(measure, Uk, fy, Build.Date("2024-05-01"))!.Value.Value.Should().Be(45);
        MeasureEvaluator.TargetFor(measure, Uk, fy, Build.Date("2025-01-01"))!.Value.Value.Should().Be(48);
    }

    [Fact]
    public void MEA3_a_target_restated_mid_year_changes_as_restated_but_not_as_reported()
    {
        // Q2 ended 2024-09-30 with the FY target of 40 in force; on 2024-11-01 Q2's target was restated to 38.
        var measure = Build.Measure("m", 40, ("2024/25 Q2", 39)) with
        {
            Targets =
            [
                new MeasureTarget { Period = "2024/25", Value = 40 },
                new MeasureTarget { Period = "2024/25 Q2", Value = 38, SetOn = Build.Date("2024-11-01"), Reason = "Restated at Q2 review" },
            ],
        };
        var q2 = Uk.Parse("2024/25 Q2");
        var asOf = Build.Date("2025-03-31");

        var restated = MeasureEvaluator.EvaluatePeriod(measure, Uk, q2, asOf, Restated);
        var reported = MeasureEvaluator.EvaluatePeriod(measure, Uk, q2, asOf, Reported);

        restated.Target!.Value.Value.Should().Be(38);
        restated.Status.Should().Be(MeasureStatus.Green);
        reported.Target!.Value.Value.Should().Be(40);
        reported.Status.Should().Be(MeasureStatus.Amber);
    }

    [Theory]
    [InlineData(100, "green")]
    [InlineData(100.01, "amber")]
    [InlineData(105, "amber")]
    [InlineData(105.01, "red")]
    [InlineData(80, "green")]
    public void MEA5_lower_is_better_at_and_just_beyond_both_tolerance_edges(decimal actual, string expected)
    {
        // Target 100, amber within 5% of 100 = 5, green within 0.
        Status(Polarity.LowerIsBetter, Tolerance.Default, 100, actual).ToString().ToLowerInvariant().Should().Be(expected);
    }

    [Theory]
    [InlineData(51, "green")]
    [InlineData(49, "green")]
    [InlineData(51.000001, "amber")]
    [InlineData(48.999999, "amber")]
    [InlineData(53, "amber")]
    [InlineData(47, "amber")]
    [InlineData(53.01, "red")]
    [InlineData(46.99, "red")]
    public void MEA5_target_is_best_at_and_just_beyond_both_tolerance_edges_on_both_sides(decimal actual, string expected)
    {
        // Target 50, green within 1, amber within 3, absolute.
        var tolerance = new Tolerance { GreenWithin = 1, AmberWithin = 3, Kind = ToleranceKind.Absolute };

        Status(Polarity.TargetIsBest, tolerance, 50, actual).ToString().ToLowerInvariant().Should().Be(expected);
    }

    [Theory]
    [InlineData(40, "green")]
    [InlineData(39.99, "amber")]
    [InlineData(38, "amber")]
    [InlineData(37.99, "red")]
    public void MEA5_higher_is_better_tolerance_is_a_percentage_of_the_target_not_points(decimal actual, string expected)
    {
        // 5% of 40 is 2, not 5 percentage points.
        Status(Polarity.HigherIsBetter, Tolerance.Default, 40, actual).ToString().ToLowerInvariant().Should().Be(expected);
    }

    [Fact]
    public void MEA5_comparisons_are_exact_decimals()
    {
        // 0.4 - 0.3 is exactly 0.1 in decimal (in floating point it is 0.10000000000000003, which would be red).
        var tolerance = new Tolerance { GreenWithin = 0, AmberWithin = 0.1m, Kind = ToleranceKind.Absolute };

        Status(Polarity.LowerIsBetter, tolerance, 0.3m, 0.4m).Should().Be(MeasureStatus.Amber);
        MeasureEvaluator.StatusOf(Polarity.LowerIsBetter, tolerance, 0.3m, 0.4m, out var shortfall);
        shortfall.Should().Be(0.1m);
    }

    [Fact]
    public void MEA5_a_percentage_tolerance_of_a_negative_target_uses_its_magnitude()
    {
        // Target -20 (a deficit), higher is better: 5% of |-20| = 1.
        Status(Polarity.HigherIsBetter, Tolerance.Default, -20, -21).Should().Be(MeasureStatus.Amber);
        Status(Polarity.HigherIsBetter, Tolerance.Default, -20, -21.01m).Should().Be(MeasureStatus.Red);
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 50, 60, DirectionOfTravel.Improving)]
    [InlineData(Polarity.HigherIsBetter, 60, 50, DirectionOfTravel.Declining)]
    [InlineData(Polarity.LowerIsBetter, 60, 50, DirectionOfTravel.Improving)]
    [InlineData(Polarity.LowerIsBetter, 50, 60, DirectionOfTravel.Declining)]
    [InlineData(Polarity.HigherIsBetter, 55, 55, DirectionOfTravel.Stable)]
    [InlineData(Polarity.TargetIsBest, 58, 53, DirectionOfTravel.Improving)]
    [InlineData(Polarity.TargetIsBest, 47, 53, DirectionOfTravel.Stable)]
    [InlineData(Polarity.TargetIsBest, 48, 55, DirectionOfTravel.Declining)]
    public void MEA6_direction_of_travel_follows_polarity_whatever_the_status(Polarity polarity, decimal before, decimal now, DirectionOfTravel expected)
    {
        // Target 50 for 2024/25; short term compares Q4 with Q3, long term with 2023/24 Q4.
        var measure = Build.Measure("m", 50, ("2024/25 Q3", before), ("2024/25 Q4", now), ("2023/24 Q4", before)) with { Polarity = polarity };

        var evaluation = MeasureEvaluator.Evaluate(measure, Uk, Build.Date("2025-03-31"), Restated);

        evaluation.ShortTerm.Should().Be(expected);
        evaluation.LongTerm.Should().Be(expected);
    }

    [Fact]
    public void MEA6_a_missing_actual_makes_the_direction_not_comparable()
    {
        var measure = Build.Measure("m", 50, ("2024/25 Q4", 60), ("2024/25 Q3", 55));

        var evaluation = MeasureEvaluator.Evaluate(measure, Uk, Build.Date("2025-03-31"), Restated);

        evaluation.ShortTerm.Should().Be(DirectionOfTravel.Improving);
        evaluation.LongTerm.Should().Be(DirectionOfTravel.NotComparable);
    }

    [Fact]
    public void MEA6_changes_within_the_stable_margin_are_stable()
    {
        var measure = Build.Measure("m", 50, ("2024/25 Q3", 60), ("2024/25 Q4", 60.4m));
        var options = Restated with { StableWithin = 0.5m };

        MeasureEvaluator.Evaluate(measure, Uk, Build.Date("2025-03-31"), options).ShortTerm.Should().Be(DirectionOfTravel.Stable);
        MeasureEvaluator.Evaluate(measure, Uk, Build.Date("2025-03-31"), Restated).ShortTerm.Should().Be(DirectionOfTravel.Improving);
    }

    [Fact]
    public void MEA6_actuals_before_the_plan_are_history_that_long_term_direction_uses()
    {
        var measure = Build.Measure("m", 50, ("2024/25 Q1", 52), ("2023/24 Q1", 47)) with { Targets = [new MeasureTarget { Period = "2024/25", Value = 50 }] };

        var evaluation = MeasureEvaluator.Evaluate(measure, Uk, Build.Date("2024-06-30"), Restated);

        evaluation.LongTerm.Should().Be(DirectionOfTravel.Improving);
    }
}

public class MeasureAndActionModelRuleTests
{
    [Fact]
    public void MEA1_two_actuals_for_one_period_or_two_undated_targets_for_one_period_are_validation_errors()
    {
        var measure = Build.Measure("m", 50, ("2024/25 Q4", 60), ("2024/25 Q4", 61)) with
        {
            Targets = [new MeasureTarget { Period = "2024/25", Value = 50 }, new MeasureTarget { Period = "2024/25", Value = 55 }],
        };

        var codes = StrategicPlanning.Validation.PlanValidator.Validate(Build.Document([Build.Outcome("o", measure)])).Issues.Select(i => i.Code);

        codes.Should().BeEquivalentTo(StrategicPlanning.Validation.ValidationCodes.DuplicateActual, StrategicPlanning.Validation.ValidationCodes.DuplicateTarget);
    }

    [Fact]
    public void MEA1_weight_defaults_to_1_and_values_are_exact_decimals()
    {
        var measure = Build.Measure("m", 0.3m, ("2024/25 Q4", 0.1m + 0.2m));

        measure.Weight.Should().Be(1m);
        MeasureEvaluator.Evaluate(measure, ReportingCalendar.Default, Build.Date("2025-03-31"), MeasureEvaluationOptions.Default).Shortfall.Should().Be(0m);
    }

    [Fact]
    public void ACT1_an_action_names_at_least_one_outcome_and_contributes_to_each()
    {
        var none = Build.Action("a", "o", StrategicPlanning.Model.ActionStatus.OnTrack) with { OutcomeIds = [] };

        var issues = StrategicPlanning.Validation.PlanValidator.Validate(Build.Document([Build.Outcome("o")], none)).Issues;

        issues.Should().ContainSingle().Which.Code.Should().Be(StrategicPlanning.Validation.ValidationCodes.NoOutcome);
    }
}

using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Measures;

/// <summary>
/// The edges of the measure rules a mutation run showed no other test held (issue 21): a measure's own tolerance,
/// ties between targets, direction without a target, as-reported targets of a period not yet ended, "meeting target"
/// over several statuses, the earliest history, and the guards.
/// </summary>
public class MeasureBoundaryTests
{
    private static readonly ReportingCalendar Uk = ReportingCalendar.Default;
    private static readonly LocalDate YearEnd = new(2025, 3, 31);

    [Fact]
    public void MEA5_a_measure_with_its_own_tolerance_is_judged_by_it_not_the_default()
    {
        // Target 50, actual 46: 4 short. Its own tolerance (green within 5 points) makes it green; the default
        // (green within 0, amber within 5 % of 50 = 2.5) would make it red.
        var measure = Build.Measure("m", 50, ("2024/25 Q4", 46)) with
        {
            Tolerance = new Tolerance { Kind = ToleranceKind.Absolute, GreenWithin = 5, AmberWithin = 10 },
        };

        var evaluation = MeasureEvaluator.Evaluate(measure, Uk, YearEnd, MeasureEvaluationOptions.Default);

        evaluation.Shortfall.Should().Be(4m);
        evaluation.Status.Should().Be(MeasureStatus.Green);
        MeasureEvaluator.Evaluate(measure with { Tolerance = null }, Uk, YearEnd, MeasureEvaluationOptions.Default).Status.Should().Be(MeasureStatus.Red);
    }

    [Fact]
    public void MEA3_of_two_entries_for_a_period_set_on_the_same_day_the_later_one_is_in_force()
    {
        var measure = Build.Measure("m", null, ("2024/25 Q4", 45)) with
        {
            Targets =
            [
                new MeasureTarget { Period = "2024/25 Q4", Value = 40, SetOn = new LocalDate(2024, 4, 1) },
                new MeasureTarget { Period = "2024/25 Q4", Value = 50, SetOn = new LocalDate(2024, 4, 1) },
            ],
        };

        MeasureEvaluator.Evaluate(measure, Uk, YearEnd, MeasureEvaluationOptions.Default).Target!.Value.Value.Should().Be(50m);
    }

    [Fact]
    public void MEA6_a_higher_is_better_measure_without_a_target_still_has_a_direction()
    {
        // Data only (MEA-2), 60 then 70: only "target is best" needs a target to compare distances with.
        var measure = Build.Measure("m", null, ("2024/25 Q3", 60), ("2024/25 Q4", 70), ("2023/24 Q4", 75));

        var evaluation = MeasureEvaluator.Evaluate(measure, Uk, YearEnd, MeasureEvaluationOptions.Default);

        evaluation.Status.Should().Be(MeasureStatus.DataOnly);
        evaluation.ShortTerm.Should().Be(DirectionOfTravel.Improving);
        evaluation.LongTerm.Should().Be(DirectionOfTravel.Declining);
        MeasureEvaluator.Evaluate(measure with { Polarity = Polarity.TargetIsBest }, Uk, YearEnd, MeasureEvaluationOptions.Default)
            .ShortTerm.Should().Be(DirectionOfTravel.NotComparable);
    }

    [Fact]
    public void MEA3_as_reported_a_period_not_yet_ended_takes_the_targets_as_they_stand_at_the_as_of_date()
    {
        // 2024/25 Q4 ends 2025-03-31; at 2025-02-15 a Q4 target set on 2025-03-01 is not yet set, so the year's 40 stands.
        var measure = Build.Measure("m", 40, ("2024/25 Q4", 45)) with
        {
            Targets = [new MeasureTarget { Period = "2024/25", Value = 40 }, new MeasureTarget { Period = "2024/25 Q4", Value = 44, SetOn = new LocalDate(2025, 3, 1) }],
        };
        var reported = MeasureEvaluationOptions.Default with { Basis = TargetBasis.AsReported };

        var early = MeasureEvaluator.EvaluatePeriod(measure, Uk, Uk.Parse("2024/25 Q4"), new LocalDate(2025, 2, 15), reported);
        var ended = MeasureEvaluator.EvaluatePeriod(measure, Uk, Uk.Parse("2024/25 Q4"), new LocalDate(2025, 4, 15), reported);

        early.Target!.Value.Value.Should().Be(40m);
        early.Target!.Value.FromFinancialYear.Should().BeTrue();
        ended.Target!.Value.Value.Should().Be(44m);
    }

    [Fact]
    public void MEA7_meeting_target_is_green_over_green_amber_and_red_leaving_out_the_rest()
    {
        // Green, green, amber, red, no data, data only: 2 ÷ 4 = 0.5.
        var document = Build.Document([Build.Outcome("o", Build.Green("g1"), Build.Green("g2"), Build.Amber("a"), Build.Red("r"), Build.NoData("n"), Build.DataOnly("d"))]);

        var report = MeasureRules.Evaluate(document, YearEnd).GetValueOrThrow();

        report.Measures.Select(m => m.Status).Should().Equal(
            MeasureStatus.Green, MeasureStatus.Green, MeasureStatus.Amber, MeasureStatus.Red, MeasureStatus.NoData, MeasureStatus.DataOnly);
        report.MeetingTarget.Should().Be(0.5m);
        MeasureRules.Evaluate(Build.Document([Build.Outcome("o", Build.Green("g"), Build.Red("r"), Build.Red("s"))]), YearEnd)
            .GetValueOrThrow().MeetingTarget.Should().Be(1m / 3m);
    }

    [Fact]
    public void MEA4_an_annual_measures_history_stops_where_the_year_before_has_no_label()
    {
        // At 0004-03-31 the current year is 0003/04; the one before, 0002/03, compares with 0001/02, whose own year
        // before (0000/01) has no label: the history is the current year alone.
        var annual = Build.Measure("m", null, ("0003/04", 5)) with { Frequency = MeasureFrequency.Annual };
        var report = MeasureRules.Evaluate(Build.Document([Build.Outcome("o", annual)]), new LocalDate(4, 3, 31)).GetValueOrThrow();

        report.History("m", 8)!.Select(e => e.Period.ToString()).Should().Equal("0003/04");

        // At the earliest as-of date, 0004-01-01, the current year is 0002/03; the year before it, 0001/02, would compare
        // with 0000/01, which no label names: the history is again the current year alone.
        var earliest = MeasureRules.Evaluate(Build.Document([Build.Outcome("o", annual)]), new LocalDate(4, 1, 1)).GetValueOrThrow();
        earliest.History("m", 8)!.Select(e => e.Period.ToString()).Should().Equal("0002/03");
    }

    [Fact]
    public void MEA4_a_period_label_nothing_spells_is_never_named_not_even_by_an_empty_label()
    {
        var measure = Build.Measure("m", null, ("", 5));

        MeasureEvaluator.ActualFor(measure, default).Should().BeNull();
        MeasureEvaluator.ActualFor(measure, Uk.Parse("2024/25 Q4")).Should().BeNull();
    }

    [Fact]
    public void MEA6_a_negative_stable_margin_is_refused_and_zero_is_the_default()
    {
        MeasureEvaluationOptions.Default.StableWithin.Should().Be(0m);
        (MeasureEvaluationOptions.Default with { StableWithin = 0m }).StableWithin.Should().Be(0m);
        ((Action)(() => _ = MeasureEvaluationOptions.Default with { StableWithin = -0.01m })).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("StableWithin must be 0 or more.*").WithParameterName("value");
    }

    [Fact]
    public void A_missing_argument_or_an_as_of_date_outside_the_range_is_refused_naming_it()
    {
        var measure = Build.Green("m");
        var options = MeasureEvaluationOptions.Default;
        var farFuture = new LocalDate(9999, 6, 30);

        ((Action)(() => MeasureEvaluator.Evaluate(null!, Uk, YearEnd, options))).Should().Throw<ArgumentNullException>().WithParameterName("measure");
        ((Action)(() => MeasureEvaluator.Evaluate(measure, null!, YearEnd, options))).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
        ((Action)(() => MeasureEvaluator.Evaluate(measure, Uk, YearEnd, null!))).Should().Throw<ArgumentNullException>().WithParameterName("options");
        ((Action)(() => MeasureEvaluator.Evaluate(measure, Uk, farFuture, options))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("The as-of date must be from*");
        ((Action)(() => MeasureEvaluator.TargetFor(null!, Uk, Uk.Parse("2024/25 Q4"), YearEnd))).Should().Throw<ArgumentNullException>().WithParameterName("measure");
        ((Action)(() => MeasureEvaluator.TargetFor(measure, null!, Uk.Parse("2024/25 Q4"), YearEnd))).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
        ((Action)(() => MeasureEvaluator.StatusOf(Polarity.HigherIsBetter, null!, 50, 40, out _))).Should().Throw<ArgumentNullException>().WithParameterName("tolerance");
        ((Action)(() => MeasureActuals.LatestQuarter(null!))).Should().Throw<ArgumentNullException>().WithParameterName("document");
    }

    [Fact]
    public void VAL1_the_measures_front_door_checks_its_arguments_before_the_document_and_says_what_it_refuses()
    {
        var noMeasures = Build.Document([Build.Outcome("o")]);
        var broken = Build.Document([Build.Outcome("o", Build.Measure("m", 50, ("2024/25 Q4", 1), ("2024/25 Q4", 2)))]);

        ((Action)(() => MeasureRules.Evaluate(null!, new LocalDate(1, 1, 1)))).Should().Throw<ArgumentNullException>().WithParameterName("document");
        ((Action)(() => MeasureRules.Evaluate(noMeasures, new LocalDate(9999, 6, 30)))).Should().Throw<ArgumentOutOfRangeException>();
        MeasureRules.Evaluate(broken, YearEnd).Invoking(r => r.GetValueOrThrow()).Should().Throw<InvalidOperationException>()
            .WithMessage("The measures cannot be evaluated: error SP*");
        MeasureRules.Evaluate(noMeasures, YearEnd).GetValueOrThrow()
            .Invoking(r => r.Find(null!)).Should().Throw<ArgumentNullException>().WithParameterName("measureId");
    }
}

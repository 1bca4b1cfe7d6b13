using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Measures;

/// <summary>
/// Evaluates a measure at an as-of date: its current period (MEA-4), the target in force (MEA-3), its status
/// with tolerance and polarity (MEA-5) and its direction of travel (MEA-6). Pure and thread-safe.
/// </summary>
/// <remarks>
/// Labels that are not valid in the calendar are ignored here: validate the document first
/// (<c>PlanValidator</c>), as the rule families do. Validated values (within ±10^15, SP1010) give exact
/// results; beyond that range a difference too large for a decimal is taken as the largest decimal, so the
/// status is still right and nothing throws.
/// </remarks>
internal static class MeasureEvaluator
{
    /// <summary>Evaluates a measure for its current period at <paramref name="asOf"/>: the latest period of its frequency ending on or before it (MEA-4).</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="calendar">The document's reporting calendar.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="options">The target basis and stable margin.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside the years 4 to 9997 (<see cref="AsOfDates"/>).</exception>
    public static MeasureEvaluation Evaluate(Measure measure, ReportingCalendar calendar, LocalDate asOf, MeasureEvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(calendar);
        AsOfDates.Check(asOf);
        return EvaluatePeriod(measure, calendar, CurrentPeriod(measure.Frequency, calendar, asOf), asOf, options);
    }

    /// <summary>
    /// Evaluates a measure for a period, as the targets stood at <paramref name="asOf"/> (as restated) or at the
    /// period's end (as reported) (MEA-3). Callers pass a period whose neighbours can be named: the current period
    /// at a supported as-of date, or a period ending no later than it.
    /// </summary>
    internal static MeasureEvaluation EvaluatePeriod(Measure measure, ReportingCalendar calendar, PeriodLabel period, LocalDate asOf, MeasureEvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var target = TargetFor(measure, calendar, period, CutOff(calendar, period, asOf, options.Basis));
        var actual = ActualFor(measure, period);
        var status = MeasureStatus.DataOnly;
        decimal? shortfall = null;
        if (target is { } inForce)
        {
            // MEA-4: no target in force → data only; no actual → no data; otherwise MEA-5.
            status = MeasureStatus.NoData;
            if (actual is not null)
            {
                status = StatusOf(measure.Polarity, measure.Tolerance ?? Tolerance.Default, inForce.Value, actual.Value, out var gap);
                shortfall = gap;
            }
        }

        var shortTerm = Direction(measure.Polarity, ActualFor(measure, calendar.Previous(period))?.Value, actual?.Value, target?.Value, options.StableWithin);
        var longTerm = Direction(measure.Polarity, ActualFor(measure, calendar.SamePeriodLastYear(period))?.Value, actual?.Value, target?.Value, options.StableWithin);
        return new MeasureEvaluation(measure, period, options.Basis, target, actual, status, shortfall, shortTerm, longTerm);
    }

    /// <summary>
    /// Finds the target in force for a period (MEA-3): the entry for the period with the greatest <c>setOn</c> on
    /// or before <paramref name="cutOff"/> (an entry without <c>setOn</c> counts as set before any dated one; on a tie
    /// the later entry wins), else, for a quarterly or monthly measure, the financial year's entry chosen the same way.
    /// </summary>
    internal static TargetInForce? TargetFor(Measure measure, ReportingCalendar calendar, PeriodLabel period, LocalDate cutOff)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(calendar);
        var own = Latest(measure.Targets, period, cutOff);
        if (own is not null)
        {
            return new TargetInForce(own.Value, own, period, false);
        }

        if (period.Kind == PeriodKind.FinancialYear)
        {
            return null;
        }

        var year = calendar.FinancialYearOf(period);
        var annual = Latest(measure.Targets, year, cutOff);
        return annual is null ? null : new TargetInForce(annual.Value, annual, year, true);
    }

    /// <summary>
    /// Decides a status from target and actual (MEA-5): the shortfall is target − actual (higher is better),
    /// actual − target (lower is better) or |actual − target| (target is best); green when it is within
    /// <c>greenWithin</c>, amber within <c>amberWithin</c>, else red. Percent tolerances are of |target|. Exact.
    /// </summary>
    internal static MeasureStatus StatusOf(Polarity polarity, Tolerance tolerance, decimal target, decimal actual, out decimal shortfall)
    {
        ArgumentNullException.ThrowIfNull(tolerance);
        shortfall = ShortfallOf(polarity, target, actual);
        var scale = tolerance.Kind == ToleranceKind.Percent ? Math.Abs(target) / 100m : 1m;
        return shortfall <= Saturating.Multiply(tolerance.GreenWithin, scale) ? MeasureStatus.Green
            : shortfall <= Saturating.Multiply(tolerance.AmberWithin, scale) ? MeasureStatus.Amber
            : MeasureStatus.Red;
    }

    private static decimal ShortfallOf(Polarity polarity, decimal target, decimal actual) => polarity switch
    {
        Polarity.HigherIsBetter => Saturating.Subtract(target, actual),
        Polarity.LowerIsBetter => Saturating.Subtract(actual, target),
        _ => Math.Abs(Saturating.Subtract(actual, target)),
    };

    /// <summary>MEA-6: better is higher, lower or closer to target by polarity, whatever the status.</summary>
    private static DirectionOfTravel Direction(Polarity polarity, decimal? before, decimal? now, decimal? target, decimal stableWithin)
    {
        if (before is not { } b || now is not { } n || (polarity == Polarity.TargetIsBest && target is null))
        {
            return DirectionOfTravel.NotComparable;
        }

        var gain = polarity switch
        {
            Polarity.HigherIsBetter => Saturating.Subtract(n, b),
            Polarity.LowerIsBetter => Saturating.Subtract(b, n),
            _ => Saturating.Subtract(Math.Abs(Saturating.Subtract(b, target!.Value)), Math.Abs(Saturating.Subtract(n, target!.Value))),
        };
        return Math.Abs(gain) <= stableWithin ? DirectionOfTravel.Stable : gain > 0 ? DirectionOfTravel.Improving : DirectionOfTravel.Declining;
    }

    private static LocalDate CutOff(ReportingCalendar calendar, PeriodLabel period, LocalDate asOf, TargetBasis basis)
    {
        if (basis == TargetBasis.AsRestated)
        {
            return asOf;
        }

        var end = calendar.EndOf(period);
        return end < asOf ? end : asOf;
    }

    private static MeasureTarget? Latest(IReadOnlyList<MeasureTarget> targets, PeriodLabel period, LocalDate cutOff)
    {
        Span<char> buffer = stackalloc char[PeriodLabel.MaxLength];
        var spelling = Spelling(period, buffer);
        MeasureTarget? best = null;
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            if (target.SetOn > cutOff || !Names(target.Period, spelling))
            {
                continue;
            }

            // Undated entries count as set before any dated one; among equals, the later entry wins.
            if (best is null || SetOrder(target) >= SetOrder(best))
            {
                best = target;
            }
        }

        return best;
    }

    private static LocalDate SetOrder(MeasureTarget target) => target.SetOn ?? LocalDate.MinIsoValue;

    /// <summary>The current period of a frequency at an as-of date (MEA-4): the latest period of that length ending on or before it.</summary>
    internal static PeriodLabel CurrentPeriod(MeasureFrequency frequency, ReportingCalendar calendar, LocalDate asOf) =>
        calendar.LatestClosed(Frequencies.PeriodKindOf(frequency), asOf);

    /// <summary>The measure's actual for a period (the last entry naming it), or null (MEA-4).</summary>
    internal static MeasureActual? ActualFor(Measure measure, PeriodLabel period)
    {
        Span<char> buffer = stackalloc char[PeriodLabel.MaxLength];
        var spelling = Spelling(period, buffer);
        MeasureActual? found = null;
        var actuals = measure.Actuals;
        for (var i = 0; i < actuals.Count; i++)
        {
            if (Names(actuals[i].Period, spelling))
            {
                found = actuals[i];
            }
        }

        return found;
    }

    /// <summary>
    /// The period's spelling (CAL-3), written once into <paramref name="buffer"/> for a whole list to be compared with;
    /// empty for <c>default(PeriodLabel)</c>, which nothing names.
    /// </summary>
    private static ReadOnlySpan<char> Spelling(PeriodLabel period, Span<char> buffer) =>
        period.TryFormat(buffer, out var length) ? buffer[..length] : [];

    /// <summary>
    /// Whether a label's text names the period of <paramref name="spelling"/>. Labels have exactly one spelling (CAL-3), so
    /// comparing the text with the period's spelling is the same as parsing it, without the parse; invalid labels name
    /// nothing either way.
    /// </summary>
    private static bool Names(string text, ReadOnlySpan<char> spelling) =>
        spelling.Length > 0 && text.AsSpan().SequenceEqual(spelling);
}

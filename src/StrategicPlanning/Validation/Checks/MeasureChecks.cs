using System.Globalization;
using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>A measure's weight, tolerance (MEA-5), targets and actuals (MEA-1, VAL-3).</summary>
internal static class MeasureChecks
{
    private const int SmallList = 16;

    public static void Check(ValidationContext context, Measure measure)
    {
        WeightChecks.CheckWeight(context, measure.Weight, "measure");
        if (measure.Tolerance is { } tolerance)
        {
            context.Enter("tolerance");
            Tolerance(context, tolerance);
            context.Leave();
        }

        if (measure.Baseline is { } baseline)
        {
            context.Enter("baseline");
            context.TryLabel(baseline.Period, "period", out _);
            context.CheckMagnitude(baseline.Value, "value");
            context.Leave();
        }

        var own = Frequencies.PeriodKindOf(measure.Frequency);
        Targets(context, measure, own);
        Actuals(context, measure, own);
    }

    private static void Tolerance(ValidationContext context, Tolerance tolerance)
    {
        foreach (var (member, value) in (ReadOnlySpan<(string, decimal)>)[("amberWithin", tolerance.AmberWithin), ("greenWithin", tolerance.GreenWithin)])
        {
            if (!context.CheckMagnitude(value, member))
            {
                continue;
            }

            if (value < 0)
            {
                context.ReportAt(member, ValidationCodes.NegativeTolerance, string.Create(CultureInfo.InvariantCulture, $"{member} is {value}; a tolerance must be 0 or more (MEA-5)."));
            }
        }

        if (tolerance.GreenWithin > tolerance.AmberWithin)
        {
            context.ReportAt("greenWithin", ValidationCodes.GreenToleranceAboveAmber,
                string.Create(CultureInfo.InvariantCulture, $"greenWithin ({tolerance.GreenWithin}) is greater than amberWithin ({tolerance.AmberWithin}); green must be the tighter tolerance (MEA-5)."));
        }
    }

    // The words of SP1102 for targets and actuals, made once: formatting them per value cost a string per target and actual.
    private static string TargetOf(MeasureFrequency frequency) => frequency switch
    {
        MeasureFrequency.Monthly => "a target of a monthly measure",
        MeasureFrequency.Quarterly => "a target of a quarterly measure",
        _ => "a target of an annual measure", // as everywhere, a frequency outside the list counts as annual (Frequencies)
    };

    private static string ActualOf(MeasureFrequency frequency) => frequency switch
    {
        MeasureFrequency.Monthly => "an actual of a monthly measure",
        MeasureFrequency.Quarterly => "an actual of a quarterly measure",
        _ => "an actual of an annual measure", // as everywhere, a frequency outside the list counts as annual (Frequencies)
    };

    private static void Targets(ValidationContext context, Measure measure, PeriodKind own)
    {
        var targets = measure.Targets;
        if (targets.Count == 0)
        {
            return;
        }

        var plan = context.Document.Plan;
        var seen = targets.Count > SmallList ? new HashSet<(string, LocalDate?)>() : null;
        context.Enter("targets");
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            context.Enter(i);
            context.CheckMagnitude(target.Value, "value");
            context.CheckDate(target.SetOn, "setOn");
            if (context.TryLabel(target.Period, "period", out var label)
                && context.CheckKind(label, "period", TargetOf(measure.Frequency), own, PeriodKind.FinancialYear)
                && context.PlanPeriodIsUsable
                && (context.Calendar.EndOf(label) < plan.Start || context.Calendar.StartOf(label) > plan.End))
            {
                context.ReportAt("period", ValidationCodes.TargetOutsidePlan,
                    string.Create(CultureInfo.InvariantCulture, $"The target for {label} ({context.Calendar.StartOf(label):uuuu-MM-dd} to {context.Calendar.EndOf(label):uuuu-MM-dd}) lies outside the plan period {plan.Start:uuuu-MM-dd} to {plan.End:uuuu-MM-dd} (VAL-3)."));
            }

            if (IsRepeat(seen, targets, i, static (a, b) => a.Period == b.Period && a.SetOn == b.SetOn, static t => (t.Period, t.SetOn)))
            {
                context.ReportAt("period", ValidationCodes.DuplicateTarget, target.SetOn is { } setOn
                    ? string.Create(CultureInfo.InvariantCulture, $"There is already a target for {target.Period} set on {setOn:uuuu-MM-dd}; a restated target needs a later setOn (MEA-1, MEA-3).")
                    : $"There is already a target for {target.Period} without setOn; a restated target needs a setOn date (MEA-1, MEA-3).");
            }

            context.Leave();
        }

        context.Leave();
    }

    private static void Actuals(ValidationContext context, Measure measure, PeriodKind own)
    {
        var actuals = measure.Actuals;
        if (actuals.Count == 0)
        {
            return;
        }

        var seen = actuals.Count > SmallList ? new HashSet<string>(StringComparer.Ordinal) : null;
        context.Enter("actuals");
        for (var i = 0; i < actuals.Count; i++)
        {
            var actual = actuals[i];
            context.Enter(i);
            context.CheckMagnitude(actual.Value, "value");
            if (context.TryLabel(actual.Period, "period", out var label))
            {
                context.CheckKind(label, "period", ActualOf(measure.Frequency), own);
            }

            if (seen is not null ? !seen.Add(actual.Period) : RepeatsPeriod(actuals, i))
            {
                context.ReportAt("period", ValidationCodes.DuplicateActual,
                    $"There is already an actual for {actual.Period}; a measure has at most one actual per period (MEA-1).");
            }

            context.Leave();
        }

        context.Leave();
    }

    /// <summary>Whether actual <paramref name="i"/> names the period of an earlier one: the scan for short lists, without a delegate per comparison.</summary>
    private static bool RepeatsPeriod(IReadOnlyList<MeasureActual> actuals, int i)
    {
        var period = actuals[i].Period;
        for (var j = 0; j < i; j++)
        {
            if (string.Equals(actuals[j].Period, period, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether item <paramref name="i"/> repeats an earlier one: a scan for short lists, a set for long ones.</summary>
    private static bool IsRepeat<T, TKey>(HashSet<TKey>? seen, IReadOnlyList<T> items, int i, Func<T, T, bool> same, Func<T, TKey> key)
    {
        if (seen is not null)
        {
            return !seen.Add(key(items[i]));
        }

        for (var j = 0; j < i; j++)
        {
            if (same(items[j], items[i]))
            {
                return true;
            }
        }

        return false;
    }
}

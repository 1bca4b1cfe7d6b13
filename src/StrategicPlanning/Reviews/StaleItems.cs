using System.Globalization;
using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Documents;
using StrategicPlanning.Measures;
using StrategicPlanning.Risks;

namespace StrategicPlanning.Reviews;

/// <summary>REV-7: actions, measures and risks whose information is older than it should be at the as-of date.</summary>
internal static class StaleItems
{
    public static IEnumerable<StaleItem> Find(PlanDocument document, Period cadence, LocalDate asOf) =>
        Actions(document, cadence, asOf).Concat(Measures(document, asOf)).Concat(Risks(document, asOf));

    /// <summary>Actions of the delivery plans that count (ACT-5) whose latest update is older than the cadence; finished ones need none.</summary>
    private static IEnumerable<StaleItem> Actions(PlanDocument document, Period cadence, LocalDate asOf)
    {
        foreach (var action in ActionEvaluator.CountingDeliveryPlans(document, asOf).SelectMany(p => p.Actions))
        {
            var update = ActionEvaluator.LatestUpdate(action, asOf);
            if (update?.Status is ActionStatus.Completed or ActionStatus.Cancelled or ActionStatus.Deferred)
            {
                continue;
            }

            var since = update?.AsOf ?? action.Start;
            if (since.Plus(cadence) < asOf)
            {
                var reason = update is null
                    ? $"no update since it started on {Text(action.Start)}, more than {Durations.Describe(cadence)} before {Text(asOf)} (REV-7)"
                    : $"latest update {Text(update.AsOf)}, more than {Durations.Describe(cadence)} before {Text(asOf)} (REV-7)";
                yield return new StaleItem(StaleItemKind.Action, action.Id, action.Title, update?.AsOf, reason);
            }
        }
    }

    /// <summary>Measures with no actual for their current period (MEA-4).</summary>
    private static IEnumerable<StaleItem> Measures(PlanDocument document, LocalDate asOf)
    {
        var calendar = document.Calendar;
        foreach (var measure in document.Plan.Themes.SelectMany(t => t.Outcomes).SelectMany(o => o.Measures))
        {
            var current = calendar.LatestClosed(MeasureEvaluator.KindOf(measure.Frequency), asOf);
            if (measure.Actuals.Any(a => current.IsSpelledBy(a.Period)))
            {
                continue;
            }

            var last = LatestActualEnd(calendar, measure, asOf);
            yield return new StaleItem(StaleItemKind.Measure, measure.Id, measure.Title, last, $"no actual for {current}, its current period (MEA-4, REV-7)");
        }
    }

    /// <summary>Open risks whose latest assessment is older than their review frequency (RSK-7).</summary>
    private static IEnumerable<StaleItem> Risks(PlanDocument document, LocalDate asOf)
    {
        if (document.RiskRegister is not { } register)
        {
            yield break;
        }

        foreach (var risk in register.Risks.Where(r => r.Status == RiskStatus.Open))
        {
            if (RiskReviewRule.IsOverdue(risk, register, asOf, out var latest))
            {
                var every = RiskReviewRule.FrequencyOf(risk, register);
                var reason = latest is null
                    ? "never assessed since it was registered (RSK-7, REV-7)"
                    : $"last assessed {Text(latest.AsOf)}, more than {Durations.Describe(every)} before {Text(asOf)} (RSK-7, REV-7)";
                yield return new StaleItem(StaleItemKind.Risk, risk.Id, risk.Title, latest?.AsOf, reason);
            }
        }
    }

    private static LocalDate? LatestActualEnd(ReportingCalendar calendar, Measure measure, LocalDate asOf)
    {
        LocalDate? latest = null;
        foreach (var actual in measure.Actuals)
        {
            if (calendar.TryParse(actual.Period, out var label, out _) && calendar.EndOf(label) is var end && end <= asOf && (latest is null || end > latest))
            {
                latest = end;
            }
        }

        return latest;
    }

    private static string Text(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;
using StrategicPlanning.Risks;

namespace StrategicPlanning.Reviews;

/// <summary>REV-7: actions, measures and risks whose information is older than it should be at the as-of date.</summary>
internal static class StaleItems
{
    /// <summary>Dates in words for reasons, each made once: many actions share their update dates.</summary>
    private sealed class DateTexts
    {
        private readonly Dictionary<LocalDate, string> texts = [];

        public string Of(LocalDate date)
        {
            if (!texts.TryGetValue(date, out var text))
            {
                texts[date] = text = Text(date);
            }

            return text;
        }
    }

    public static IEnumerable<StaleItem> Find(PlanDocument document, Period cadence, LocalDate asOf) =>
        Actions(document, cadence, asOf).Concat(Measures(document, asOf)).Concat(Risks(document, asOf));

    /// <summary>Actions of the delivery plans that count (ACT-5) whose latest update is older than the cadence; finished ones need none.</summary>
    private static IEnumerable<StaleItem> Actions(PlanDocument document, Period cadence, LocalDate asOf)
    {
        // The words every reason shares, made once; a plan of a million actions can have half a million stale ones.
        var tail = $", more than {Durations.Describe(cadence)} before {Text(asOf)} (REV-7)";
        var dates = new DateTexts();
        foreach (var plan in ActionEvaluator.CountingDeliveryPlans(document, asOf))
        {
            for (var i = 0; i < plan.Actions.Count; i++)
            {
                var action = plan.Actions[i];
                var update = ActionEvaluator.LatestUpdate(action, asOf);
                if (update?.Status is ActionStatus.Completed or ActionStatus.Cancelled or ActionStatus.Deferred)
                {
                    continue;
                }

                var since = update?.AsOf ?? action.Start;
                if (since.Plus(cadence) < asOf)
                {
                    var reason = update is null
                        ? string.Concat("no update since it started on ", dates.Of(action.Start), tail)
                        : string.Concat("latest update ", dates.Of(update.AsOf), tail);
                    yield return new StaleItem(StaleItemKind.Action, action.Id, action.Title, update?.AsOf, reason);
                }
            }
        }
    }

    /// <summary>Measures with no actual for their current period, as the measure rules find both (MEA-4).</summary>
    private static IEnumerable<StaleItem> Measures(PlanDocument document, LocalDate asOf)
    {
        var calendar = document.Calendar;
        var currents = new Dictionary<MeasureFrequency, (PeriodLabel Period, string Reason)>();
        foreach (var theme in document.Plan.Themes)
        {
            foreach (var outcome in theme.Outcomes)
            {
                foreach (var measure in outcome.Measures)
                {
                    if (!currents.TryGetValue(measure.Frequency, out var current))
                    {
                        var period = MeasureEvaluator.CurrentPeriod(measure.Frequency, calendar, asOf);
                        currents[measure.Frequency] = current = (period, $"no actual for {period}, its current period (MEA-4, REV-7)");
                    }

                    if (MeasureEvaluator.ActualFor(measure, current.Period) is null)
                    {
                        yield return new StaleItem(StaleItemKind.Measure, measure.Id, measure.Title, LatestActualEnd(calendar, measure, asOf), current.Reason);
                    }
                }
            }
        }
    }

    /// <summary>Risks whose latest assessment is older than their review frequency (RSK-7); the risk rule says closed risks never are.</summary>
    private static IEnumerable<StaleItem> Risks(PlanDocument document, LocalDate asOf)
    {
        // A plain null check, not a pattern variable: in an iterator, Stryker cannot compile the mutant that removes
        // the yield break before a pattern variable's use, and it then leaves the whole method unmeasured.
        var register = document.RiskRegister;
        if (register is null)
        {
            yield break;
        }

        foreach (var risk in register.Risks)
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

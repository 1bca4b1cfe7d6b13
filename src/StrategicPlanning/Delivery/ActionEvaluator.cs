using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Delivery;

/// <summary>Evaluates a delivery action at an as-of date (ACT-3, ACT-4). Pure and thread-safe.</summary>
internal static class ActionEvaluator
{
    /// <summary>Evaluates an action: its effective status in the order of ACT-3, overdue milestones and percent complete (ACT-4).</summary>
    /// <param name="action">The action.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    public static ActionEvaluation Evaluate(DeliveryAction action, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(action);
        var update = LatestUpdate(action, asOf);
        var (percent, fromMilestones) = PercentComplete(action, asOf);
        return new ActionEvaluation(action, StatusOf(action, update, asOf), update, OverdueMilestones(action, asOf), percent, fromMilestones);
    }

    /// <summary>The latest update on or before the as-of date; on equal dates the later entry in the list (ACT-3).</summary>
    /// <param name="action">The action.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The update, or null when there is none by then.</returns>
    public static ActionUpdate? LatestUpdate(DeliveryAction action, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(action);
        ActionUpdate? latest = null;
        var updates = action.Updates;
        for (var i = 0; i < updates.Count; i++)
        {
            var update = updates[i];
            if (update.AsOf <= asOf && (latest is null || update.AsOf >= latest.AsOf))
            {
                latest = update;
            }
        }

        return latest;
    }

    /// <summary>
    /// The delivery plans whose actions count at an as-of date (ACT-5): all those whose financial year contains it;
    /// where none does, all those of the most recent financial year that ended before it. A delivery plan counts
    /// for its whole year, whatever its approval date. Plans whose year label is not valid are skipped.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The counting delivery plans, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static IReadOnlyList<DeliveryPlan> CountingDeliveryPlans(PlanDocument document, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        var calendar = document.Calendar;
        var years = new List<(DeliveryPlan Plan, LocalDate Start, LocalDate End)>(document.DeliveryPlans.Count);
        foreach (var plan in document.DeliveryPlans)
        {
            if (calendar.TryParse(plan.Year, out var year, out _) && year.Kind == Calendar.PeriodKind.FinancialYear)
            {
                years.Add((plan, calendar.StartOf(year), calendar.EndOf(year)));
            }
        }

        var current = years.Where(y => y.Start <= asOf && asOf <= y.End).Select(y => y.Plan).ToList();
        if (current.Count > 0)
        {
            return current;
        }

        var ended = years.Where(y => y.End < asOf).ToList();
        if (ended.Count == 0)
        {
            return [];
        }

        var latestEnd = ended.Max(y => y.End);
        return [.. ended.Where(y => y.End == latestEnd).Select(y => y.Plan)];
    }

    /// <summary>
    /// The colour ACT-3 gives an effective status: red when overdue or reported off track, amber when started late or
    /// reported at risk, green when reported on track; no colour when cancelled, deferred, not yet due, complete or
    /// without an update.
    /// </summary>
    /// <param name="status">The effective status.</param>
    /// <returns>The colour, or null when the status has none.</returns>
    public static Rag? RagOf(EffectiveActionStatus status) => status switch
    {
        EffectiveActionStatus.Overdue or EffectiveActionStatus.OffTrack => Rag.Red,
        EffectiveActionStatus.LateStart or EffectiveActionStatus.AtRisk => Rag.Amber,
        EffectiveActionStatus.OnTrack => Rag.Green,
        _ => null,
    };

    /// <summary>ACT-3, in its exact order: what was reported counts only after cancellation, completion and the due date.</summary>
    private static EffectiveActionStatus StatusOf(DeliveryAction action, ActionUpdate? update, LocalDate asOf)
    {
        switch (update?.Status)
        {
            case ActionStatus.Cancelled:
                return EffectiveActionStatus.Cancelled;
            case ActionStatus.Deferred:
                return EffectiveActionStatus.Deferred;
            case ActionStatus.Completed:
                return EffectiveActionStatus.Complete;
        }

        if (action.Due < asOf)
        {
            return EffectiveActionStatus.Overdue;
        }

        return update?.Status switch
        {
            null => action.Start >= asOf ? EffectiveActionStatus.NotYetDue : EffectiveActionStatus.NoData,
            ActionStatus.NotStarted => action.Start >= asOf ? EffectiveActionStatus.NotYetDue : EffectiveActionStatus.LateStart,
            ActionStatus.OnTrack => EffectiveActionStatus.OnTrack,
            ActionStatus.AtRisk => EffectiveActionStatus.AtRisk,
            _ => EffectiveActionStatus.OffTrack,
        };
    }

    /// <summary>ACT-4: due before the as-of date and not completed by it.</summary>
    private static ValueList<Milestone> OverdueMilestones(DeliveryAction action, LocalDate asOf)
    {
        List<Milestone>? overdue = null;
        var milestones = action.Milestones;
        for (var i = 0; i < milestones.Count; i++)
        {
            var milestone = milestones[i];
            if (milestone.Due < asOf && !(milestone.Completed <= asOf))
            {
                (overdue ??= []).Add(milestone);
            }
        }

        return overdue is null ? ValueList<Milestone>.Empty : ValueList.From(overdue);
    }

    /// <summary>ACT-4: the figure of the latest update on or before the as-of date that gives one, else the share of milestones completed by then.</summary>
    private static (decimal? Percent, bool FromMilestones) PercentComplete(DeliveryAction action, LocalDate asOf)
    {
        ActionUpdate? reported = null;
        var updates = action.Updates;
        for (var i = 0; i < updates.Count; i++)
        {
            var update = updates[i];
            if (update.PercentComplete is not null && update.AsOf <= asOf && (reported is null || update.AsOf >= reported.AsOf))
            {
                reported = update;
            }
        }

        if (reported?.PercentComplete is { } percent)
        {
            return (percent, false);
        }

        if (action.Milestones.Count == 0)
        {
            return (null, false);
        }

        var done = 0;
        for (var i = 0; i < action.Milestones.Count; i++)
        {
            if (action.Milestones[i].Completed <= asOf)
            {
                done++;
            }
        }

        return (done * 100m / action.Milestones.Count, true);
    }
}

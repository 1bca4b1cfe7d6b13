using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Delivery;

/// <summary>A delivery action evaluated at an as-of date (ACT-3, ACT-4).</summary>
/// <param name="Action">The action.</param>
/// <param name="Status">The effective status (ACT-3).</param>
/// <param name="LatestUpdate">The latest update on or before the as-of date, or null.</param>
/// <param name="OverdueMilestones">Milestones due before the as-of date and not completed by it (ACT-4).</param>
/// <param name="PercentComplete">The latest update's percent complete, else the share of milestones completed by the as-of date, else null (ACT-4).</param>
/// <param name="PercentCompleteFromMilestones">True when <paramref name="PercentComplete"/> was worked out from milestones.</param>
public readonly record struct ActionEvaluation(
    DeliveryAction Action,
    EffectiveActionStatus Status,
    ActionUpdate? LatestUpdate,
    IReadOnlyList<Milestone> OverdueMilestones,
    decimal? PercentComplete,
    bool PercentCompleteFromMilestones)
{
    /// <summary>Gets the colour ACT-3 gives the effective status.</summary>
    /// <value>Red when overdue or reported off track, amber when started late or reported at risk, green when reported on track; null when cancelled, deferred, not yet due, complete or without an update.</value>
    public Rag? Rag => ActionEvaluator.RagOf(Status);
}

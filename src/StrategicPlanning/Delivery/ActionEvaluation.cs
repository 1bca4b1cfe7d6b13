using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Delivery;

/// <summary>A delivery action evaluated at an as-of date (ACT-3, ACT-4).</summary>
public readonly record struct ActionEvaluation
{
    internal ActionEvaluation(DeliveryAction action, EffectiveActionStatus status, ActionUpdate? latestUpdate, IReadOnlyList<Milestone> overdueMilestones, decimal? percentComplete, bool percentCompleteFromMilestones)
    {
        Action = action;
        Status = status;
        LatestUpdate = latestUpdate;
        OverdueMilestones = overdueMilestones;
        PercentComplete = percentComplete;
        PercentCompleteFromMilestones = percentCompleteFromMilestones;
    }

    /// <summary>Gets the action.</summary>
    public DeliveryAction Action { get; }

    /// <summary>Gets the effective status (ACT-3).</summary>
    public EffectiveActionStatus Status { get; }

    /// <summary>Gets the latest update on or before the as-of date, or null.</summary>
    public ActionUpdate? LatestUpdate { get; }

    /// <summary>Gets milestones due before the as-of date and not completed by it (ACT-4).</summary>
    public IReadOnlyList<Milestone> OverdueMilestones { get; }

    /// <summary>Gets the latest update's percent complete, else the share of milestones completed by the as-of date, else null (ACT-4).</summary>
    public decimal? PercentComplete { get; }

    /// <summary>Gets whether <see cref="PercentComplete"/> was worked out from milestones.</summary>
    public bool PercentCompleteFromMilestones { get; }

    /// <summary>Gets the colour ACT-3 gives the effective status.</summary>
    /// <value>Red when overdue or reported off track, amber when started late or reported at risk, green when reported on track; null when cancelled, deferred, not yet due, complete or without an update.</value>
    public Rag? Rag => ActionEvaluator.RagOf(Status);
}

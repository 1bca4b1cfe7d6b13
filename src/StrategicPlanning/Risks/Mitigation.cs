using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Model;

namespace StrategicPlanning.Risks;

/// <summary>A delivery action that mitigates a risk, with its effective status at the as-of date (ACT-3).</summary>
public sealed record Mitigation
{
    internal Mitigation(string actionId, DeliveryAction? action, EffectiveActionStatus? status)
    {
        ActionId = actionId;
        Action = action;
        Status = status;
    }

    /// <summary>Gets the action's id as the risk names it.</summary>
    public string ActionId { get; }

    /// <summary>Gets the action, or null when the id does not resolve (a validation error, SP1005).</summary>
    public DeliveryAction? Action { get; }

    /// <summary>Gets the action's effective status, or null when it does not resolve.</summary>
    public EffectiveActionStatus? Status { get; }

    /// <summary>Gets whether the mitigation is itself red (off track or overdue): the risk's control is failing.</summary>
    public bool IsRed => Status is { } status && ActionEvaluator.RagOf(status) == Rag.Red;
}

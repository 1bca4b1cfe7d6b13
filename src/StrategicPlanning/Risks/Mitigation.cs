using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Model;

namespace StrategicPlanning.Risks;

/// <summary>A delivery action that mitigates a risk, with its effective status at the as-of date (ACT-3).</summary>
/// <param name="ActionId">The action's id as the risk names it.</param>
/// <param name="Action">The action, or null when the id does not resolve (a validation error, SP1005).</param>
/// <param name="Status">The action's effective status, or null when it does not resolve.</param>
public sealed record Mitigation(string ActionId, DeliveryAction? Action, EffectiveActionStatus? Status)
{
    /// <summary>Gets whether the mitigation is itself red (off track or overdue): the risk's control is failing.</summary>
    public bool IsRed => Status is { } status && ActionEvaluator.RagOf(status) == Rag.Red;
}

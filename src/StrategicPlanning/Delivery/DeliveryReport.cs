using NodaTime;
using StrategicPlanning.Model;

namespace StrategicPlanning.Delivery;

/// <summary>
/// Delivery at an as-of date (ACT-3..5): the delivery plans that count then, and each of their actions with its
/// effective status, overdue milestones and percent complete, in document order.
/// </summary>
/// <remarks>Immutable and thread-safe. Get one from <see cref="DeliveryRules.Evaluate"/>.</remarks>
public sealed class DeliveryReport
{
    private readonly Lazy<Dictionary<string, int>> byId;

    internal DeliveryReport(LocalDate asOf, IReadOnlyList<DeliveryPlan> countingPlans, IReadOnlyList<ActionEvaluation> actions)
    {
        AsOf = asOf;
        CountingPlans = countingPlans;
        Actions = actions;
        byId = new(() =>
        {
            var map = new Dictionary<string, int>(actions.Count, StringComparer.Ordinal);
            for (var i = 0; i < actions.Count; i++)
            {
                map.TryAdd(actions[i].Action.Id, i);
            }

            return map;
        });
    }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>
    /// Gets the delivery plans whose actions count at the as-of date (ACT-5): those whose financial year contains it,
    /// else those of the most recent financial year that ended before it; in document order.
    /// </summary>
    public IReadOnlyList<DeliveryPlan> CountingPlans { get; }

    /// <summary>Gets the evaluation of every action of <see cref="CountingPlans"/>, in document order (ACT-3, ACT-4).</summary>
    public IReadOnlyList<ActionEvaluation> Actions { get; }

    /// <summary>Finds the evaluation of an action of a counting delivery plan.</summary>
    /// <param name="actionId">The action's id.</param>
    /// <returns>The evaluation, or null when no counting delivery plan has such an action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actionId"/> is null.</exception>
    public ActionEvaluation? Find(string actionId)
    {
        ArgumentNullException.ThrowIfNull(actionId);
        return byId.Value.TryGetValue(actionId, out var index) ? Actions[index] : null;
    }
}

using StrategicPlanning.Delivery;
using StrategicPlanning.Finance;
using StrategicPlanning.Measures;
using StrategicPlanning.Plans;
using StrategicPlanning.Risks;

namespace StrategicPlanning.Documents;

/// <summary>
/// Lookups by id and parent/child maps of one <see cref="PlanDocument"/>, built once in one pass
/// (ARCHITECTURE.md: the one place that turns lists into dictionaries). Every lookup is O(1).
/// </summary>
/// <remarks>
/// Get it from <see cref="PlanDocument.Index"/>. Immutable once built and thread-safe. Ids are
/// case-sensitive. Where a document repeats an id (a validation error, VAL-2) the first item in document
/// order wins; where a reference does not resolve, the lookup returns null.
/// </remarks>
public sealed class PlanIndex
{
    private readonly Dictionary<string, Theme> themes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Outcome> outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Theme> themeOfOutcome = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Measure> measures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Outcome> outcomeOfMeasure = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeliveryPlan> deliveryPlans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeliveryAction> actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeliveryPlan> planOfAction = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DeliveryAction>> actionsByOutcome = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BudgetLine> budgetLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Risk> risks = new(StringComparer.Ordinal);

    internal PlanIndex(PlanDocument document)
    {
        foreach (var theme in document.Plan.Themes)
        {
            themes.TryAdd(theme.Id, theme);
            foreach (var outcome in theme.Outcomes)
            {
                if (outcomes.TryAdd(outcome.Id, outcome))
                {
                    themeOfOutcome.Add(outcome.Id, theme);
                }

                foreach (var measure in outcome.Measures)
                {
                    if (measures.TryAdd(measure.Id, measure))
                    {
                        outcomeOfMeasure.Add(measure.Id, outcome);
                    }
                }
            }
        }

        foreach (var deliveryPlan in document.DeliveryPlans)
        {
            deliveryPlans.TryAdd(deliveryPlan.Id, deliveryPlan);
            foreach (var action in deliveryPlan.Actions)
            {
                IndexAction(deliveryPlan, action);
            }
        }

        foreach (var line in document.FinancialStrategy?.Lines ?? [])
        {
            budgetLines.TryAdd(line.Id, line);
        }

        foreach (var risk in document.RiskRegister?.Risks ?? [])
        {
            risks.TryAdd(risk.Id, risk);
        }
    }

    /// <summary>Finds a theme by id.</summary>
    /// <param name="id">The theme's id.</param>
    /// <returns>The theme, or null when there is none.</returns>
    public Theme? FindTheme(string id) => Find(themes, id);

    /// <summary>Finds an outcome by id.</summary>
    /// <param name="id">The outcome's id.</param>
    /// <returns>The outcome, or null when there is none.</returns>
    public Outcome? FindOutcome(string id) => Find(outcomes, id);

    /// <summary>Finds the theme that holds an outcome.</summary>
    /// <param name="outcomeId">The outcome's id.</param>
    /// <returns>The theme, or null when there is no such outcome.</returns>
    public Theme? FindThemeOfOutcome(string outcomeId) => Find(themeOfOutcome, outcomeId);

    /// <summary>Finds a measure by id.</summary>
    /// <param name="id">The measure's id.</param>
    /// <returns>The measure, or null when there is none.</returns>
    public Measure? FindMeasure(string id) => Find(measures, id);

    /// <summary>Finds the outcome that holds a measure.</summary>
    /// <param name="measureId">The measure's id.</param>
    /// <returns>The outcome, or null when there is no such measure.</returns>
    public Outcome? FindOutcomeOfMeasure(string measureId) => Find(outcomeOfMeasure, measureId);

    /// <summary>Finds a delivery plan by id.</summary>
    /// <param name="id">The delivery plan's id.</param>
    /// <returns>The delivery plan, or null when there is none.</returns>
    public DeliveryPlan? FindDeliveryPlan(string id) => Find(deliveryPlans, id);

    /// <summary>Finds a delivery action by id, in any delivery plan.</summary>
    /// <param name="id">The action's id.</param>
    /// <returns>The action, or null when there is none.</returns>
    public DeliveryAction? FindAction(string id) => Find(actions, id);

    /// <summary>Finds the delivery plan that holds an action.</summary>
    /// <param name="actionId">The action's id.</param>
    /// <returns>The delivery plan, or null when there is no such action.</returns>
    public DeliveryPlan? FindDeliveryPlanOfAction(string actionId) => Find(planOfAction, actionId);

    /// <summary>Gets the actions, from every delivery plan, that name an outcome (AGG-1), in document order.</summary>
    /// <param name="outcomeId">The outcome's id.</param>
    /// <returns>The actions; empty when none name it.</returns>
    public IReadOnlyList<DeliveryAction> ActionsFor(string outcomeId)
    {
        ArgumentNullException.ThrowIfNull(outcomeId);
        return actionsByOutcome.TryGetValue(outcomeId, out var list) ? list : [];
    }

    /// <summary>Finds a budget line of the MTFS by id.</summary>
    /// <param name="id">The line's id.</param>
    /// <returns>The line, or null when there is none.</returns>
    public BudgetLine? FindBudgetLine(string id) => Find(budgetLines, id);

    /// <summary>Finds a risk by id.</summary>
    /// <param name="id">The risk's id.</param>
    /// <returns>The risk, or null when there is none.</returns>
    public Risk? FindRisk(string id) => Find(risks, id);

    private void IndexAction(DeliveryPlan deliveryPlan, DeliveryAction action)
    {
        if (!actions.TryAdd(action.Id, action))
        {
            return;
        }

        planOfAction.Add(action.Id, deliveryPlan);
        foreach (var outcomeId in action.OutcomeIds)
        {
            if (!actionsByOutcome.TryGetValue(outcomeId, out var list))
            {
                list = [];
                actionsByOutcome.Add(outcomeId, list);
            }

            // An action naming the same outcome twice still counts once under it.
            if (list.Count == 0 || !ReferenceEquals(list[^1], action))
            {
                list.Add(action);
            }
        }
    }

    private static T? Find<T>(Dictionary<string, T> map, string id)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(id);
        return map.GetValueOrDefault(id);
    }
}

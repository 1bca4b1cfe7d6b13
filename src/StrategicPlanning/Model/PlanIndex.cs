
namespace StrategicPlanning.Model;

/// <summary>
/// Lookups by id and parent/child maps of one <see cref="PlanDocument"/>, built once in one pass
/// (docs/architecture.md: the one place that turns lists into dictionaries). Every lookup is O(1).
/// </summary>
/// <remarks>
/// Get it from <see cref="PlanDocument.Index"/>. Immutable once built and thread-safe. Ids are
/// case-sensitive. Where a document repeats an id (a validation error, VAL-2) the first item in document
/// order wins; where a reference does not resolve, the lookup returns null.
/// </remarks>
public sealed class PlanIndex
{
    // One dictionary per kind, each entry holding the item and its parent: half the entries of a dictionary per lookup.
    private readonly Dictionary<string, Theme> themes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Outcome Outcome, Theme Theme)> outcomes;
    private readonly PlanDocument document;
    private readonly int measureCount;

    // The measures by id, the largest map, built on the first lookup: neither validation nor scoring looks a measure up
    // by id, so a document that is only read, validated and scored never builds it.
    private readonly Lazy<Dictionary<string, (Measure Measure, Outcome Outcome)>> measures;
    private readonly Dictionary<string, DeliveryPlan> deliveryPlans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DeliveryAction Action, DeliveryPlan Plan)> actions;
    private readonly Dictionary<string, List<DeliveryAction>> actionsByOutcome;
    private readonly Dictionary<string, BudgetLine> budgetLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Risk> risks = new(StringComparer.Ordinal);

    internal PlanIndex(PlanDocument document)
    {
        // Sized once from a count, so that a million-leaf plan does not rebuild its dictionaries twenty times over.
        this.document = document;
        measures = new(BuildMeasures);
        int outcomeCount = 0, actionCount = 0;
        foreach (var theme in document.Plan.Themes)
        {
            outcomeCount += theme.Outcomes.Count;
            for (var i = 0; i < theme.Outcomes.Count; i++)
            {
                measureCount += theme.Outcomes[i].Measures.Count;
            }
        }

        foreach (var deliveryPlan in document.DeliveryPlans)
        {
            actionCount += deliveryPlan.Actions.Count;
        }

        ItemCount = document.Plan.Themes.Count + outcomeCount + measureCount + document.DeliveryPlans.Count + actionCount
            + (document.FinancialStrategy?.Lines.Count ?? 0) + (document.RiskRegister?.Risks.Count ?? 0);
        outcomes = new(outcomeCount, StringComparer.Ordinal);
        actions = new(actionCount, StringComparer.Ordinal);
        actionsByOutcome = new(outcomeCount, StringComparer.Ordinal);
        foreach (var theme in document.Plan.Themes)
        {
            themes.TryAdd(theme.Id, theme);
            for (var o = 0; o < theme.Outcomes.Count; o++)
            {
                var outcome = theme.Outcomes[o];
                outcomes.TryAdd(outcome.Id, (outcome, theme));
            }
        }

        foreach (var deliveryPlan in document.DeliveryPlans)
        {
            deliveryPlans.TryAdd(deliveryPlan.Id, deliveryPlan);
            for (var a = 0; a < deliveryPlan.Actions.Count; a++)
            {
                IndexAction(deliveryPlan, deliveryPlan.Actions[a]);
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

    /// <summary>Gets how many themes, outcomes, measures, delivery plans, actions, budget lines and risks the document holds: a size hint.</summary>
    internal int ItemCount { get; }

    /// <summary>Finds a theme by id.</summary>
    /// <param name="id">The theme's id.</param>
    /// <returns>The theme, or null when there is none.</returns>
    public Theme? FindTheme(string id) => Find(themes, id);

    /// <summary>Finds an outcome by id.</summary>
    /// <param name="id">The outcome's id.</param>
    /// <returns>The outcome, or null when there is none.</returns>
    public Outcome? FindOutcome(string id) => Find(outcomes, id).Item;

    /// <summary>Finds the theme that holds an outcome.</summary>
    /// <param name="outcomeId">The outcome's id.</param>
    /// <returns>The theme, or null when there is no such outcome.</returns>
    public Theme? FindThemeOfOutcome(string outcomeId) => Find(outcomes, outcomeId).Parent;

    /// <summary>Finds a measure by id.</summary>
    /// <param name="id">The measure's id.</param>
    /// <returns>The measure, or null when there is none.</returns>
    public Measure? FindMeasure(string id) => Find(measures.Value, id).Item;

    /// <summary>Finds the outcome that holds a measure.</summary>
    /// <param name="measureId">The measure's id.</param>
    /// <returns>The outcome, or null when there is no such measure.</returns>
    public Outcome? FindOutcomeOfMeasure(string measureId) => Find(measures.Value, measureId).Parent;

    private Dictionary<string, (Measure Measure, Outcome Outcome)> BuildMeasures()
    {
        var map = new Dictionary<string, (Measure Measure, Outcome Outcome)>(measureCount, StringComparer.Ordinal);
        foreach (var theme in document.Plan.Themes)
        {
            for (var o = 0; o < theme.Outcomes.Count; o++)
            {
                var outcome = theme.Outcomes[o];
                for (var m = 0; m < outcome.Measures.Count; m++)
                {
                    map.TryAdd(outcome.Measures[m].Id, (outcome.Measures[m], outcome));
                }
            }
        }

        return map;
    }

    /// <summary>Finds a delivery plan by id.</summary>
    /// <param name="id">The delivery plan's id.</param>
    /// <returns>The delivery plan, or null when there is none.</returns>
    public DeliveryPlan? FindDeliveryPlan(string id) => Find(deliveryPlans, id);

    /// <summary>Finds a delivery action by id, in any delivery plan.</summary>
    /// <param name="id">The action's id.</param>
    /// <returns>The action, or null when there is none.</returns>
    public DeliveryAction? FindAction(string id) => Find(actions, id).Item;

    /// <summary>Finds the delivery plan that holds an action.</summary>
    /// <param name="actionId">The action's id.</param>
    /// <returns>The delivery plan, or null when there is no such action.</returns>
    public DeliveryPlan? FindDeliveryPlanOfAction(string actionId) => Find(actions, actionId).Parent;

    /// <summary>Gets the actions, from every delivery plan, that name an outcome (AGG-1), in document order.</summary>
    /// <param name="outcomeId">The outcome's id.</param>
    /// <returns>The actions; empty when none name it.</returns>
    public IReadOnlyList<DeliveryAction> ActionsFor(string outcomeId)
    {
        ArgumentNullException.ThrowIfNull(outcomeId);
        // A read-only view: the index is shared by every reader of the document and must not be changed through it.
        return actionsByOutcome.TryGetValue(outcomeId, out var list) ? list.AsReadOnly() : [];
    }

    /// <summary>Like <see cref="ActionsFor"/>, without the read-only view, for the library's own rules, which only read it.</summary>
    internal IReadOnlyList<DeliveryAction> ActionsNaming(string outcomeId) =>
        actionsByOutcome.TryGetValue(outcomeId, out var list) ? list : [];

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
        if (!actions.TryAdd(action.Id, (action, deliveryPlan)))
        {
            return;
        }

        for (var i = 0; i < action.OutcomeIds.Count; i++)
        {
            var outcomeId = action.OutcomeIds[i];
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

    private static (T1? Item, T2? Parent) Find<T1, T2>(Dictionary<string, (T1, T2)> map, string id)
        where T1 : class
        where T2 : class
    {
        ArgumentNullException.ThrowIfNull(id);
        return map.TryGetValue(id, out var found) ? found : default;
    }
}

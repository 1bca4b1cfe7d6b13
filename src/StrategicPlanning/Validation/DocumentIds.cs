using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>
/// Every id of a document whose ids are all well-formed and unique (VAL-2), each with the kind of item that carries it,
/// and, for each outcome, the actions that name it (AGG-1): what the checks after VAL-2 look up, from the one table
/// VAL-2 fills anyway. With it, validation does not build the document's <see cref="PlanIndex"/> (a second hash of
/// every id, and one per outcome an action names); a document with a malformed or repeated id gets no table, and the
/// checks use the index, whose "first in document order wins" then matters.
/// </summary>
internal sealed class DocumentIds
{
    private const int KindBits = 3;
    private const int KindMask = (1 << KindBits) - 1;

    // Each id's value: the item's ordinal among its kind (outcomes are numbered in document order), then its kind.
    private readonly Dictionary<string, int> ids;
    private readonly int[] actionsNaming;
    private readonly bool[] anyPositiveAction;

    private DocumentIds(Dictionary<string, int> ids, int[] actionsNaming, bool[] anyPositiveAction)
    {
        this.ids = ids;
        this.actionsNaming = actionsNaming;
        this.anyPositiveAction = anyPositiveAction;
    }

    /// <summary>The kinds of item the checks look up by id.</summary>
    public enum Kind
    {
        Other,
        Theme,
        Outcome,
        Action,
    }

    /// <summary>Whether an id names an item of a kind.</summary>
    public bool Is(string id, Kind kind) => ids.TryGetValue(id, out var value) && (value & KindMask) == (int)kind;

    /// <summary>How many actions name the outcome with this id (each once, however often it names it).</summary>
    public int ActionsNaming(string outcomeId) => OutcomeOrdinal(outcomeId) is var o && o >= 0 ? actionsNaming[o] : 0;

    /// <summary>Whether an action naming the outcome with this id has a positive weight.</summary>
    public bool AnyPositiveActionNaming(string outcomeId) => OutcomeOrdinal(outcomeId) is var o && o >= 0 && anyPositiveAction[o];

    /// <summary>
    /// Collects a document's ids; returns null when one is malformed or repeated (VAL-2 then walks the document
    /// to report each in document order).
    /// </summary>
    public static DocumentIds? TryCollect(PlanDocument document)
    {
        var plan = document.Plan;
        int outcomeCount = 0, capacity = 1 + plan.Themes.Count + document.DeliveryPlans.Count + 2;
        foreach (var theme in plan.Themes)
        {
            outcomeCount += theme.Outcomes.Count;
            for (var o = 0; o < theme.Outcomes.Count; o++)
            {
                capacity += 1 + theme.Outcomes[o].Measures.Count;
            }
        }

        foreach (var deliveryPlan in document.DeliveryPlans)
        {
            for (var a = 0; a < deliveryPlan.Actions.Count; a++)
            {
                capacity += 1 + deliveryPlan.Actions[a].Milestones.Count;
            }
        }

        capacity += (document.FinancialStrategy?.Lines.Count ?? 0) + (document.RiskRegister?.Risks.Count ?? 0);

        // Sized once: a dictionary grown from empty would be rebuilt a dozen times at 100,000 leaves.
        var ids = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        var ok = Take(ids, plan.Id, Kind.Other, 0);
        var ordinal = 0;
        for (var t = 0; t < plan.Themes.Count; t++)
        {
            var theme = plan.Themes[t];
            ok &= Take(ids, theme.Id, Kind.Theme, t);
            for (var o = 0; o < theme.Outcomes.Count; o++)
            {
                var outcome = theme.Outcomes[o];
                ok &= Take(ids, outcome.Id, Kind.Outcome, ordinal++);
                for (var m = 0; m < outcome.Measures.Count; m++)
                {
                    ok &= Take(ids, outcome.Measures[m].Id, Kind.Other, 0);
                }
            }
        }

        // The outcomes are all in the table now: each action's outcome ids resolve with one lookup each.
        var actionsNaming = new int[outcomeCount];
        var anyPositive = new bool[outcomeCount];
        var lastAction = new int[outcomeCount];
        var action = 0;
        foreach (var deliveryPlan in document.DeliveryPlans)
        {
            ok &= Take(ids, deliveryPlan.Id, Kind.Other, 0);
            for (var a = 0; a < deliveryPlan.Actions.Count; a++)
            {
                var item = deliveryPlan.Actions[a];
                ok &= Take(ids, item.Id, Kind.Action, 0);
                for (var m = 0; m < item.Milestones.Count; m++)
                {
                    ok &= Take(ids, item.Milestones[m].Id, Kind.Other, 0);
                }

                action++; // numbered from 1, so that 0 in lastAction means no action yet
                for (var i = 0; i < item.OutcomeIds.Count; i++)
                {
                    if (ids.TryGetValue(item.OutcomeIds[i], out var value) && (value & KindMask) == (int)Kind.Outcome
                        && value >> KindBits is var o && lastAction[o] != action)
                    {
                        lastAction[o] = action;
                        actionsNaming[o]++;
                        anyPositive[o] |= item.Weight > 0;
                    }
                }
            }
        }

        if (document.FinancialStrategy is { } strategy)
        {
            ok &= strategy.Id is null || Take(ids, strategy.Id, Kind.Other, 0);
            foreach (var line in strategy.Lines)
            {
                ok &= Take(ids, line.Id, Kind.Other, 0);
            }
        }

        if (document.RiskRegister is { } register)
        {
            ok &= register.Id is null || Take(ids, register.Id, Kind.Other, 0);
            foreach (var risk in register.Risks)
            {
                ok &= Take(ids, risk.Id, Kind.Other, 0);
            }
        }

        return ok ? new DocumentIds(ids, actionsNaming, anyPositive) : null;
    }

    private int OutcomeOrdinal(string id) =>
        ids.TryGetValue(id, out var value) && (value & KindMask) == (int)Kind.Outcome ? value >> KindBits : -1;

    private static bool Take(Dictionary<string, int> ids, string id, Kind kind, int ordinal) =>
        IdChecks.IsValidId(id) & ids.TryAdd(id, (ordinal << KindBits) | (int)kind);
}

using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Finance;

/// <summary>
/// FIN-6: the money attributed to each theme, per year. Each allocation is split equally across the distinct
/// outcomes its action names, to the penny, the remainder to the first; each share goes to its outcome's theme.
/// Money whose action names no outcome of the plan is unattributed, so themes plus unattributed always add up to
/// every allocation.
/// </summary>
internal sealed class ThemeAttribution : IAllocationObserver
{
    // Money per theme id, in one array per theme: [year index * 3 + kind]. Allocations of one theme come in runs
    // (an outcome's actions, a theme's outcomes), so the last theme's array is kept at hand: a plan of a million
    // leaves then touches its dictionary of themes once per run, not once per allocation.
    private readonly Dictionary<string, decimal[]> money;
    private readonly decimal[] unattributed;
    private readonly FinanceLedger ledger;
    private readonly List<string> scratch = [];
    private DeliveryAction? lastAction;
    private string? lastOutcomeId;
    private Model.Theme? lastTheme;
    private string? lastThemeId;
    private decimal[]? lastMoney;

    /// <summary>Starts an empty attribution over the ledger's MTFS years; the ledger adds each allocation it places.</summary>
    internal ThemeAttribution(FinanceLedger ledger)
    {
        this.ledger = ledger;
        unattributed = new decimal[ledger.Years.Count * 3];
        money = new Dictionary<string, decimal[]>(ledger.Document.Plan.Themes.Count, StringComparer.Ordinal);
    }

    /// <summary>Each theme of the plan (in plan order) and the unattributed money, over the given years.</summary>
    public (IReadOnlyList<ThemeMoney> Themes, ThemeMoney Unattributed) For(IReadOnlyList<PeriodLabel> years)
    {
        var themes = ledger.Document.Plan.Themes
            .Where(t => ReferenceEquals(ledger.Document.Index.FindTheme(t.Id), t))
            .Select(t => Sum(t.Id, t.Name, years))
            .ToList();
        return (ValueList.From(themes), Sum(null, "Unattributed", years));
    }

    /// <summary>Adds one placed allocation: split over its action's distinct outcomes, each share to its theme.</summary>
    public void Placed(DeliveryAction action, BudgetLineKind kind, int yearIndex, decimal amount)
    {
        // An action's allocations come one after another: its themes are worked out once for all of them.
        if (!ReferenceEquals(action, lastAction))
        {
            OutcomeThemes(action);
            lastAction = action;
        }

        var themes = scratch;
        if (themes.Count == 0)
        {
            Add(null, yearIndex, kind, amount);
            return;
        }

        var (first, each) = MoneySplit.Equally(amount, themes.Count);
        for (var i = 0; i < themes.Count; i++)
        {
            Add(themes[i], yearIndex, kind, i == 0 ? first : each);
        }
    }

    /// <summary>The theme of each distinct outcome the action names that is in the plan, in the action's order (FIN-6).</summary>
    private List<string> OutcomeThemes(DeliveryAction action)
    {
        var index = ledger.Document.Index;
        var outcomeIds = action.OutcomeIds;
        scratch.Clear();
        for (var i = 0; i < outcomeIds.Count; i++)
        {
            // Outcome lists are short: a scan for an earlier copy beats a set allocated per allocation.
            if (!NamedEarlier(outcomeIds, i) && ThemeOf(index, outcomeIds[i]) is { } theme)
            {
                scratch.Add(theme.Id);
            }
        }

        return scratch;
    }

    /// <summary>The theme of an outcome, remembering the last one asked about: neighbouring actions serve the same outcome.</summary>
    private Model.Theme? ThemeOf(Model.PlanIndex index, string outcomeId)
    {
        if (!ReferenceEquals(outcomeId, lastOutcomeId))
        {
            lastTheme = index.FindThemeOfOutcome(outcomeId);
            lastOutcomeId = outcomeId;
        }

        return lastTheme;
    }

    /// <summary>Whether the id at <paramref name="position"/> is named earlier in the list: only its first naming counts.</summary>
    private static bool NamedEarlier(IReadOnlyList<string> ids, int position)
    {
        for (var i = 0; i < position; i++)
        {
            if (string.Equals(ids[i], ids[position], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(string? themeId, int yearIndex, BudgetLineKind kind, decimal amount) =>
        MoneyOf(themeId, create: true)![Slot(yearIndex, kind)] += amount;

    private decimal[]? MoneyOf(string? themeId, bool create)
    {
        if (themeId is null)
        {
            return unattributed;
        }

        if (ReferenceEquals(themeId, lastThemeId))
        {
            return lastMoney;
        }

        if (!money.TryGetValue(themeId, out var found) && create)
        {
            found = new decimal[ledger.Years.Count * 3];
            money.Add(themeId, found);
        }

        (lastThemeId, lastMoney) = (themeId, found);
        return found;
    }

    private static int Slot(int yearIndex, BudgetLineKind kind) => (yearIndex * 3) + kind switch
    {
        BudgetLineKind.Revenue => 0,
        BudgetLineKind.Capital => 1,
        _ => 2,
    };

    private ThemeMoney Sum(string? themeId, string name, IReadOnlyList<PeriodLabel> years)
    {
        decimal revenue = 0m, capital = 0m, savings = 0m;
        var sums = themeId is null ? unattributed : money.GetValueOrDefault(themeId);
        foreach (var year in years)
        {
            var index = ledger.Years.IndexOf(year);
            if (sums is null || index < 0)
            {
                continue;
            }

            revenue += sums[Slot(index, BudgetLineKind.Revenue)];
            capital += sums[Slot(index, BudgetLineKind.Capital)];
            savings += sums[Slot(index, BudgetLineKind.Savings)];
        }

        return new ThemeMoney(themeId, name, revenue, capital, savings);
    }
}

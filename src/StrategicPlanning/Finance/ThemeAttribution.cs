using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Delivery;

namespace StrategicPlanning.Finance;

/// <summary>
/// FIN-6: the money attributed to each theme, per year. Each allocation is split equally across the distinct
/// outcomes its action names, to the penny, the remainder to the first; each share goes to its outcome's theme.
/// Money whose action names no outcome of the plan is unattributed, so themes plus unattributed always add up to
/// every allocation.
/// </summary>
internal sealed class ThemeAttribution
{
    private readonly Dictionary<(string? ThemeId, PeriodLabel Year, BudgetLineKind Kind), decimal> money = [];
    private readonly FinanceLedger ledger;
    private readonly List<string> scratch = [];
    private DeliveryAction? lastAction;
    private string? lastOutcomeId;
    private Plans.Theme? lastTheme;

    private ThemeAttribution(FinanceLedger ledger) => this.ledger = ledger;

    public static ThemeAttribution Build(FinanceLedger ledger)
    {
        var attribution = new ThemeAttribution(ledger);
        foreach (var (action, line, year, amount) in ledger.Placed)
        {
            attribution.Attribute(action, line.Kind, year, amount);
        }

        return attribution;
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

    private void Attribute(DeliveryAction action, BudgetLineKind kind, PeriodLabel year, decimal amount)
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
            Add(null, year, kind, amount);
            return;
        }

        var (first, each) = MoneySplit.Equally(amount, themes.Count);
        for (var i = 0; i < themes.Count; i++)
        {
            Add(themes[i], year, kind, i == 0 ? first : each);
        }
    }

    /// <summary>The theme of each distinct outcome the action names that is in the plan, in the action's order.</summary>
    /// <summary>The theme of each distinct outcome the action names, in its order (one entry per outcome, FIN-6).</summary>
    private List<string> OutcomeThemes(DeliveryAction action)
    {
        var index = ledger.Document.Index;
        var outcomeIds = action.OutcomeIds;
        scratch.Clear();
        for (var i = 0; i < outcomeIds.Count; i++)
        {
            // Outcome lists are short: a scan for an earlier copy beats a set allocated per allocation.
            if (IndexOf(outcomeIds, outcomeIds[i]) == i && ThemeOf(index, outcomeIds[i]) is { } theme)
            {
                scratch.Add(theme.Id);
            }
        }

        return scratch;
    }

    /// <summary>The theme of an outcome, remembering the last one asked about: neighbouring actions serve the same outcome.</summary>
    private Plans.Theme? ThemeOf(Documents.PlanIndex index, string outcomeId)
    {
        if (!ReferenceEquals(outcomeId, lastOutcomeId))
        {
            lastTheme = index.FindThemeOfOutcome(outcomeId);
            lastOutcomeId = outcomeId;
        }

        return lastTheme;
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void Add(string? themeId, PeriodLabel year, BudgetLineKind kind, decimal amount)
    {
        var key = (themeId, year, kind);
        money[key] = money.GetValueOrDefault(key) + amount;
    }

    private ThemeMoney Sum(string? themeId, string name, IReadOnlyList<PeriodLabel> years)
    {
        decimal revenue = 0m, capital = 0m, savings = 0m;
        foreach (var year in years)
        {
            revenue += money.GetValueOrDefault((themeId, year, BudgetLineKind.Revenue));
            capital += money.GetValueOrDefault((themeId, year, BudgetLineKind.Capital));
            savings += money.GetValueOrDefault((themeId, year, BudgetLineKind.Savings));
        }

        return new ThemeMoney(themeId, name, revenue, capital, savings);
    }
}

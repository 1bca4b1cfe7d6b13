using StrategicPlanning.Calendar;
using StrategicPlanning.Delivery;
using StrategicPlanning.Documents;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Finance;

/// <summary>
/// The money of a document added up once (FIN-1..4): the MTFS horizon, what each line has per year, what is
/// allocated to each line per year, and each action's estimated cost and funding per year. Only allocations that
/// can be placed count: a known line, a year of the MTFS, an amount above 0 and within range (FIN-2, FIN-3; the
/// others are validation errors). Used by validation and by the alignment report alike.
/// </summary>
internal sealed class FinanceLedger
{
    private FinanceLedger(PlanDocument document)
    {
        Document = document;
    }

    public PlanDocument Document { get; }

    /// <summary>The MTFS years that are valid financial years, in the order given (FIN-1).</summary>
    public List<PeriodLabel> Years { get; } = [];

    public HashSet<PeriodLabel> Horizon { get; } = [];

    /// <summary>What each line has per year (the first amount given for a year).</summary>
    public Dictionary<string, Dictionary<PeriodLabel, decimal>> LineAmounts { get; } = new(StringComparer.Ordinal);

    /// <summary>What is allocated to each line per year, from allocations that can be placed.</summary>
    public Dictionary<string, Dictionary<PeriodLabel, decimal>> Allocated { get; } = new(StringComparer.Ordinal);

    /// <summary>Each action's money, by the action itself.</summary>
    public Dictionary<DeliveryAction, ActionMoney> Actions { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The allocations that can be placed, with their action and line.</summary>
    public List<(DeliveryAction Action, BudgetLine Line, PeriodLabel Year, decimal Amount)> Placed { get; } = [];

    public static FinanceLedger Build(PlanDocument document)
    {
        var ledger = new FinanceLedger(document);
        ledger.Strategy();
        foreach (var action in document.DeliveryPlans.SelectMany(p => p.Actions))
        {
            ledger.Action(action);
        }

        return ledger;
    }

    public decimal AmountOf(BudgetLine line, PeriodLabel year) =>
        LineAmounts.TryGetValue(line.Id, out var byYear) && byYear.TryGetValue(year, out var amount) ? amount : 0m;

    public decimal AllocatedTo(BudgetLine line, PeriodLabel year) =>
        Allocated.TryGetValue(line.Id, out var byYear) && byYear.TryGetValue(year, out var amount) ? amount : 0m;

    private void Strategy()
    {
        if (Document.FinancialStrategy is not { } strategy)
        {
            return;
        }

        foreach (var text in strategy.Years)
        {
            if (TryYear(text, out var year) && Horizon.Add(year))
            {
                Years.Add(year);
            }
        }

        foreach (var line in strategy.Lines)
        {
            if (!LineAmounts.TryAdd(line.Id, []))
            {
                continue; // a repeated line id (SP1002): the first line with the id is the one that counts
            }

            foreach (var amount in line.Amounts)
            {
                if (TryYear(amount.Year, out var year) && Within(amount.Amount))
                {
                    LineAmounts[line.Id].TryAdd(year, amount.Amount);
                }
            }
        }
    }

    private void Action(DeliveryAction action)
    {
        if (Actions.ContainsKey(action))
        {
            return;
        }

        var money = new ActionMoney();
        Actions.Add(action, money);
        foreach (var estimate in action.EstimatedCost)
        {
            if (TryYear(estimate.Year, out var year) && Within(estimate.Amount) && estimate.Amount >= 0)
            {
                money.Estimated[year] = money.Estimated.GetValueOrDefault(year) + estimate.Amount;
            }
        }

        money.HasAllocation = action.Funding.Count > 0;
        foreach (var allocation in action.Funding)
        {
            if (Document.Index.FindBudgetLine(allocation.LineId) is not { } line || !TryYear(allocation.Year, out var year)
                || !Horizon.Contains(year) || allocation.Amount <= 0 || !Within(allocation.Amount))
            {
                continue;
            }

            Placed.Add((action, line, year, allocation.Amount));
            var byYear = Allocated.TryGetValue(line.Id, out var found) ? found : Allocated[line.Id] = [];
            byYear[year] = byYear.GetValueOrDefault(year) + allocation.Amount;
            if (line.Kind != BudgetLineKind.Savings)
            {
                money.Funded[year] = money.Funded.GetValueOrDefault(year) + allocation.Amount;
            }
        }
    }

    private bool TryYear(string text, out PeriodLabel year) =>
        Document.Calendar.TryParse(text, out year, out _) && year.Kind == PeriodKind.FinancialYear;

    private static bool Within(decimal amount) => Math.Abs(amount) <= ValidationContext.MaxMagnitude;

    /// <summary>One action's estimated cost and its funding on revenue and capital lines, per year (FIN-4).</summary>
    internal sealed class ActionMoney
    {
        public Dictionary<PeriodLabel, decimal> Estimated { get; } = [];

        public Dictionary<PeriodLabel, decimal> Funded { get; } = [];

        public bool HasAllocation { get; set; }
    }
}

using System.Diagnostics;
using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>FIN-4 (underfunded and unfunded actions) and FIN-5 (lines with money and no placed allocation), from the ledger.</summary>
internal static class FundingChecks
{
    /// <summary>Checks one action, with the context's path on it.</summary>
    public static void Check(ValidationContext context, DeliveryAction action, in FinanceLedger.ActionMoney money)
    {
        if (money.Estimated.Count == 0)
        {
            return;
        }

        if (!money.HasAllocation)
        {
            var total = money.Estimated.Total();
            if (total > 0)
            {
                context.Report(ValidationCodes.UnfundedAction,
                    $"The action has an estimated cost of {context.Money(total)} and no funding allocation from any budget line (FIN-4).");
            }

            return;
        }

        var estimates = money.Estimated;
        if (estimates.Count == 1 && estimates.AmountAt(0) <= money.Funded.Get(estimates.YearAt(0)))
        {
            return; // the common case, one year and funded: nothing to sort or report
        }

        foreach (var i in estimates.ByYear())
        {
            var (year, estimated) = (estimates.YearAt(i), estimates.AmountAt(i));
            var funded = money.Funded.Get(year);
            if (estimated > funded)
            {
                var message = $"The action's estimated cost in {year} is {context.Money(estimated)}, but it is allocated only {context.Money(funded)} on revenue and capital lines: underfunded by {context.Money(estimated - funded)} (FIN-4).";
                context.Enter("estimatedCost");
                context.Enter(IndexOfYear(action, year));
                context.Report(ValidationCodes.UnderfundedAction, message);
                context.Leave();
                context.Leave();
            }
        }
    }

    /// <summary>
    /// FIN-5: lines with money and no placed allocation. The ledger holds only allocations that can be placed, so an
    /// allocation that names the line for a year outside the MTFS (FIN-3, an error of its own) does not count for it.
    /// </summary>
    public static void CheckLines(ValidationContext context, FinanceLedger ledger)
    {
        if (context.Document.FinancialStrategy is not { } strategy)
        {
            return;
        }

        context.Enter("financialStrategy");
        IdWalker.Each(context, "lines", strategy.Lines, line =>
        {
            if (!ledger.IsFirstWithItsId(line) || ledger.Allocated.ContainsKey(line.Id)
                || !ledger.LineAmounts.TryGetValue(line.Id, out var amounts) || !amounts.Values.Any(a => a > 0))
            {
                return;
            }

            var what = line.Kind == BudgetLineKind.Savings ? "savings to find" : "money";
            context.Report(ValidationCodes.UnallocatedLine,
                $"Budget line '{line.Id}' has {what} ({context.Money(amounts.Values.Where(a => a > 0).Sum())} over the MTFS) and no allocation to any action that can be placed in an MTFS year: it is not aligned to the plan (FIN-5).");
        });
        context.Leave();
    }

    /// <summary>
    /// The first estimated cost that names the year. There always is one: the ledger read the year from one of them,
    /// and parsing is strict, so a label's one spelling is the text it was read from.
    /// </summary>
    private static int IndexOfYear(DeliveryAction action, Calendar.PeriodLabel year)
    {
        for (var i = 0; i < action.EstimatedCost.Count; i++)
        {
            if (year.IsSpelledBy(action.EstimatedCost[i].Year))
            {
                return i;
            }
        }

        throw new UnreachableException($"No estimated cost of the action names {year}, the year the ledger read from them.");
    }
}

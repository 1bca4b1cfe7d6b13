using StrategicPlanning.Calendar;
using StrategicPlanning.Core;

namespace StrategicPlanning.Validation;

/// <summary>FIN-3: a budget line whose allocations in a financial year exceed its amount for that year.</summary>
internal static class OverAllocation
{
    public static void Check(ValidationContext context, FinanceLedger ledger)
    {
        var allocated = ledger.Allocated;
        if (context.Document.FinancialStrategy is not { } strategy || allocated.Count == 0)
        {
            return;
        }

        context.Enter("financialStrategy");
        IdWalker.Each(context, "lines", strategy.Lines, line =>
        {
            // A repeated line id (SP1002) has its allocations counted against the first line with that id.
            if (!ledger.IsFirstWithItsId(line) || !allocated.TryGetValue(line.Id, out var byYear))
            {
                return;
            }

            foreach (var (year, total) in byYear.OrderBy(a => a.Key))
            {
                var index = IndexOfYear(context, line.Amounts, year);
                var budget = index >= 0 ? line.Amounts[index].Amount : 0m;
                if (total <= budget || !ExactNumbers.IsWithin(budget))
                {
                    continue; // within budget, or an amount already reported as out of range (SP1010)
                }

                var message = $"Budget line '{line.Id}' has {context.Money(budget)} for {year} but actions are allocated {context.Money(total)}: over-allocated by {context.Money(total - budget)} (FIN-3).";
                if (index >= 0)
                {
                    context.Enter("amounts");
                    context.Enter(index);
                    context.ReportAt("amount", ValidationCodes.OverAllocatedLine, message);
                    context.Leave();
                    context.Leave();
                }
                else
                {
                    context.Report(ValidationCodes.OverAllocatedLine, message);
                }
            }
        });
        context.Leave();
    }

    private static int IndexOfYear(ValidationContext context, IReadOnlyList<Model.AnnualAmount> amounts, PeriodLabel year)
    {
        for (var i = 0; i < amounts.Count; i++)
        {
            if (context.Calendar.TryParse(amounts[i].Year, out var label, out _) && label == year)
            {
                return i;
            }
        }

        return -1;
    }
}

using System.Globalization;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>The MTFS (FIN-1), estimated costs, and funding allocations with the reference checks of FIN-2 and FIN-3.</summary>
internal static class FinanceChecks
{
    public static void Check(ValidationContext context)
    {
        context.Area = ValidationArea.Finance;
        var currency = context.Document.Currency;
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            context.ReportAt("currency", ValidationCodes.InvalidCurrency,
                $"The currency '{currency}' is not an ISO 4217 code: use three capital letters, e.g. \"GBP\" (FIN-1).");
        }

        var horizon = new HashSet<PeriodLabel>();
        if (context.Document.FinancialStrategy is { } strategy)
        {
            context.Enter("financialStrategy");
            Years(context, strategy, horizon);
            IdWalker.Each(context, "lines", strategy.Lines, line => Line(context, line, horizon));
            context.Leave();
        }

        // The money is added up as each action is checked, in document order: one visit to each action's money.
        var ledger = FinanceLedger.Start(context.Document);
        IdWalker.Each(context, "deliveryPlans", context.Document.DeliveryPlans, plan =>
            IdWalker.Each(context, "actions", plan.Actions, action =>
            {
                IdWalker.Each(context, "estimatedCost", action.EstimatedCost, 0, static (context, estimate, _) => Amount(context, estimate, "estimated cost", "the year of an estimated cost"));
                IdWalker.Each(context, "funding", action.Funding, (horizon, ledger), static (context, allocation, state) => Allocation(context, allocation, state.horizon, state.ledger));
                var money = ledger.Add(action);
                FundingChecks.Check(context, action, in money);
            }));

        ledger.Finish();
        OverAllocation.Check(context, ledger);
        FundingChecks.CheckLines(context, ledger);
    }

    private static void Years(ValidationContext context, FinancialStrategy strategy, HashSet<PeriodLabel> horizon)
    {
        PeriodLabel? previous = null;
        IdWalker.Each(context, "years", strategy.Years, year =>
        {
            if (!context.TryLabel(year, null, out var label) || !context.CheckKind(label, null, "an MTFS year", PeriodKind.FinancialYear))
            {
                return;
            }

            if (!horizon.Add(label) || (previous is { } last && label.Year != last.Year + 1))
            {
                context.Report(ValidationCodes.YearsNotConsecutive,
                    $"'{label}' does not follow '{previous}'; the MTFS years must be consecutive financial years in order, each once (FIN-1).");
            }

            previous = label;
        });
    }

    private static void Line(ValidationContext context, BudgetLine line, HashSet<PeriodLabel> horizon)
    {
        var years = new HashSet<PeriodLabel>();
        IdWalker.Each(context, "amounts", line.Amounts, amount =>
        {
            if (Amount(context, amount, "budget amount", "the year of a budget amount") is not { } year)
            {
                return;
            }

            if (!years.Add(year))
            {
                context.ReportAt("year", ValidationCodes.DuplicateLineYear, $"The line already has an amount for {year}; give one amount per financial year (FIN-1).");
            }
            else if (!horizon.Contains(year))
            {
                context.ReportAt("year", ValidationCodes.LineYearOutsideHorizon, $"{year} is not one of the MTFS years ({Describe(horizon)}) (FIN-1).");
            }
        });
    }

    /// <summary>Checks a year and amount pair; returns the year when its label is a valid financial year.</summary>
    private static PeriodLabel? Amount(ValidationContext context, AnnualAmount amount, string what, string yearOf)
    {
        if (!context.CheckMagnitude(amount.Amount, "amount"))
        {
            return null;
        }

        if (amount.Amount < 0)
        {
            context.ReportAt("amount", ValidationCodes.NegativeAmount, string.Create(CultureInfo.InvariantCulture, $"The {what} is {amount.Amount}; amounts must be 0 or more (FIN-1)."));
        }

        return context.TryLabel(amount.Year, "year", out var year) && context.CheckKind(year, "year", yearOf, PeriodKind.FinancialYear)
            ? year
            : null;
    }

    private static void Allocation(ValidationContext context, Model.FundingAllocation allocation, HashSet<PeriodLabel> horizon, FinanceLedger ledger)
    {
        if (!ledger.HasLine(allocation.LineId))
        {
            context.ReportAt("lineId", ValidationCodes.UnknownBudgetLine,
                context.Document.FinancialStrategy is null
                    ? $"The allocation names budget line '{allocation.LineId}', but the document has no financialStrategy (FIN-3)."
                    : $"There is no budget line '{allocation.LineId}' in the MTFS (FIN-3).");
        }

        if (!context.CheckMagnitude(allocation.Amount, "amount"))
        {
            return;
        }

        if (allocation.Amount <= 0)
        {
            context.ReportAt("amount", ValidationCodes.AllocationNotPositive, string.Create(CultureInfo.InvariantCulture, $"The allocation is {allocation.Amount}; an allocation must be more than 0 (FIN-2)."));
        }

        if (!context.TryLabel(allocation.Year, "year", out var year) || !context.CheckKind(year, "year", "the year of an allocation", PeriodKind.FinancialYear))
        {
            return;
        }

        if (!horizon.Contains(year))
        {
            context.ReportAt("year", ValidationCodes.AllocationOutsideHorizon,
                horizon.Count == 0
                    ? $"The allocation is for {year}, but the MTFS covers no years (FIN-3)."
                    : $"The allocation is for {year}, outside the MTFS years ({Describe(horizon)}) (FIN-3).");
        }
    }

    internal static string Describe(HashSet<PeriodLabel> horizon) =>
        horizon.Count == 0 ? "none" : string.Join(", ", horizon.Order().Select(y => y.ToString()));
}

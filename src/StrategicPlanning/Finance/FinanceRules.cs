using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Finance;

/// <summary>
/// The front door of the financial strategy rules (FIN-1..7): how a document's money lines up with its priorities —
/// per year and over the MTFS horizon, the budget and what is allocated, each line's remaining money, the money
/// attributed to each theme (each allocation split equally across its action's outcomes, to the penny, the remainder
/// to the first outcome), and savings against their target. Pure and thread-safe; money is exact decimal throughout.
/// </summary>
/// <remarks>
/// The analysis needs no as-of date. A document with errors in what it reads — the calendar and ids, the plan (themes
/// and outcomes money is attributed to) and its money (FIN-1..3: an allocation to an unknown line or outside the MTFS,
/// an over-allocated line) — is refused with those errors, as every family refuses: figures from broken money would be
/// wrong. Warnings (FIN-4) and information (FIN-5) are in <see cref="AlignmentReport.Issues"/>.
/// </remarks>
public static class FinanceRules
{
    private static readonly ValidationArea[] AreasRead = [ValidationArea.Document, ValidationArea.Plan, ValidationArea.Finance];

    /// <summary>Analyses a document's money.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The alignment report with its warnings and information, or the errors in what it reads.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static RuleResult<AlignmentReport> Evaluate(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return RuleGate.Run(document, AreasRead, "The money cannot be analysed", () => Analyse(document));
    }

    private static AlignmentReport Analyse(PlanDocument document)
    {
        ThemeAttribution? attribution = null;
        var ledger = FinanceLedger.Build(document, ledger => attribution = new ThemeAttribution(ledger));
        var byYear = ledger.Years.Select(year => Year(ledger, attribution!, [year], year)).ToList();
        var horizon = Year(ledger, attribution!, ledger.Years, null);
        var issues = PlanValidator.Remembered(document).Issues.Where(i => i.Area == ValidationArea.Finance).ToList();
        return new AlignmentReport(document.Currency, ValueList.From(ledger.Years), ValueList.From(byYear), horizon, ValueList.From(issues));
    }

    private static YearAlignment Year(FinanceLedger ledger, ThemeAttribution attribution, IReadOnlyList<PeriodLabel> years, PeriodLabel? label)
    {
        var lines = new List<LineAlignment>();
        decimal budget = 0m, allocated = 0m, savingsTarget = 0m, savingsAllocated = 0m;
        foreach (var line in DistinctLines(ledger))
        {
            decimal amount = 0m, given = 0m;
            foreach (var year in years)
            {
                amount += ledger.AmountOf(line, year);
                given += ledger.AllocatedTo(line, year);
            }

            lines.Add(new LineAlignment(line.Id, line.Name, line.Kind, line.Directorate, amount, given));
            if (line.Kind == BudgetLineKind.Savings)
            {
                savingsTarget += amount;
                savingsAllocated += given;
            }
            else
            {
                budget += amount;
                allocated += given;
            }
        }

        var (themes, unattributed) = attribution.For(years);
        return new YearAlignment(label, budget, allocated, savingsTarget, savingsAllocated, ValueList.From(lines), themes, unattributed);
    }

    /// <summary>The lines that count: each id once, the first with it (a repeated id is SP1002).</summary>
    private static IEnumerable<BudgetLine> DistinctLines(FinanceLedger ledger) =>
        (ledger.Document.FinancialStrategy?.Lines ?? []).Where(line => ReferenceEquals(ledger.Document.Index.FindBudgetLine(line.Id), line));
}

using StrategicPlanning.Calendar;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Finance;

/// <summary>
/// "Is the money following the priorities?" (FIN-1..7): the MTFS year by year and over its horizon, each line's
/// money against what actions are allocated, the money attributed to each theme, the savings gap, and the
/// finance issues (errors FIN-3, warnings FIN-4, information FIN-5). All money is exact decimal in
/// <see cref="Currency"/>; totals reconcile to the penny.
/// </summary>
/// <remarks>Immutable and thread-safe. Get one from <see cref="FinanceRules.Evaluate"/>.</remarks>
public sealed class AlignmentReport
{
    internal AlignmentReport(string currency, IReadOnlyList<PeriodLabel> years, IReadOnlyList<YearAlignment> byYear, YearAlignment horizon, IReadOnlyList<ValidationIssue> issues)
    {
        Currency = currency;
        Years = years;
        ByYear = byYear;
        Horizon = horizon;
        Issues = issues;
    }

    /// <summary>Gets the document's currency (FIN-1).</summary>
    public string Currency { get; }

    /// <summary>Gets the MTFS years, in order; empty when the document has no MTFS.</summary>
    public IReadOnlyList<PeriodLabel> Years { get; }

    /// <summary>Gets the alignment of each MTFS year, in order.</summary>
    public IReadOnlyList<YearAlignment> ByYear { get; }

    /// <summary>Gets the alignment over the whole horizon: every year added together.</summary>
    public YearAlignment Horizon { get; }

    /// <summary>Gets the finance issues validation found: FIN-4 warnings and FIN-5 information (a document with money errors is refused).</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>Gets the alignment of one year.</summary>
    /// <param name="year">An MTFS year.</param>
    /// <returns>The year's alignment, or null when it is not an MTFS year.</returns>
    public YearAlignment? For(PeriodLabel year) => ByYear.FirstOrDefault(y => y.Year == year);
}

using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Calendar;
using StrategicPlanning.Finance;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;
using StrategicPlanning.Movement;
using StrategicPlanning.Reviews;
using StrategicPlanning.Risks;

namespace StrategicPlanning.Reports;

/// <summary>Everything a report shows, evaluated once at the end of its period.</summary>
/// <param name="Document">The plan document.</param>
/// <param name="Period">The quarter or financial year reported.</param>
/// <param name="Start">The first day of the period.</param>
/// <param name="AsOf">The last day of the period: the date every rule is applied at.</param>
/// <param name="Options">The report options.</param>
/// <param name="Scorecard">Scores at <paramref name="AsOf"/>.</param>
/// <param name="PreviousScorecard">Scores at the end of the period before, for comparisons.</param>
/// <param name="Reviews">Review compliance, when the document has a review cycle.</param>
/// <param name="Money">Financial alignment, when the document has an MTFS.</param>
/// <param name="Risks">The risk profile, when the document has a risk register.</param>
internal sealed record ReportData(
    PlanDocument Document,
    PeriodLabel Period,
    LocalDate Start,
    LocalDate AsOf,
    ReportOptions Options,
    Scorecard Scorecard,
    Scorecard PreviousScorecard,
    ReviewReport? Reviews,
    AlignmentReport? Money,
    RiskProfile? Risks)
{
    private MeasureReport? measures;
    private ScoreHistory? scores;
    private ScoreMovement? movement;

    /// <summary>Gets the measures at <see cref="AsOf"/>, for their histories (the trend charts), evaluated on first use.</summary>
    public MeasureReport Measures => measures ??= MeasureRules.Evaluate(Document, AsOf, Options.Scoring.Measures).GetValueOrThrow();

    /// <summary>Gets the scorecards at the ends of the quarters so far (the score charts), evaluated on first use.</summary>
    public ScoreHistory Scores => scores ??= ScoreHistory.Of(this);

    /// <summary>Gets what moved since the end of the period before and why (the "What moved" section), worked out on first use.</summary>
    public ScoreMovement Movement => movement ??= ScoreMovement.Between(PreviousScorecard, Scorecard);

    /// <summary>Gets the financial year the period falls in.</summary>
    public PeriodLabel FinancialYear => Document.Calendar.FinancialYearOf(Period);

    /// <summary>Gets the document's currency code.</summary>
    public string Currency => Document.Currency;
}

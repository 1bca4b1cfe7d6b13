using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Aggregation;

/// <summary>
/// The front door of progress aggregation (AGG-1..9): theme-level scores rolled up from measures (MEA) and delivery
/// actions (ACT) to outcomes, themes and the plan at an as-of date, with RAG, coverage, counts, measures meeting
/// target and a trace of every node. Pure and thread-safe; exact decimals, never rounded.
/// </summary>
/// <remarks>
/// A document with errors in what scoring reads (its calendar and ids, the plan, measures and delivery plans) is
/// refused with those errors; errors in money or risks do not block scoring.
/// </remarks>
public static class AggregationRules
{
    private static readonly ValidationArea[] AreasRead = [ValidationArea.Document, ValidationArea.Plan, ValidationArea.Measures, ValidationArea.Delivery];

    /// <summary>Scores a document at an as-of date.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The as-of date, from <see cref="AsOfDates.Range"/>.</param>
    /// <param name="options">Target basis and aggregation policy; null for <see cref="ScoringOptions.Default"/>, the rules' own.</param>
    /// <returns>The scorecard, or the validation errors in what scoring reads.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="AsOfDates.Range"/>.</exception>
    public static RuleResult<Scorecard> Evaluate(PlanDocument document, LocalDate asOf, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        AsOfDates.Check(asOf);
        var chosen = options ?? ScoringOptions.Default;
        return RuleGate.Run(document, AreasRead, "The document cannot be scored", () => new Scorecard(document, asOf, chosen));
    }
}

using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Measures;

/// <summary>
/// The front door of the performance measure rules (MEA-1..7): every measure of a document at an as-of date, with
/// its current period (MEA-4), target in force as restated or as reported (MEA-3), status with tolerance and polarity
/// (MEA-5) and direction of travel (MEA-6). Pure and thread-safe; exact decimals throughout.
/// </summary>
public static class MeasureRules
{
    private static readonly ValidationArea[] AreasRead = [ValidationArea.Document, ValidationArea.Plan, ValidationArea.Measures];

    /// <summary>Evaluates every measure of a document at an as-of date.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The as-of date, from <see cref="AsOfDates.Range"/>.</param>
    /// <param name="options">Which targets count and how small a change is stable; null for <see cref="MeasureEvaluationOptions.Default"/>.</param>
    /// <returns>The report, or the validation errors in the calendar, plan or measures that stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="AsOfDates.Range"/>.</exception>
    public static RuleResult<MeasureReport> Evaluate(PlanDocument document, LocalDate asOf, MeasureEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        AsOfDates.Check(asOf);
        var chosen = options ?? MeasureEvaluationOptions.Default;
        return RuleGate.Run(document, AreasRead, "The measures cannot be evaluated", () =>
        {
            var evaluations = new List<MeasureEvaluation>();
            foreach (var theme in document.Plan.Themes)
            {
                foreach (var outcome in theme.Outcomes)
                {
                    foreach (var measure in outcome.Measures)
                    {
                        evaluations.Add(MeasureEvaluator.Evaluate(measure, document.Calendar, asOf, chosen));
                    }
                }
            }

            return new MeasureReport(document.Calendar, asOf, chosen, ValueList.From(evaluations));
        });
    }
}

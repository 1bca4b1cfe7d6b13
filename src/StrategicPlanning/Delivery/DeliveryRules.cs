using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Delivery;

/// <summary>
/// The front door of the delivery action rules (ACT-1..5): which delivery plans count at an as-of date (ACT-5) and
/// each of their actions' effective status in the exact order of ACT-3, with overdue milestones and percent complete
/// (ACT-4). Pure and thread-safe.
/// </summary>
public static class DeliveryRules
{
    private static readonly ValidationArea[] AreasRead = [ValidationArea.Document, ValidationArea.Delivery];

    /// <summary>Evaluates the delivery plans that count at an as-of date.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The as-of date, from <see cref="AsOfDates.Range"/>.</param>
    /// <returns>The report, or the validation errors in the calendar or delivery plans that stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="AsOfDates.Range"/>.</exception>
    public static RuleResult<DeliveryReport> Evaluate(PlanDocument document, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        AsOfDates.Check(asOf);
        return RuleGate.Run(document, AreasRead, "The delivery plans cannot be evaluated", () =>
        {
            var plans = ActionEvaluator.CountingDeliveryPlans(document, asOf);
            var actions = new List<ActionEvaluation>();
            foreach (var plan in plans)
            {
                foreach (var action in plan.Actions)
                {
                    actions.Add(ActionEvaluator.Evaluate(action, asOf));
                }
            }

            return new DeliveryReport(asOf, ValueList.From(plans), ValueList.From(actions));
        });
    }
}

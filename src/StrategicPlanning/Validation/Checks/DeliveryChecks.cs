using System.Globalization;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>Delivery plans and their actions (ACT-1, VAL-2, VAL-3). Money on actions is checked by <see cref="FinanceChecks"/>.</summary>
internal static class DeliveryChecks
{
    public static void Check(ValidationContext context)
    {
        context.Area = ValidationArea.Delivery;
        IdWalker.Each(context, "deliveryPlans", context.Document.DeliveryPlans, plan =>
        {
            context.CheckDate(plan.Approved, "approved");
            if (context.TryLabel(plan.Year, "year", out var year))
            {
                context.CheckKind(year, "year", "a delivery plan's year", PeriodKind.FinancialYear);
            }

            IdWalker.Each(context, "actions", plan.Actions, 0, static (context, action, _) => Action(context, action));
        });
    }

    private static void Action(ValidationContext context, DeliveryAction action)
    {
        context.CheckDate(action.Start, "start");
        context.CheckDate(action.Due, "due");
        if (action.Start > action.Due)
        {
            context.ReportAt("due", ValidationCodes.DatesOutOfOrder,
                string.Create(CultureInfo.InvariantCulture, $"The action is due on {action.Due:uuuu-MM-dd}, before it starts on {action.Start:uuuu-MM-dd}; the due date must be on or after the start (VAL-3)."));
        }

        WeightChecks.CheckWeight(context, action.Weight, "action");
        if (action.OutcomeIds.Count == 0)
        {
            context.ReportAt("outcomeIds", ValidationCodes.NoOutcome, "The action names no outcome; list at least one outcome id it contributes to (ACT-1).");
        }

        // Static lambdas and state passed along: a closure per action would cost objects by the hundred thousand.
        ReferenceChecks.Check(context, "outcomeIds", action.OutcomeIds, static (context, id) => context.IsOutcome(id), ValidationCodes.UnknownOutcome, "outcome");
        IdWalker.Each(context, "milestones", action.Milestones, 0, static (context, milestone, _) =>
        {
            context.CheckDate(milestone.Due, "due");
            context.CheckDate(milestone.Completed, "completed");
        });
        IdWalker.Each(context, "updates", action.Updates, 0, static (context, update, _) =>
        {
            context.CheckDate(update.AsOf, "asOf");
            if (update.PercentComplete is { } percent && (percent < 0 || percent > 100))
            {
                context.ReportAt("percentComplete", ValidationCodes.PercentOutOfRange, string.Create(CultureInfo.InvariantCulture, $"percentComplete is {percent}; it must be from 0 to 100 (VAL-3)."));
            }
        });
    }
}

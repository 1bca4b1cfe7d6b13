using System.Globalization;
using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>The Council Plan: its period (VAL-3) and the weights of themes, outcomes and outcomes' children (VAL-3).</summary>
internal static class PlanChecks
{
    public static void Check(ValidationContext context)
    {
        context.Area = ValidationArea.Plan;
        var plan = context.Document.Plan;
        context.Enter("plan");
        context.CheckDate(plan.Start, "start");
        context.CheckDate(plan.End, "end");
        context.CheckDate(plan.Approved, "approved");
        if (plan.Start > plan.End)
        {
            context.ReportAt("end", ValidationCodes.DatesOutOfOrder,
                string.Create(CultureInfo.InvariantCulture, $"The plan ends on {plan.End:uuuu-MM-dd}, before it starts on {plan.Start:uuuu-MM-dd}; the end must be on or after the start (VAL-3)."));
        }

        if (plan.Themes.Count > 0)
        {
            context.Enter("themes");
            WeightChecks.CheckSiblings(context, plan.Themes.Count, WeightChecks.AnyPositive(plan.Themes, static t => t.Weight), "themes of the plan");
            for (var i = 0; i < plan.Themes.Count; i++)
            {
                context.Enter(i);
                Theme(context, plan.Themes[i]);
                context.Leave();
            }

            context.Leave();
        }

        context.Leave();
    }

    private static void Theme(ValidationContext context, Theme theme)
    {
        WeightChecks.CheckWeight(context, theme.Weight, "theme");
        if (theme.Outcomes.Count == 0)
        {
            return;
        }

        context.Enter("outcomes");
        WeightChecks.CheckSiblings(context, theme.Outcomes.Count, WeightChecks.AnyPositive(theme.Outcomes, static o => o.Weight), "outcomes", "theme", theme.Id);
        for (var i = 0; i < theme.Outcomes.Count; i++)
        {
            context.Enter(i);
            Outcome(context, theme.Outcomes[i]);
            context.Leave();
        }

        context.Leave();
    }

    private static void Outcome(ValidationContext context, Outcome outcome)
    {
        WeightChecks.CheckWeight(context, outcome.Weight, "outcome");

        // AGG-1: an outcome's children are its measures and the actions that name it.
        int actionCount;
        bool anyPositiveAction;
        if (context.Ids is { } ids)
        {
            actionCount = ids.ActionsNaming(outcome.Id);
            anyPositiveAction = ids.AnyPositiveActionNaming(outcome.Id);
        }
        else
        {
            var actions = context.Index.ActionsNaming(outcome.Id);
            actionCount = actions.Count;
            anyPositiveAction = WeightChecks.AnyPositive(actions, static a => a.Weight);
        }

        var count = outcome.Measures.Count + actionCount;
        var anyPositive = WeightChecks.AnyPositive(outcome.Measures, static m => m.Weight) || anyPositiveAction;
        WeightChecks.CheckSiblings(context, count, anyPositive, "measures and actions", "outcome", outcome.Id);

        context.Area = ValidationArea.Measures;
        for (var i = 0; i < outcome.Measures.Count; i++)
        {
            context.Enter("measures");
            context.Enter(i);
            MeasureChecks.Check(context, outcome.Measures[i]);
            context.Leave();
            context.Leave();
        }

        context.Area = ValidationArea.Plan;
    }
}

using System.Globalization;
using System.Text;
using StrategicPlanning.Delivery;
using StrategicPlanning.Measures;

namespace StrategicPlanning.Aggregation;

/// <summary>A measure's or action's evaluation as text: what it counts as and why (MEA-3..6, ACT-3, ACT-4).</summary>
internal static class LeafExplanation
{
    public static string Write(Scorecard scorecard, LeafResult leaf)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{(leaf.Kind == NodeKind.Measure ? "Measure" : "Action")} '{leaf.Title}' ({leaf.Id}) at {Wording.Date(scorecard.AsOf)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Counts as: {LeafDescriptions.Describe(scorecard, leaf)}.");
        text.AppendLine(leaf.Score is { } score
            ? string.Create(CultureInfo.InvariantCulture, $"Score: {Wording.Number(score)} (AGG-2), weight {Wording.Number(leaf.Weight)}{(leaf.MustDo ? ", a must do (AGG-6)" : string.Empty)}.")
            : string.Create(CultureInfo.InvariantCulture, $"Score: none (AGG-2), weight {Wording.Number(leaf.Weight)}{(leaf.MustDo ? ", a must do (AGG-6)" : string.Empty)}."));
        if (leaf.Kind == NodeKind.Measure)
        {
            Measure(text, scorecard.MeasureOf(leaf));
        }
        else
        {
            Action(text, scorecard.ActionOf(leaf));
        }

        return text.ToString().TrimEnd();
    }

    private static void Measure(StringBuilder text, MeasureEvaluation e)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"Period: {e.Period} (the latest {e.Measure.Frequency.ToString().ToLowerInvariant()} period ended by the as-of date, MEA-4).");
        text.AppendLine(e.Target is { } target
            ? string.Create(CultureInfo.InvariantCulture, $"Target: {Wording.Number(target.Value)} from the entry for {target.Period}{(target.Entry.SetOn is { } on ? $" set on {Wording.Date(on)}" : string.Empty)}{(target.Entry.Reason is { } why ? $" ({Wording.Aside(why)})" : string.Empty)}, {(e.Basis == TargetBasis.AsReported ? "as reported" : "as restated")} (MEA-3).")
            : "Target: none in force (MEA-3).");
        text.AppendLine(e.Actual is { } actual
            ? string.Create(CultureInfo.InvariantCulture, $"Actual: {Wording.Number(actual.Value)}{(actual.Note is { } note ? $" ({Wording.Aside(note)})" : string.Empty)}.")
            : "Actual: none for this period.");
        if (e.Shortfall is { } shortfall)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Shortfall: {Wording.Number(shortfall)} (negative is better than target; MEA-5).");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Direction of travel: {Direction(e.ShortTerm)} on the previous period, {Direction(e.LongTerm)} on the same period a year earlier (MEA-6).");
    }

    private static void Action(StringBuilder text, ActionEvaluation e)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"Dates: starts {Wording.Date(e.Action.Start)}, due {Wording.Date(e.Action.Due)}.");
        text.AppendLine(e.LatestUpdate is { } update
            ? string.Create(CultureInfo.InvariantCulture, $"Latest update: {Wording.Date(update.AsOf)}, reported {Wording.Status(update.Status)}{(update.Commentary is { } c ? $": {Wording.Ending(c)}" : ".")}")
            : "Latest update: none on or before the as-of date.");
        if (e.PercentComplete is { } percent)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Percent complete: {Wording.Number(percent)}%{(e.PercentCompleteFromMilestones ? " (share of milestones completed, ACT-4)" : string.Empty)}.");
        }

        foreach (var milestone in e.OverdueMilestones)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Overdue milestone: '{milestone.Title}', due {Wording.Date(milestone.Due)} (ACT-4; does not change the status).");
        }
    }

    private static string Direction(DirectionOfTravel direction) => direction switch
    {
        DirectionOfTravel.Improving => "improving",
        DirectionOfTravel.Stable => "stable",
        DirectionOfTravel.Declining => "declining",
        _ => "not comparable",
    };
}

using StrategicPlanning.Delivery;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;

namespace StrategicPlanning.Aggregation;

/// <summary>Why a measure or action has its status, in one phrase that cites the rule (AGG-7).</summary>
internal static class LeafDescriptions
{
    public static string Describe(Scorecard scorecard, LeafResult leaf) =>
        leaf.Kind == NodeKind.Measure ? Measure(scorecard.MeasureOf(leaf)) : Action(scorecard.ActionOf(leaf), scorecard.AsOf);

    private static string Measure(MeasureEvaluation e)
    {
        var period = e.Period.ToString();
        switch (e.Status)
        {
            case MeasureStatus.DataOnly:
                return e.Measure.Targets.Count == 0
                    ? "data only: the measure has no targets (MEA-2)"
                    : $"data only: no target in force for {period} (MEA-3)";
            case MeasureStatus.NoData:
                return $"no data: no actual for {period} (MEA-4)";
        }

        var target = e.Target!.Value;
        var source = target.FromFinancialYear ? $" (the {target.Period} target)" : string.Empty;
        var better = e.Measure.Polarity switch
        {
            Polarity.HigherIsBetter => "higher is better",
            Polarity.LowerIsBetter => "lower is better",
            _ => "closest to target is best",
        };
        var status = e.Status.ToString().ToLowerInvariant();
        return $"{status}: {Wording.Number(e.Actual!.Value)} against a target of {Wording.Number(target.Value)}{source} for {period}, {better} (MEA-5)";
    }

    private static string Action(ActionEvaluation e, NodaTime.LocalDate asOf)
    {
        var reported = e.LatestUpdate is { } u ? $" (update of {Wording.Date(u.AsOf)})" : string.Empty;
        var on = e.LatestUpdate is { } v ? $" on {Wording.Date(v.AsOf)}" : string.Empty;
        return e.Status switch
        {
            EffectiveActionStatus.Cancelled => "excluded: cancelled" + reported + " (ACT-3)",
            EffectiveActionStatus.Deferred => "excluded: deferred" + reported + " (ACT-3)",
            EffectiveActionStatus.NotYetDue => $"excluded: not yet due, starts {Wording.Date(e.Action.Start)} (ACT-3)",
            EffectiveActionStatus.Complete => "complete" + reported,
            EffectiveActionStatus.Overdue => $"red: overdue, due {Wording.Date(e.Action.Due)} and not completed{LastSaid(e)} (ACT-3)",
            EffectiveActionStatus.NoData => $"no data: no update on or before {Wording.Date(asOf)} (ACT-3)",
            EffectiveActionStatus.LateStart => $"amber: not started, though due to start on {Wording.Date(e.Action.Start)} (ACT-3)",
            EffectiveActionStatus.OnTrack => "green: reported on track" + on,
            EffectiveActionStatus.AtRisk => "amber: reported at risk" + on,
            _ => "red: reported off track" + on,
        };
    }

    private static string LastSaid(ActionEvaluation e) => e.LatestUpdate is { } u
        ? $", whatever the update of {Wording.Date(u.AsOf)} said ({Wording.Status(u.Status)})"
        : ", with no update";
}

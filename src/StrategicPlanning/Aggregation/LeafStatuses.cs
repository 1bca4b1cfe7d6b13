using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Measures;

namespace StrategicPlanning.Aggregation;

/// <summary>AGG-9: the status a measure or an action is counted under, from its MEA-4/MEA-5 status or its ACT-3 status.</summary>
internal static class LeafStatuses
{
    public static LeafStatus Of(MeasureStatus status) => status switch
    {
        MeasureStatus.Green => LeafStatus.Green,
        MeasureStatus.Amber => LeafStatus.Amber,
        MeasureStatus.Red => LeafStatus.Red,
        MeasureStatus.NoData => LeafStatus.NoData,
        _ => LeafStatus.DataOnly,
    };

    /// <summary>Cancelled, deferred and not-yet-due actions are excluded; complete ones count as complete; the rest by their ACT-3 colour.</summary>
    public static LeafStatus Of(EffectiveActionStatus status) => status switch
    {
        EffectiveActionStatus.Cancelled or EffectiveActionStatus.Deferred or EffectiveActionStatus.NotYetDue => LeafStatus.Excluded,
        EffectiveActionStatus.Complete => LeafStatus.Complete,
        _ => ActionEvaluator.RagOf(status) switch
        {
            Rag.Red => LeafStatus.Red,
            Rag.Amber => LeafStatus.Amber,
            Rag.Green => LeafStatus.Green,
            _ => LeafStatus.NoData,
        },
    };
}

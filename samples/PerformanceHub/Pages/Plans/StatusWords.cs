using StrategicPlanning.Delivery;
using StrategicPlanning.Measures;

namespace PerformanceHub.Pages.Plans;

/// <summary>The library's statuses in the council's words.</summary>
public static class StatusWords
{
    public static string Of(MeasureStatus status) => status switch
    {
        MeasureStatus.Green => "Green",
        MeasureStatus.Amber => "Amber",
        MeasureStatus.Red => "Red",
        MeasureStatus.NoData => "No data",
        MeasureStatus.DataOnly => "Data only (no target)",
        _ => status.ToString(),
    };

    public static string RagOf(MeasureStatus status) => status switch
    {
        MeasureStatus.Green => "green",
        MeasureStatus.Amber => "amber",
        MeasureStatus.Red => "red",
        _ => "",
    };

    public static string Of(EffectiveActionStatus status) => status switch
    {
        EffectiveActionStatus.Cancelled => "Cancelled",
        EffectiveActionStatus.Deferred => "Deferred",
        EffectiveActionStatus.NotYetDue => "Not yet due",
        EffectiveActionStatus.Complete => "Complete",
        EffectiveActionStatus.Overdue => "Overdue",
        EffectiveActionStatus.NoData => "No update",
        EffectiveActionStatus.LateStart => "Late start",
        EffectiveActionStatus.OnTrack => "On track",
        EffectiveActionStatus.AtRisk => "At risk",
        EffectiveActionStatus.OffTrack => "Off track",
        _ => status.ToString(),
    };
}

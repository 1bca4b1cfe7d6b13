namespace StrategicPlanning.Measures;

/// <summary>A measure's status for a period (MEA-4, MEA-5).</summary>
public enum MeasureStatus
{
    /// <summary>At or better than target, within the green tolerance.</summary>
    Green = 1,

    /// <summary>Short of target, within the amber tolerance.</summary>
    Amber = 2,

    /// <summary>Short of target beyond the amber tolerance.</summary>
    Red = 3,

    /// <summary>A target is in force but there is no actual for the period: eligible, not scored.</summary>
    NoData = 4,

    /// <summary>No target at all, or none in force for the period: reported, never scored (MEA-2).</summary>
    DataOnly = 5,
}

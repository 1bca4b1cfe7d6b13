namespace StrategicPlanning.Reviews;

/// <summary>What kind of item has gone stale (REV-7).</summary>
public enum StaleItemKind
{
    /// <summary>A delivery action with no update within the cadence.</summary>
    Action = 1,

    /// <summary>A measure with no actual for its current period.</summary>
    Measure = 2,

    /// <summary>A risk not assessed within its review frequency.</summary>
    Risk = 3,
}

namespace StrategicPlanning.Aggregation;

/// <summary>The status a leaf (measure or action) is counted under in every council report's "x green, y amber, z red" line (AGG-9).</summary>
public enum LeafStatus
{
    /// <summary>A green measure or an action on track.</summary>
    Green = 1,

    /// <summary>An amber measure, or an action at risk or started late.</summary>
    Amber = 2,

    /// <summary>A red measure, or an action off track or overdue.</summary>
    Red = 3,

    /// <summary>A completed action.</summary>
    Complete = 4,

    /// <summary>A measure with no actual for its period, or an action with no update: eligible, not scored.</summary>
    NoData = 5,

    /// <summary>An action cancelled, deferred or not yet due: neither scored nor eligible.</summary>
    Excluded = 6,

    /// <summary>A measure with no target in force: reported, neither scored nor eligible (MEA-2).</summary>
    DataOnly = 7,
}

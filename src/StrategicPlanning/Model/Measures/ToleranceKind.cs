namespace StrategicPlanning.Model;

/// <summary>How a measure's tolerance is expressed (MEA-5).</summary>
public enum ToleranceKind
{
    /// <summary>A percentage of the target's magnitude: relative, never percentage points.</summary>
    Percent = 1,

    /// <summary>An amount in the measure's own unit.</summary>
    Absolute = 2,
}

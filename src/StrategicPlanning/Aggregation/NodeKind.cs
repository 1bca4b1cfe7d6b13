namespace StrategicPlanning.Aggregation;

/// <summary>What a node of the scorecard is (AGG-1).</summary>
public enum NodeKind
{
    /// <summary>The Council Plan: its children are themes.</summary>
    Plan = 1,

    /// <summary>A theme: its children are outcomes.</summary>
    Theme = 2,

    /// <summary>An outcome: its children are measures and actions.</summary>
    Outcome = 3,

    /// <summary>A performance measure (a leaf).</summary>
    Measure = 4,

    /// <summary>A delivery action (a leaf).</summary>
    Action = 5,
}

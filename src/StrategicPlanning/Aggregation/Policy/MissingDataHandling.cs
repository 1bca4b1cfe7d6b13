namespace StrategicPlanning.Aggregation;

/// <summary>What a level does with a child that is eligible but has no data: a measure without an actual, an action without an update, or a child node with eligible leaves but no score (AGG-8).</summary>
public enum MissingDataHandling
{
    /// <summary>Leave the child out and renormalise the others' weights (AGG-3; the default).</summary>
    Drop = 1,

    /// <summary>Count the child as scoring 0 with its full weight.</summary>
    CountAsZero = 2,

    /// <summary>Give the parent no score at all while any child has no data.</summary>
    BlankParent = 3,
}

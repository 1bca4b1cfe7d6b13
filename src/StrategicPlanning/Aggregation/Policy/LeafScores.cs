namespace StrategicPlanning.Aggregation;

/// <summary>The score each leaf status earns (AGG-2). Excluded, no-data and data-only leaves carry no score.</summary>
/// <remarks>An immutable record. The defaults follow the rules: green 100, amber 50, red 0, complete 100.</remarks>
public sealed record LeafScores
{
    /// <summary>Gets the scores of AGG-2.</summary>
    public static LeafScores Default { get; } = new();

    /// <summary>Gets the score of a green leaf (AGG-2).</summary>
    /// <value>Default 100.</value>
    public decimal Green { get; init; } = 100m;

    /// <summary>Gets the score of an amber leaf (AGG-2).</summary>
    /// <value>Default 50.</value>
    public decimal Amber { get; init; } = 50m;

    /// <summary>Gets the score of a red leaf (AGG-2).</summary>
    /// <value>Default 0.</value>
    public decimal Red { get; init; }

    /// <summary>Gets the score of a completed action (AGG-2).</summary>
    /// <value>Default 100.</value>
    public decimal Complete { get; init; } = 100m;

    /// <summary>Gets the score of a leaf with a given status, or null when the status carries none.</summary>
    /// <param name="status">The leaf's status.</param>
    /// <returns>The score, or null for no data, excluded and data only.</returns>
    public decimal? For(LeafStatus status) => status switch
    {
        LeafStatus.Green => Green,
        LeafStatus.Amber => Amber,
        LeafStatus.Red => Red,
        LeafStatus.Complete => Complete,
        _ => null,
    };
}

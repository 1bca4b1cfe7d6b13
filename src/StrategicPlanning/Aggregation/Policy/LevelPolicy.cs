namespace StrategicPlanning.Aggregation;

/// <summary>How one level of the tree (outcomes, themes, or the plan) turns its children into a score and a RAG (AGG-3, AGG-5, AGG-6, AGG-8).</summary>
/// <remarks>An immutable record; the default is the rules' own for every level.</remarks>
public sealed record LevelPolicy
{
    /// <summary>Gets the rules' default: weighted mean, thresholds 75/25, must-do guard on, missing data dropped.</summary>
    public static LevelPolicy Default { get; } = new();

    /// <summary>Gets how the children's scores combine. Default <see cref="ScoreCombination.WeightedMean"/>.</summary>
    public ScoreCombination Combination { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = ScoreCombination.WeightedMean;

    /// <summary>Gets the RAG thresholds (AGG-5).</summary>
    /// <value>Default <see cref="RagThresholds.Default"/>.</value>
    public RagThresholds Thresholds { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = RagThresholds.Default;

    /// <summary>Gets whether a green node is held at amber when a must-do leaf beneath it is red (AGG-6).</summary>
    /// <value>Default true.</value>
    public bool MustDoGuard { get; init; } = true;

    /// <summary>Gets what to do with children that are eligible but have no data. Default <see cref="MissingDataHandling.Drop"/>.</summary>
    public MissingDataHandling MissingData { get; init; } = MissingDataHandling.Drop;
}

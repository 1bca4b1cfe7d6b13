using StrategicPlanning.Core;

namespace StrategicPlanning.Aggregation;

/// <summary>
/// Turns an exact score into a RAG (AGG-5): green above <see cref="GreenAbove"/>, amber above
/// <see cref="AmberAbove"/>, otherwise red. A score exactly on a threshold goes to the worse colour.
/// </summary>
/// <remarks>An immutable record. The defaults follow the rules: green above 75, amber above 25.</remarks>
public sealed record RagThresholds
{
    /// <summary>Gets the thresholds of AGG-5.</summary>
    public static RagThresholds Default { get; } = new();

    /// <summary>Gets the score a node must exceed to be green (AGG-5).</summary>
    /// <value>Default 75.</value>
    public decimal GreenAbove { get; init; } = 75m;

    /// <summary>Gets the score a node must exceed to be amber (AGG-5).</summary>
    /// <value>Default 25.</value>
    public decimal AmberAbove { get; init; } = 25m;

    /// <summary>Classifies a score.</summary>
    /// <param name="score">The exact score.</param>
    /// <returns>Green, amber or red.</returns>
    public Rag Classify(decimal score) => score > GreenAbove ? Rag.Green : score > AmberAbove ? Rag.Amber : Rag.Red;
}

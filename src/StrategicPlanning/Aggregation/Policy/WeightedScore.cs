namespace StrategicPlanning.Aggregation;

/// <summary>A child's score with its weight, as handed to a <see cref="ScoreCombination"/>.</summary>
/// <param name="Score">The child's score.</param>
/// <param name="Weight">The child's weight, 0 or more.</param>
public readonly record struct WeightedScore(decimal Score, decimal Weight);

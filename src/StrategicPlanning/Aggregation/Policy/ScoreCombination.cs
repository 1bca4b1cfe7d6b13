namespace StrategicPlanning.Aggregation;

/// <summary>
/// How a node combines its scored children's scores (AGG-3, AGG-8). Derive from this class for another rule;
/// <see cref="WeightedMean"/> is the rules' own (AGG-2).
/// </summary>
/// <remarks>
/// Implementations must be pure and thread-safe, must not round, and should return null when there is nothing to
/// combine. The library hands every combination its children in a canonical form (sorted by score then weight,
/// weights divided by their greatest common divisor), so a result never depends on the order of the document's
/// lists or on the scale of its weights, down to the last digit.
/// </remarks>
public abstract class ScoreCombination
{
    /// <summary>Gets the weighted mean of AGG-3: children's weights renormalise over the scored children; weights summing to 0 give no score.</summary>
    public static ScoreCombination WeightedMean { get; } = new WeightedMeanCombination();

    /// <summary>Gets the worst score among children with a positive weight: a node is only as good as its weakest part.</summary>
    public static ScoreCombination Minimum { get; } = new MinimumCombination();

    /// <summary>Gets a short description for traces, e.g. "weighted mean of the scored children (AGG-3)".</summary>
    public abstract string Description { get; }

    /// <summary>Combines children's scores into the parent's.</summary>
    /// <param name="children">The scored children, with their weights.</param>
    /// <returns>The parent's exact score, or null when there is none.</returns>
    public abstract decimal? Combine(ReadOnlySpan<WeightedScore> children);

    /// <summary>Gets the share of the parent's score each child carries, for traces; by default its weight over the total.</summary>
    /// <param name="children">The scored children, with their weights.</param>
    /// <param name="shares">Where to write each child's share, 0 to 1, or null when weights do not apply; as long as <paramref name="children"/>.</param>
    public virtual void EffectiveWeights(ReadOnlySpan<WeightedScore> children, Span<decimal?> shares)
    {
        var total = 0m;
        foreach (var child in children)
        {
            total += child.Weight;
        }

        for (var i = 0; i < children.Length; i++)
        {
            shares[i] = total > 0 ? children[i].Weight / total : null;
        }
    }

    private sealed class WeightedMeanCombination : ScoreCombination
    {
        public override string Description => "weighted mean of the scored children (AGG-3)";

        public override decimal? Combine(ReadOnlySpan<WeightedScore> children)
        {
            decimal weighted = 0m, total = 0m;
            foreach (var child in children)
            {
                weighted += child.Score * child.Weight;
                total += child.Weight;
            }

            return total > 0 ? weighted / total : null;
        }
    }

    private sealed class MinimumCombination : ScoreCombination
    {
        public override string Description => "lowest score among the children with a positive weight";

        public override decimal? Combine(ReadOnlySpan<WeightedScore> children)
        {
            decimal? lowest = null;
            foreach (var child in children)
            {
                if (child.Weight > 0 && (lowest is null || child.Score < lowest))
                {
                    lowest = child.Score;
                }
            }

            return lowest;
        }

        public override void EffectiveWeights(ReadOnlySpan<WeightedScore> children, Span<decimal?> shares) => shares.Clear();
    }
}

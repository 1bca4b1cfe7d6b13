using StrategicPlanning.Core;

namespace StrategicPlanning.Aggregation;

/// <summary>What a child brings to its parent's score.</summary>
internal enum ChildState
{
    /// <summary>It has a score.</summary>
    Scored,

    /// <summary>It is eligible but has no data: handled by <see cref="MissingDataHandling"/>.</summary>
    Missing,

    /// <summary>It has nothing to score (excluded, data only, or no eligible leaves): always left out.</summary>
    NotScorable,
}

/// <summary>
/// The one implementation of AGG-3, AGG-5, AGG-6 and AGG-8 for a node, used both to build the scorecard and to
/// trace it, so that the explanation can never disagree with the number.
/// </summary>
internal static class NodeScoring
{
    public static ChildState StateOf(LeafResult leaf) =>
        leaf.Score is not null ? ChildState.Scored : leaf.Status == LeafStatus.NoData ? ChildState.Missing : ChildState.NotScorable;

    public static ChildState StateOf(ScoreNode node) =>
        node.Score is not null ? ChildState.Scored : node.Counts.Eligible > 0 ? ChildState.Missing : ChildState.NotScorable;

    /// <summary>Adds a child to <paramref name="used"/> as the policy says; returns false when it blanks the parent.</summary>
    public static bool Take(ChildState state, decimal? score, decimal weight, LevelPolicy policy, List<WeightedScore> used)
    {
        switch (state)
        {
            case ChildState.Scored:
                used.Add(new WeightedScore(score!.Value, weight));
                return true;
            case ChildState.Missing when policy.MissingData == MissingDataHandling.CountAsZero:
                used.Add(new WeightedScore(0m, weight));
                return true;
            case ChildState.Missing when policy.MissingData == MissingDataHandling.BlankParent:
                return false;
            default:
                return true;
        }
    }

    /// <summary>Combines what was taken, then classifies: the score, the RAG after the guard, and whether the guard acted.</summary>
    public static (decimal? Score, Rag? Rag, bool Held) Finish(List<WeightedScore> used, bool blanked, bool redMustDo, LevelPolicy policy)
    {
        var score = blanked ? null : Combine(policy.Combination, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(used));
        if (score is not { } exact)
        {
            return (null, null, false);
        }

        var rag = policy.Thresholds.Classify(exact);
        // AGG-6: only a node whose score gives green can be held back.
        var held = rag == Rag.Green && redMustDo && policy.MustDoGuard;
        return (exact, held ? Rag.Amber : rag, held);
    }

    /// <summary>Combines the children in their canonical form (<see cref="CanonicalWeights"/>), without allocating for the usual few children.</summary>
    public static decimal? Combine(ScoreCombination combination, ReadOnlySpan<WeightedScore> children)
    {
        if (children.Length <= 64)
        {
            Span<WeightedScore> canonical = stackalloc WeightedScore[children.Length];
            CanonicalWeights.Apply(children, canonical);
            return combination.Combine(canonical);
        }

        var rented = System.Buffers.ArrayPool<WeightedScore>.Shared.Rent(children.Length);
        try
        {
            var canonical = rented.AsSpan(0, children.Length);
            CanonicalWeights.Apply(children, canonical);
            return combination.Combine(canonical);
        }
        finally
        {
            System.Buffers.ArrayPool<WeightedScore>.Shared.Return(rented);
        }
    }
}

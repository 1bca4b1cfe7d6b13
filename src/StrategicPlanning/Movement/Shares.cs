using System.Runtime.InteropServices;
using StrategicPlanning.Aggregation;

namespace StrategicPlanning.Movement;

/// <summary>A term of a node's score: a leaf, or a child node with no data counted as zero (AGG-8).</summary>
internal readonly record struct TermKey(NodeKind Kind, string Id);

/// <summary>
/// Flattens a node's score into terms: Σ share × score = the node's score, with each leaf's share the product of the
/// effective weights on the path down to it, summed over paths (an action naming two outcomes counts in both, AGG-1).
/// It takes children exactly as the scorecard did (<see cref="NodeScoring.Take"/>), so it matches the real roll-up:
/// children, not leaves, are combined at each level.
/// </summary>
/// <remarks>
/// Each node's own terms (its children's or leaves' effective weights) are worked out once and kept on its
/// <see cref="NodeLayout"/>; every node above it multiplies down through them in the same order as ever, so the
/// shares are the same to the last digit and a node's weights are not worked out again for each level above it.
/// </remarks>
internal static class Shares
{
    /// <summary>
    /// Adds the terms of <paramref name="node"/>'s score (a node of <paramref name="card"/>), each multiplied by
    /// <paramref name="factor"/>, to one side of <paramref name="work"/>: a term met again (by another path) adds its
    /// share to the one already there.
    /// </summary>
    public static void Add(CardLayout card, NodeLayout node, decimal factor, AttributionWork work, AttributionWork.SideState[] side)
    {
        foreach (var owner in OwnersOf(card, node, work))
        {
            var share = factor * owner.Share;
            if (owner.Child is { } scored)
            {
                Add(card, scored, share, work, side);
                continue;
            }

            ref var term = ref side[owner.Slot];
            if (term.TermStamp == work.Stamp)
            {
                term.Share += share;
            }
            else
            {
                term.TermStamp = work.Stamp;
                term.Share = share;
                work.Touch(owner.Slot);
            }
        }
    }

    /// <summary>The node's terms with a share other than 0, in its children's (or leaves') order: worked out once.</summary>
    private static ReadOnlySpan<Owner> OwnersOf(CardLayout card, NodeLayout node, AttributionWork work)
    {
        if (node.OwnersCount >= 0)
        {
            return card.Owners.AsSpan(node.OwnersStart, node.OwnersCount);
        }

        var level = card.Card.Options.Policy.For(node.Node.Kind);
        var (used, owners) = (work.Used, work.Owners);
        used.Clear();
        owners.Clear();
        if (node.Node.Kind == NodeKind.Outcome)
        {
            var leaves = node.Node.Leaves;
            for (var i = 0; i < leaves.Count; i++)
            {
                var leaf = leaves[i];
                Take(NodeScoring.StateOf(leaf), leaf.Score, leaf.Weight, level, used, owners, new Owner(null, card.LeafSlots[node.Start + i], 0m));
            }
        }
        else
        {
            foreach (var child in node.Children)
            {
                var state = NodeScoring.StateOf(child.Node);
                Take(state, child.Node.Score, child.Node.Weight, level, used, owners, new Owner(state == ChildState.Scored ? child : null, child.Slot, 0m));
            }
        }

        var shares = SharesOf(level.Combination, used, node.Node.Score!.Value, work);
        var kept = card.Owners.AsSpan(node.OwnersStart);
        var count = 0;
        for (var i = 0; i < used.Count; i++)
        {
            if (shares[i] != 0m)
            {
                kept[count++] = owners[i] with { Share = shares[i] };
            }
        }

        node.OwnersCount = count;
        return kept[..count];
    }

    private static void Take(ChildState state, decimal? score, decimal weight, LevelPolicy level, List<WeightedScore> used, List<Owner> owners, Owner owner)
    {
        var before = used.Count;
        NodeScoring.Take(state, score, weight, level, used);
        if (used.Count > before)
        {
            owners.Add(owner);
        }
    }

    /// <summary>
    /// Each child's share of the parent: the combination's effective weights (the weighted mean's weight ÷ total); for
    /// a combination that does not weigh (the minimum), the first child with a positive weight whose score is the
    /// parent's carries it all.
    /// </summary>
    private static ReadOnlySpan<decimal> SharesOf(ScoreCombination combination, List<WeightedScore> used, decimal score, AttributionWork work)
    {
        var span = CollectionsMarshal.AsSpan(used);
        var effective = work.Effective(span.Length);
        var shares = work.Shares(span.Length);
        combination.EffectiveWeights(span, effective);
        var weighs = true;
        foreach (var weight in effective)
        {
            weighs &= weight is not null;
        }

        if (weighs)
        {
            for (var i = 0; i < shares.Length; i++)
            {
                shares[i] = effective[i]!.Value;
            }

            return shares;
        }

        var setter = used.FindIndex(c => c.Weight > 0 && c.Score == score);
        if (setter >= 0)
        {
            shares[setter] = 1m;
        }

        return shares;
    }

    /// <summary>
    /// One term of a node's score: a scored child to go down into, or a leaf or a child counted as zero (its term
    /// number), with its share of the node. The score a term counts with is not kept: it is its leaf's, or 0 for a leaf
    /// with no data or a child counted as zero, whichever node it is counted in (<see cref="ComparedLeaves.Side"/>).
    /// </summary>
    internal readonly record struct Owner(NodeLayout? Child, int Slot, decimal Share);
}

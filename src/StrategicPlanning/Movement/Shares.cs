using StrategicPlanning.Aggregation;

namespace StrategicPlanning.Movement;

/// <summary>A term of a node's score: a leaf, or a child node with no data counted as zero (AGG-8).</summary>
internal readonly record struct TermKey(NodeKind Kind, string Id);

/// <summary>A term's share of a node's score and the score it counts with.</summary>
internal readonly record struct Term(decimal Share, decimal Score);

/// <summary>
/// Flattens a node's score into terms: Σ share × score = the node's score, with each leaf's share the product of the
/// effective weights on the path down to it, summed over paths (an action naming two outcomes counts in both, AGG-1).
/// It takes children exactly as the scorecard did (<see cref="NodeScoring.Take"/>), so it matches the real roll-up:
/// children, not leaves, are combined at each level.
/// </summary>
internal static class Shares
{
    public static Dictionary<TermKey, Term> Of(Scorecard card, ScoreNode node)
    {
        var terms = new Dictionary<TermKey, Term>();
        if (node.Score is not null)
        {
            Add(card.Options.Policy, node, 1m, terms);
        }

        return terms;
    }

    private static void Add(AggregationPolicy policy, ScoreNode node, decimal factor, Dictionary<TermKey, Term> terms)
    {
        var level = policy.For(node.Kind);
        var used = new List<WeightedScore>();
        var owners = new List<(TermKey Key, ScoreNode? Node)>();
        if (node.Kind == NodeKind.Outcome)
        {
            foreach (var leaf in node.Leaves)
            {
                Take(NodeScoring.StateOf(leaf), leaf.Score, leaf.Weight, level, used, owners, new TermKey(leaf.Kind, leaf.Id), null);
            }
        }
        else
        {
            foreach (var child in node.Children)
            {
                var state = NodeScoring.StateOf(child);
                Take(state, child.Score, child.Weight, level, used, owners, new TermKey(child.Kind, child.Id), state == ChildState.Scored ? child : null);
            }
        }

        var shares = SharesOf(level.Combination, used, node.Score!.Value);
        for (var i = 0; i < used.Count; i++)
        {
            if (shares[i] == 0m)
            {
                continue;
            }

            var share = factor * shares[i];
            if (owners[i].Node is { } scored)
            {
                Add(policy, scored, share, terms);
            }
            else
            {
                var key = owners[i].Key;
                terms[key] = terms.TryGetValue(key, out var known) ? known with { Share = known.Share + share } : new Term(share, used[i].Score);
            }
        }
    }

    private static void Take(ChildState state, decimal? score, decimal weight, LevelPolicy level, List<WeightedScore> used, List<(TermKey, ScoreNode?)> owners, TermKey key, ScoreNode? node)
    {
        var before = used.Count;
        NodeScoring.Take(state, score, weight, level, used);
        if (used.Count > before)
        {
            owners.Add((key, node));
        }
    }

    /// <summary>
    /// Each child's share of the parent: the combination's effective weights (the weighted mean's weight ÷ total); for
    /// a combination that does not weigh (the minimum), the first child with a positive weight whose score is the
    /// parent's carries it all.
    /// </summary>
    private static decimal[] SharesOf(ScoreCombination combination, List<WeightedScore> used, decimal score)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(used);
        var effective = new decimal?[span.Length];
        combination.EffectiveWeights(span, effective);
        var shares = new decimal[span.Length];
        if (Array.TrueForAll(effective, e => e is not null))
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
}

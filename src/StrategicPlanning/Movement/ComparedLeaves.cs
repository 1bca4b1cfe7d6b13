using StrategicPlanning.Aggregation;

namespace StrategicPlanning.Movement;

/// <summary>
/// What the rows of one comparison (<see cref="ContributionRow"/>) are read with: the terms by number, each
/// scorecard's leaves and leaf scores (AGG-2), and the names of the nodes counted as zero (AGG-8). Made once per
/// comparison; the names are added while it is made, and nothing changes after.
/// </summary>
internal sealed class ComparedLeaves
{
    private readonly List<string> nodeNames = [];

    public ComparedLeaves(TermKey[] keys, CardLayout then, CardLayout now)
    {
        Keys = keys;
        ThenLeaves = then.Leaves;
        NowLeaves = now.Leaves;
        ThenScores = then.Card.Options.Policy.LeafScores;
        NowScores = now.Card.Options.Policy.LeafScores;
    }

    /// <summary>Gets each term by its number.</summary>
    public TermKey[] Keys { get; }

    /// <summary>Gets the earlier scorecard's leaves, in walking order (<see cref="CardLayout.Leaves"/>).</summary>
    public CardLayout.LeafFacts[] ThenLeaves { get; }

    /// <summary>Gets the later scorecard's leaves, in walking order.</summary>
    public CardLayout.LeafFacts[] NowLeaves { get; }

    /// <summary>Gets the scores each leaf status earned on the earlier scorecard.</summary>
    public LeafScores ThenScores { get; }

    /// <summary>Gets the scores each leaf status earns on the later scorecard.</summary>
    public LeafScores NowScores { get; }

    /// <summary>Keeps the name of a term that is no leaf beneath the node; returns its number.</summary>
    public int AddName(string name)
    {
        nodeNames.Add(name);
        return nodeNames.Count - 1;
    }

    /// <summary>The name kept as number <paramref name="number"/>.</summary>
    public string Name(int number) => nodeNames[number];

    /// <summary>
    /// One scorecard's side of a term in one node's attribution. The score it counts with is its leaf's score
    /// (<see cref="LeafScores.For"/>, as the scorecard gave the leaf, AGG-2), or 0 for a leaf with no data or a node
    /// counted as zero (AGG-8): the same under every node it counts in, so it is not kept per node.
    /// </summary>
    /// <param name="leaves">The scorecard's leaves.</param>
    /// <param name="scores">The scorecard's leaf scores.</param>
    /// <param name="at">Where the leaf is in <paramref name="leaves"/>, or below 0 when it is not beneath the node (or is no leaf).</param>
    /// <param name="counted">Whether the term counts in the node's score.</param>
    /// <param name="share">Its share of the node's score (0 when it does not count).</param>
    public static Contribution.Side Side(CardLayout.LeafFacts[] leaves, LeafScores scores, int at, bool counted, decimal share)
    {
        if (at < 0)
        {
            return new Contribution.Side(null, counted ? 0m : null, null, share);
        }

        var leaf = leaves[at];
        return new Contribution.Side(leaf.Status, counted ? scores.For(leaf.Status) ?? 0m : null, leaf.Weight, share);
    }
}

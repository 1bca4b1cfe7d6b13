using StrategicPlanning.Aggregation;

namespace StrategicPlanning.Movement;

/// <summary>
/// A node of one scorecard laid out for the attribution: its term's number, and where its own leaves and all the
/// leaves beneath it sit among the scorecard's leaves in walking order (a node's leaves, then its children's), so
/// that the leaves beneath any node are one run of that list.
/// </summary>
internal sealed class NodeLayout
{
    public NodeLayout(ScoreNode node, int slot, int start, int ownEnd, int end, NodeLayout[] children, int ownersStart)
    {
        OwnersStart = ownersStart;
        Node = node;
        Slot = slot;
        Start = start;
        OwnEnd = ownEnd;
        End = end;
        Children = children;
    }

    /// <summary>Gets the scorecard's node.</summary>
    public ScoreNode Node { get; }

    /// <summary>Gets the number of the node's own term (<see cref="TermSlots"/>).</summary>
    public int Slot { get; }

    /// <summary>Gets where the node's own leaves start in the scorecard's list.</summary>
    public int Start { get; }

    /// <summary>Gets where the node's own leaves end.</summary>
    public int OwnEnd { get; }

    /// <summary>Gets where the leaves beneath it end (they start at <see cref="Start"/>).</summary>
    public int End { get; }

    /// <summary>Gets the children's layouts, in the node's order.</summary>
    public NodeLayout[] Children { get; }

    /// <summary>Gets where the terms the node's score is made of (<see cref="Shares"/>) sit in the card's <see cref="CardLayout.Owners"/>: room for one per child (or leaf, for an outcome).</summary>
    public int OwnersStart { get; }

    /// <summary>Gets or sets how many terms the node's score is made of, once worked out (on first use: the same at every level above it); -1 before.</summary>
    public int OwnersCount { get; set; } = -1;
}

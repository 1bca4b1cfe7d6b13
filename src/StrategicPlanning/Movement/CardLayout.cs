using StrategicPlanning.Aggregation;

namespace StrategicPlanning.Movement;

/// <summary>
/// One scorecard laid out for the attribution: its nodes (<see cref="NodeLayout"/>) and its leaves in walking order
/// (a node's leaves, then its children's), each with its term number (<see cref="TermSlots"/>).
/// </summary>
/// <remarks>
/// The first scorecard laid out numbers its terms without hashing: a leaf under two outcomes is one leaf of the
/// scorecard (its kind and <see cref="LeafResult.Index"/>), and ids are unique in a document (VAL-2). The second
/// takes the first's number for each leaf or node it has at the same place in the walk with the same kind and id,
/// and looks the id up only where the two differ: comparing a document with itself, or with a version of the same
/// shape, hashes nothing, which keeps a million-leaf comparison from spending its time on a million-entry table.
/// </remarks>
internal sealed class CardLayout
{
    private readonly TermSlots terms;
    private readonly CardLayout? match;
    private readonly int[]?[] firstSlots;
    private readonly int[] nodeSlots;
    private int leafCount, nodeCount, owners;

    /// <summary>Lays out <paramref name="card"/>, numbering its terms in <paramref name="terms"/>.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="terms">The numbering both scorecards share.</param>
    /// <param name="match">The other scorecard's layout, already made, whose numbers this one takes where the two agree; null for the first.</param>
    public CardLayout(Scorecard card, TermSlots terms, CardLayout? match)
    {
        Card = card;
        this.terms = terms;
        this.match = match;
        firstSlots = match is null ? [New(card.Measures.Count), New(card.Actions.Count)] : [null, null];
        var (leaves, nodes) = Count(card.Plan);
        LeafSlots = new int[leaves];
        Leaves = new LeafFacts[leaves];
        nodeSlots = new int[nodes];
        Root = Lay(card.Plan);
        Owners = new Shares.Owner[owners];
    }

    /// <summary>Gets the scorecard.</summary>
    public Scorecard Card { get; }

    /// <summary>Gets the plan's layout.</summary>
    public NodeLayout Root { get; }

    /// <summary>Gets each leaf's term number, in walking order (a leaf under two outcomes is there twice).</summary>
    public int[] LeafSlots { get; }

    /// <summary>Gets what the attribution needs of each leaf, in the same order.</summary>
    public LeafFacts[] Leaves { get; }

    /// <summary>Gets the terms of every node's score (<see cref="Shares"/>), each node's in its own run (<see cref="NodeLayout.OwnersStart"/>): one array for the card, not one per node.</summary>
    public Shares.Owner[] Owners { get; }

    private static int[] New(int count)
    {
        var slots = new int[count];
        Array.Fill(slots, -1);
        return slots;
    }

    /// <summary>How many leaves (a leaf under two outcomes twice) and nodes the walk meets, to size the arrays exactly.</summary>
    private static (int Leaves, int Nodes) Count(ScoreNode node)
    {
        var (leaves, nodes) = (node.Leaves.Count, 1);
        foreach (var child in node.Children)
        {
            var (l, n) = Count(child);
            (leaves, nodes) = (leaves + l, nodes + n);
        }

        return (leaves, nodes);
    }

    private NodeLayout Lay(ScoreNode node)
    {
        var start = leafCount;
        var leaves = node.Leaves;
        for (var i = 0; i < leaves.Count; i++, leafCount++)
        {
            var leaf = leaves[i];
            LeafSlots[leafCount] = LeafSlot(leaf, leafCount);
            Leaves[leafCount] = new LeafFacts(leaf.Title, leaf.Weight, leaf.Status);
        }

        var ownEnd = leafCount;
        var ownersStart = owners;
        owners += node.Kind == NodeKind.Outcome ? leaves.Count : node.Children.Count;
        var slot = nodeSlots[nodeCount] = NodeSlot(node, nodeCount);
        nodeCount++;
        var children = node.Children.Count == 0 ? [] : new NodeLayout[node.Children.Count];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = Lay(node.Children[i]);
        }

        return new NodeLayout(node, slot, start, ownEnd, leafCount, children, ownersStart);
    }

    /// <summary>The term number of the leaf at <paramref name="place"/> in the walk.</summary>
    private int LeafSlot(in LeafResult leaf, int place)
    {
        if (match is not null)
        {
            return place < match.LeafSlots.Length && terms.Is(match.LeafSlots[place], leaf.Kind, leaf.Id) ? match.LeafSlots[place] : terms.Of(leaf.Kind, leaf.Id);
        }

        var first = firstSlots[leaf.Kind == NodeKind.Measure ? 0 : 1]!;
        if ((uint)leaf.Index >= (uint)first.Length || leaf.Kind is not (NodeKind.Measure or NodeKind.Action))
        {
            return terms.Of(leaf.Kind, leaf.Id);
        }

        return first[leaf.Index] >= 0 ? first[leaf.Index] : first[leaf.Index] = terms.Add(leaf.Kind, leaf.Id);
    }

    /// <summary>The term number of the node at <paramref name="place"/> in the walk.</summary>
    private int NodeSlot(ScoreNode node, int place)
    {
        if (match is null)
        {
            return terms.Add(node.Kind, node.Id);
        }

        return place < match.nodeSlots.Length && terms.Is(match.nodeSlots[place], node.Kind, node.Id) ? match.nodeSlots[place] : terms.Of(node.Kind, node.Id);
    }

    /// <summary>A leaf's title, own weight and status (AGG-9).</summary>
    internal readonly record struct LeafFacts(string Title, decimal Weight, LeafStatus Status);
}

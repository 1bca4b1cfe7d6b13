using StrategicPlanning.Aggregation;

namespace StrategicPlanning.Movement;

/// <summary>
/// The working tables of one comparison: for each term number (<see cref="TermSlots"/>), what each scorecard has of
/// that term beneath the node being attributed. Each attribution takes a new stamp, so the tables are never cleared:
/// an entry counts only when it carries the current stamp, and the terms touched are listed as they are met. Made
/// once per comparison and used by one thread.
/// </summary>
internal sealed class AttributionWork
{
    /// <summary>Rows in a shared chunk: 1,024 of 48 bytes, below the large-object heap's 85,000 bytes.</summary>
    private const int ChunkRows = 1024;

    private readonly int[] touchedAt;
    private ContributionRow[] chunk = [];
    private decimal?[] effective = [];
    private decimal[] shares = [];
    private int chunkUsed;
    private Attribution.Part[] parts = [];

    public AttributionWork(TermSlots terms, CardLayout then, CardLayout now)
    {
        Keys = terms.Array;
        Ranks = terms.Ranks();
        Then = then;
        Now = now;
        ThenSide = new SideState[terms.Count];
        NowSide = new SideState[terms.Count];
        touchedAt = new int[terms.Count];
        Leaves = new ComparedLeaves(Keys, then, now);
    }

    /// <summary>Gets each term by its number (the array may be longer than the number of terms).</summary>
    public TermKey[] Keys { get; }

    /// <summary>Gets each term's rank in the order of kind, then id (<see cref="TermSlots.Ranks"/>), by its number.</summary>
    public int[] Ranks { get; }

    /// <summary>Gets what the rows made here are read with.</summary>
    public ComparedLeaves Leaves { get; }

    /// <summary>Gets the earlier scorecard's layout.</summary>
    public CardLayout Then { get; }

    /// <summary>Gets the later scorecard's layout.</summary>
    public CardLayout Now { get; }

    /// <summary>Gets the earlier scorecard's side of each term.</summary>
    public SideState[] ThenSide { get; }

    /// <summary>Gets the later scorecard's side of each term.</summary>
    public SideState[] NowSide { get; }

    /// <summary>Gets the current stamp.</summary>
    public int Stamp { get; private set; }

    /// <summary>Gets the terms touched since <see cref="Begin"/>, in the order met.</summary>
    public List<int> Touched { get; } = [];

    /// <summary>Gets a scratch list for <see cref="Shares"/>: the children a node's score takes.</summary>
    public List<WeightedScore> Used { get; } = [];

    /// <summary>Gets a scratch list for <see cref="Shares"/>: whose each of <see cref="Used"/> is.</summary>
    public List<Shares.Owner> Owners { get; } = [];

    /// <summary>A scratch span of <paramref name="count"/> effective weights for <see cref="Shares"/>, all null, kept from one node to the next.</summary>
    public Span<decimal?> Effective(int count)
    {
        if (effective.Length < count)
        {
            effective = new decimal?[Math.Max(count, effective.Length * 2)];
        }

        var weights = effective.AsSpan(0, count);
        weights.Clear();
        return weights;
    }

    /// <summary>A scratch span of <paramref name="count"/> shares for <see cref="Shares"/>, all 0, kept from one node to the next.</summary>
    public Span<decimal> Shares(int count)
    {
        if (shares.Length < count)
        {
            shares = new decimal[Math.Max(count, shares.Length * 2)];
        }

        var span = shares.AsSpan(0, count);
        span.Clear();
        return span;
    }

    /// <summary>A scratch array of at least <paramref name="count"/> parts for <see cref="Attribution"/>, kept from one node to the next.</summary>
    public Attribution.Part[] Parts(int count)
    {
        if (parts.Length < count)
        {
            parts = new Attribution.Part[Math.Max(count, parts.Length * 2)];
        }

        return parts;
    }

    /// <summary>
    /// Room for one node's <paramref name="count"/> contributions: a run of a shared chunk for a node of up to
    /// <see cref="ChunkRows"/> / 2, an array of its own for a larger one. A million-leaf comparison's three million
    /// rows then sit in a few thousand arrays rather than a hundred thousand, and the chunks stay below the
    /// large-object heap, whose allocations would bring on full collections of the whole heap.
    /// </summary>
    public ArraySegment<ContributionRow> RowsFor(int count)
    {
        if (count > ChunkRows / 2)
        {
            return new ContributionRow[count];
        }

        if (chunk.Length - chunkUsed < count)
        {
            (chunk, chunkUsed) = (new ContributionRow[ChunkRows], 0);
        }

        chunkUsed += count;
        return new ArraySegment<ContributionRow>(chunk, chunkUsed - count, count);
    }

    /// <summary>Starts a new attribution: a new stamp, nothing touched.</summary>
    public void Begin()
    {
        Stamp++;
        Touched.Clear();
    }

    /// <summary>Lists a term as touched, once per attribution.</summary>
    public void Touch(int slot)
    {
        if (touchedAt[slot] != Stamp)
        {
            touchedAt[slot] = Stamp;
            Touched.Add(slot);
        }
    }

    /// <summary>Marks the distinct leaves beneath <paramref name="node"/> on one side, each with its first place in the card's list.</summary>
    public void Beneath(CardLayout card, NodeLayout node, SideState[] side)
    {
        var slots = card.LeafSlots;
        for (var i = node.Start; i < node.End; i++)
        {
            var slot = slots[i];
            ref var state = ref side[slot];
            if (state.LeafStamp != Stamp)
            {
                state.LeafStamp = Stamp;
                state.LeafAt = i;
                Touch(slot);
            }
        }
    }

    /// <summary>One scorecard's side of a term in the current attribution: the leaf (when <see cref="LeafStamp"/> is current) and the term (when <see cref="TermStamp"/> is).</summary>
    internal struct SideState
    {
        /// <summary>The stamp of the attribution that found the leaf beneath its node.</summary>
        public int LeafStamp;

        /// <summary>Where the leaf is in the card's list (<see cref="CardLayout.Leaves"/>).</summary>
        public int LeafAt;

        /// <summary>The stamp of the attribution that found the term in its node's score.</summary>
        public int TermStamp;

        /// <summary>The term's share of the node's score (its score is its leaf's, <see cref="ComparedLeaves.Side"/>).</summary>
        public decimal Share;
    }
}

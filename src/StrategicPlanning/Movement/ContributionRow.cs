namespace StrategicPlanning.Movement;

/// <summary>
/// A <see cref="Contribution"/> kept as a value in its node's array (<see cref="ContributionRows"/>): a million-leaf
/// comparison holds three million of them, which as arrays of values cost the collector a few objects rather than
/// millions. A row keeps only what depends on the node: the term's shares of it and whether it counts on each side,
/// with the term's number and where the leaf is in each scorecard's list. The rest is looked up or worked out again
/// as the row is read (<see cref="ComparedLeaves"/>): the kind, id, title, status, own weight and score (the same
/// under every node), and the two parts, from the same formula (<see cref="Attribution.Parts"/>) with the node's
/// middle score. 48 bytes a row rather than 120.
/// </summary>
internal readonly record struct ContributionRow
{
    private const byte CountedThen = 1, CountedNow = 2;

    private readonly decimal shareThen, shareNow;
    private readonly int slot, thenAt, nowAt;
    private readonly byte cause, counted;

    /// <param name="slot">The term's number (<see cref="TermSlots"/>).</param>
    /// <param name="thenAt">Where the leaf is in the earlier scorecard's list, or -1 when it was not beneath the node.</param>
    /// <param name="nowAt">
    /// Where the leaf is in the later scorecard's list, or -1 when it is not beneath the node; for a term beneath the
    /// node on neither side (a node counted as zero, AGG-8), -2 − the number of its name (<see cref="ComparedLeaves.AddName"/>).
    /// </param>
    /// <param name="cause">What changed about the leaf.</param>
    /// <param name="then">The earlier side, made by <see cref="ComparedLeaves.Side"/> from <paramref name="thenAt"/>.</param>
    /// <param name="now">The later side, made the same way from <paramref name="nowAt"/>.</param>
    public ContributionRow(int slot, int thenAt, int nowAt, ContributionCause cause, in Contribution.Side then, in Contribution.Side now)
    {
        this.slot = slot;
        this.thenAt = thenAt;
        this.nowAt = nowAt;
        this.cause = (byte)cause;
        counted = (byte)((then.Score is null ? 0 : CountedThen) | (now.Score is null ? 0 : CountedNow));
        shareThen = then.Share;
        shareNow = now.Share;
    }

    /// <summary>The row's two parts, worked out as when it was made.</summary>
    public (decimal FromScore, decimal FromMix) Parts(ComparedLeaves leaves, decimal middle) =>
        Attribution.Parts(Then(leaves), Now(leaves), middle);

    /// <summary>The contribution this row holds, read with the comparison it was made in.</summary>
    /// <param name="leaves">The comparison's terms and leaves.</param>
    /// <param name="middle">The mean of the node's two scores.</param>
    /// <param name="parts">The parts when they are not the formula's (the remainder's row, <see cref="ContributionRows"/>).</param>
    public Contribution ToContribution(ComparedLeaves leaves, decimal middle, (decimal FromScore, decimal FromMix)? parts)
    {
        var key = leaves.Keys[slot];
        var (then, now) = (Then(leaves), Now(leaves));
        var (fromScore, fromMix) = parts ?? Attribution.Parts(then, now, middle);
        var title = nowAt >= 0 ? leaves.NowLeaves[nowAt].Title : thenAt >= 0 ? leaves.ThenLeaves[thenAt].Title : leaves.Name(-2 - nowAt);
        return new(key.Kind, key.Id, title, (ContributionCause)cause, then, now, fromScore, fromMix);
    }

    private Contribution.Side Then(ComparedLeaves leaves) =>
        ComparedLeaves.Side(leaves.ThenLeaves, leaves.ThenScores, thenAt, (counted & CountedThen) != 0, shareThen);

    private Contribution.Side Now(ComparedLeaves leaves) =>
        ComparedLeaves.Side(leaves.NowLeaves, leaves.NowScores, nowAt, (counted & CountedNow) != 0, shareNow);
}

namespace StrategicPlanning.Movement;

/// <summary>
/// A <see cref="Contribution"/> kept as a value in its node's array (<see cref="ContributionRows"/>): a million-leaf
/// comparison holds three million of them, which as arrays of values cost the collector a few objects rather than
/// millions. What does not depend on the node (the term's kind and id, the leaf's status and own weight on each side)
/// is not copied into every row: the row keeps the term's number and where the leaf is in each scorecard's list,
/// and those are looked up as the row is read (120 bytes a row rather than 152).
/// </summary>
internal readonly record struct ContributionRow
{
    private const byte HasScoreThen = 1, HasScoreNow = 2;

    private readonly string title;
    private readonly decimal scoreThen, scoreNow, shareThen, shareNow;
    private readonly int slot, thenAt, nowAt;
    private readonly byte cause, has;

    /// <param name="slot">The term's number (<see cref="TermSlots"/>).</param>
    /// <param name="thenAt">Where the leaf is in the earlier scorecard's list, or -1 when it was not beneath the node.</param>
    /// <param name="nowAt">Where the leaf is in the later scorecard's list, or -1 when it is not beneath the node.</param>
    /// <param name="title">The leaf's title.</param>
    /// <param name="cause">What changed about the leaf.</param>
    /// <param name="then">The earlier side (its status and weight are those at <paramref name="thenAt"/>).</param>
    /// <param name="now">The later side (its status and weight are those at <paramref name="nowAt"/>).</param>
    /// <param name="fromScore">The part from the term's own score changing.</param>
    /// <param name="fromMix">The part from the mix changing.</param>
    public ContributionRow(int slot, int thenAt, int nowAt, string title, ContributionCause cause, in Contribution.Side then, in Contribution.Side now, decimal fromScore, decimal fromMix)
    {
        this.slot = slot;
        this.thenAt = thenAt;
        this.nowAt = nowAt;
        this.title = title;
        this.cause = (byte)cause;
        scoreThen = then.Score ?? 0m;
        scoreNow = now.Score ?? 0m;
        has = (byte)((then.Score is null ? 0 : HasScoreThen) | (now.Score is null ? 0 : HasScoreNow));
        shareThen = then.Share;
        shareNow = now.Share;
        FromScore = fromScore;
        FromMix = fromMix;
    }

    /// <summary>Gets the part from the term's own score changing.</summary>
    public decimal FromScore { get; init; }

    /// <summary>Gets the part from the mix changing.</summary>
    public decimal FromMix { get; init; }

    /// <summary>The contribution this row holds, with the terms and the leaves of the comparison it was made in.</summary>
    public Contribution ToContribution(TermKey[] keys, CardLayout.LeafFacts[] thenLeaves, CardLayout.LeafFacts[] nowLeaves)
    {
        var key = keys[slot];
        return new(key.Kind, key.Id, title, (ContributionCause)cause, Side(thenLeaves, thenAt, HasScoreThen, scoreThen, shareThen), Side(nowLeaves, nowAt, HasScoreNow, scoreNow, shareNow), FromScore, FromMix);
    }

    private Contribution.Side Side(CardLayout.LeafFacts[] leaves, int at, byte hasScore, decimal score, decimal share) =>
        new(at < 0 ? null : leaves[at].Status, (has & hasScore) != 0 ? score : null, at < 0 ? null : leaves[at].Weight, share);
}

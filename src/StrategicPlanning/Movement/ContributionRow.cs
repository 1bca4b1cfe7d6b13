using StrategicPlanning.Aggregation;

namespace StrategicPlanning.Movement;

/// <summary>
/// A <see cref="Contribution"/> kept as a value in its node's array (<see cref="ContributionRows"/>): a million-leaf
/// comparison holds three million of them, which as arrays of values cost the collector a few objects rather than
/// millions. Two rows are equal exactly when the contributions they make are.
/// </summary>
internal readonly record struct ContributionRow
{
    private const byte HasScoreThen = 1, HasScoreNow = 2, HasWeightThen = 4, HasWeightNow = 8;

    private readonly string id;
    private readonly string title;
    private readonly decimal scoreThen, scoreNow, weightThen, weightNow, shareThen, shareNow;
    private readonly byte kind, cause, statusThen, statusNow, has;

    public ContributionRow(NodeKind kind, string id, string title, ContributionCause cause, in Contribution.Side then, in Contribution.Side now, decimal fromScore, decimal fromMix)
    {
        this.kind = (byte)kind;
        this.id = id;
        this.title = title;
        this.cause = (byte)cause;
        statusThen = (byte)(then.Status ?? 0);
        statusNow = (byte)(now.Status ?? 0);
        scoreThen = then.Score ?? 0m;
        scoreNow = now.Score ?? 0m;
        weightThen = then.Weight ?? 0m;
        weightNow = now.Weight ?? 0m;
        has = (byte)((then.Score is null ? 0 : HasScoreThen) | (now.Score is null ? 0 : HasScoreNow) | (then.Weight is null ? 0 : HasWeightThen) | (now.Weight is null ? 0 : HasWeightNow));
        shareThen = then.Share;
        shareNow = now.Share;
        FromScore = fromScore;
        FromMix = fromMix;
    }

    /// <summary>Gets the part from the term's own score changing.</summary>
    public decimal FromScore { get; init; }

    /// <summary>Gets the part from the mix changing.</summary>
    public decimal FromMix { get; init; }

    /// <summary>The contribution this row holds.</summary>
    public Contribution ToContribution() =>
        new((NodeKind)kind, id, title, (ContributionCause)cause, Side(statusThen, HasScoreThen, scoreThen, HasWeightThen, weightThen, shareThen), Side(statusNow, HasScoreNow, scoreNow, HasWeightNow, weightNow, shareNow), FromScore, FromMix);

    private Contribution.Side Side(byte status, byte hasScore, decimal score, byte hasWeight, decimal weight, decimal share) =>
        new(status == 0 ? null : (LeafStatus)status, (has & hasScore) != 0 ? score : null, (has & hasWeight) != 0 ? weight : null, share);
}

using StrategicPlanning.Aggregation;

namespace StrategicPlanning.Movement;

/// <summary>
/// What one leaf brought to a node's score change between two scorecards: the part from its own score changing and
/// the part from the mix changing. A node's contributions add up to its change exactly.
/// </summary>
/// <remarks>
/// <para>
/// With <c>e</c> and <c>e′</c> the leaf's shares of the node then and now (<see cref="ShareThen"/>, <see cref="ShareNow"/>:
/// the product of the effective weights on the path from the node down to the leaf, 0 where it did not count), <c>s</c>
/// and <c>s′</c> its scores, and <c>S</c>, <c>S′</c> the node's scores:
/// <see cref="FromScore"/> = (e + e′)/2 × (s′ − s) when it counted both times, else 0; <see cref="FromMix"/> =
/// (e′ − e) × (s̄ − (S + S′)/2), with s̄ the mean of the scores it had. A leaf that gains weight while scoring above
/// the node's average pulls the node up; one that drops out while scoring below it does too.
/// </para>
/// <para>
/// Under a policy that counts missing data as zero (AGG-8) a whole outcome or theme with no data can be a term of its
/// parent's score; it then appears here as a contribution of that <see cref="Kind"/> with no status.
/// </para>
/// <para>Immutable.</para>
/// </remarks>
public sealed record Contribution
{
    internal Contribution(NodeKind kind, string id, string title, ContributionCause cause, in Side then, in Side now, decimal fromScore, decimal fromMix)
    {
        Kind = kind;
        Id = id;
        Title = title;
        Cause = cause;
        StatusThen = then.Status;
        StatusNow = now.Status;
        ScoreThen = then.Score;
        ScoreNow = now.Score;
        WeightThen = then.Weight;
        WeightNow = now.Weight;
        ShareThen = then.Share;
        ShareNow = now.Share;
        FromScore = fromScore;
        FromMix = fromMix;
        Total = fromScore + fromMix;
    }

    /// <summary>Gets measure or action (or, under a count-as-zero policy, the outcome or theme counted as 0).</summary>
    public NodeKind Kind { get; }

    /// <summary>Gets the leaf's id.</summary>
    public string Id { get; }

    /// <summary>Gets the leaf's title, as it is now (as it was, when it has gone).</summary>
    public string Title { get; }

    /// <summary>Gets what changed about the leaf.</summary>
    public ContributionCause Cause { get; }

    /// <summary>Gets its status then (AGG-9), or null when it was not beneath the node.</summary>
    public LeafStatus? StatusThen { get; }

    /// <summary>Gets its status now (AGG-9), or null when it is not beneath the node.</summary>
    public LeafStatus? StatusNow { get; }

    /// <summary>Gets the score it counted with then (0 for missing data counted as zero), or null when it did not count.</summary>
    public decimal? ScoreThen { get; }

    /// <summary>Gets the score it counts with now, or null when it does not count.</summary>
    public decimal? ScoreNow { get; }

    /// <summary>Gets its own weight then, or null when it was not beneath the node.</summary>
    public decimal? WeightThen { get; }

    /// <summary>Gets its own weight now, or null when it is not beneath the node.</summary>
    public decimal? WeightNow { get; }

    /// <summary>Gets its share of the node's score then, 0 to 1: the effective weights multiplied down the path, summed over paths (AGG-1, AGG-3).</summary>
    public decimal ShareThen { get; }

    /// <summary>Gets its share of the node's score now, 0 to 1.</summary>
    public decimal ShareNow { get; }

    /// <summary>Gets the part of the node's change that comes from the leaf's own score changing: its mean share × its score change.</summary>
    public decimal FromScore { get; }

    /// <summary>Gets the part that comes from the mix changing: its change of share × how far its score is from the node's mean score.</summary>
    public decimal FromMix { get; }

    /// <summary>Gets <see cref="FromScore"/> + <see cref="FromMix"/>, exactly.</summary>
    public decimal Total { get; }

    /// <summary>One side of a contribution: the leaf's status, counted score, own weight and share at one date.</summary>
    internal readonly record struct Side(LeafStatus? Status, decimal? Score, decimal? Weight, decimal Share);
}

using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;

namespace StrategicPlanning.Movement;

/// <summary>
/// How the plan, a theme or an outcome moved between two scorecards: its score and RAG then and now, what the RAG
/// thresholds (AGG-5) and the must-do guard (AGG-6) did, and the contribution of every leaf beneath it, which add up
/// to <see cref="Change"/> exactly.
/// </summary>
/// <remarks>Immutable. Nodes are matched by id; a node found in one scorecard only has nothing on the other side.</remarks>
public sealed record NodeMovement
{
    internal NodeMovement(ScoreNode? then, ScoreNode? now, decimal? change, Rag? bandThen, Rag? bandNow, IReadOnlyList<Contribution> contributions, IReadOnlyList<NodeMovement> children)
    {
        var either = now ?? then!;
        Kind = either.Kind;
        Id = either.Id;
        Name = either.Name;
        InThen = then is not null;
        InNow = now is not null;
        ScoreThen = then?.Score;
        ScoreNow = now?.Score;
        Change = change;
        RagThen = then?.Rag;
        RagNow = now?.Rag;
        BandThen = bandThen;
        BandNow = bandNow;
        MustDoGuard = (then?.HeldByMustDo ?? false, now?.HeldByMustDo ?? false) switch
        {
            (false, false) => MustDoGuardMove.NotHeld,
            (false, true) => MustDoGuardMove.NowHeld,
            (true, false) => MustDoGuardMove.NoLongerHeld,
            _ => MustDoGuardMove.StillHeld,
        };
        Contributions = contributions;
        Children = children;
    }

    /// <summary>Gets plan, theme or outcome.</summary>
    public NodeKind Kind { get; }

    /// <summary>Gets its id.</summary>
    public string Id { get; }

    /// <summary>Gets its name or title, as it is now (as it was, when it has gone).</summary>
    public string Name { get; }

    /// <summary>Gets whether the earlier scorecard has this node.</summary>
    public bool InThen { get; }

    /// <summary>Gets whether the later scorecard has this node.</summary>
    public bool InNow { get; }

    /// <summary>Gets the exact score then (AGG-3), or null.</summary>
    public decimal? ScoreThen { get; }

    /// <summary>Gets the exact score now, or null.</summary>
    public decimal? ScoreNow { get; }

    /// <summary>Gets <see cref="ScoreNow"/> − <see cref="ScoreThen"/>, exact, or null when either is null.</summary>
    public decimal? Change { get; }

    /// <summary>Gets the RAG then, after the must-do guard (AGG-5, AGG-6), or null.</summary>
    public Rag? RagThen { get; }

    /// <summary>Gets the RAG now, after the must-do guard, or null.</summary>
    public Rag? RagNow { get; }

    /// <summary>Gets the RAG the score alone gave then, from the thresholds before the must-do guard (AGG-5), or null.</summary>
    public Rag? BandThen { get; }

    /// <summary>Gets the RAG the score alone gives now, from the thresholds before the must-do guard (AGG-5), or null.</summary>
    public Rag? BandNow { get; }

    /// <summary>Gets whether the score crossed a RAG threshold (AGG-5), e.g. from above 75 to 75 or below: a move from green to amber.</summary>
    public bool ThresholdCrossed => BandThen is not null && BandNow is not null && BandThen != BandNow;

    /// <summary>Gets what the must-do guard (AGG-6) did at the two dates.</summary>
    public MustDoGuardMove MustDoGuard { get; }

    /// <summary>
    /// Gets every leaf beneath the node at either date with what it brought to <see cref="Change"/>, largest
    /// first (by size, then kind and id); empty when <see cref="Change"/> is null. Their <see cref="Contribution.Total"/>s,
    /// added in this order, equal <see cref="Change"/> exactly. They are kept as values, one array for many nodes, and
    /// each item read is made anew from them (equal to the one read before), so a million-leaf comparison holds a few
    /// thousand arrays rather than three million objects.
    /// </summary>
    public IReadOnlyList<Contribution> Contributions { get; }

    /// <summary>Gets the child nodes: the plan's themes or a theme's outcomes, in the later document's order, then those found only in the earlier one.</summary>
    public IReadOnlyList<NodeMovement> Children { get; }

    /// <summary>Names the node and its move, for debugging.</summary>
    /// <returns>e.g. "Theme t1 (Vibrant city): 62.5 → 55.5".</returns>
    public override string ToString() =>
        $"{Kind} {Id} ({Name}): {Text(ScoreThen)} → {Text(ScoreNow)}";

    private static string Text(decimal? score) => score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no score";
}

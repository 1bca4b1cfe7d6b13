using StrategicPlanning.Core;

namespace StrategicPlanning.Aggregation;

/// <summary>
/// The plan, a theme or an outcome on the scorecard: its score, RAG, coverage, counts and measures meeting
/// target, its children, and a trace of why (AGG-3..9).
/// </summary>
/// <remarks>Immutable and thread-safe; the trace is worked out once, on first use.</remarks>
public sealed class ScoreNode
{
    private readonly Scorecard scorecard;
    private readonly Lazy<NodeTrace> trace;

    internal ScoreNode(Scorecard scorecard, NodeKind kind, string id, string name, decimal weight, IReadOnlyList<ScoreNode> children, IReadOnlyList<LeafResult> leaves, in NodeResult result)
    {
        this.scorecard = scorecard;
        Kind = kind;
        Id = id;
        Name = name;
        Weight = weight;
        Children = children;
        Leaves = leaves;
        Score = result.Score;
        Rag = result.Rag;
        HeldByMustDo = result.HeldByMustDo;
        Counts = result.Counts;
        MeasuresGreen = result.MeasuresGreen;
        MeasuresWithStatus = result.MeasuresWithStatus;
        FirstRedMustDo = result.FirstRedMustDo;
        RedMustDoCount = result.RedMustDoCount;
        trace = new Lazy<NodeTrace>(() => NodeTraceBuilder.Build(this.scorecard, this));
    }

    /// <summary>Gets whether this is the plan, a theme or an outcome.</summary>
    public NodeKind Kind { get; }

    /// <summary>Gets the plan's, theme's or outcome's id.</summary>
    public string Id { get; }

    /// <summary>Gets the plan's title, the theme's name or the outcome's title.</summary>
    public string Name { get; }

    /// <summary>Gets the node's weight within its parent (the plan's is 1).</summary>
    public decimal Weight { get; }

    /// <summary>Gets the exact score, never rounded (AGG-3), or null when there is nothing to compute.</summary>
    public decimal? Score { get; }

    /// <summary>Gets the RAG after the must-do guard (AGG-5, AGG-6), or null when there is no score.</summary>
    public Rag? Rag { get; }

    /// <summary>Gets whether the must-do guard held a green score at amber (AGG-6).</summary>
    public bool HeldByMustDo { get; }

    /// <summary>Gets the share of eligible leaves beneath that have data, 0 to 1, or null when none is eligible (AGG-4).</summary>
    public decimal? Coverage => Counts.Eligible == 0 ? null : (decimal)Counts.WithData / Counts.Eligible;

    /// <summary>Gets green ÷ (green + amber + red) over the distinct measures beneath, or null when none of them has a status (MEA-7).</summary>
    public decimal? MeetingTarget => MeasuresWithStatus == 0 ? null : (decimal)MeasuresGreen / MeasuresWithStatus;

    /// <summary>Gets the counts of distinct leaves beneath by status (AGG-9).</summary>
    public StatusCounts Counts { get; }

    /// <summary>Gets the child nodes: the plan's themes or a theme's outcomes, in document order; empty for an outcome.</summary>
    public IReadOnlyList<ScoreNode> Children { get; }

    /// <summary>Gets an outcome's leaves: its measures, then the actions that name it, in document order; empty for the plan and themes.</summary>
    public IReadOnlyList<LeafResult> Leaves { get; }

    /// <summary>Gets why the node scored what it did (AGG-7).</summary>
    public NodeTrace Trace => trace.Value;

    /// <summary>Explains the node in words: the result, the rule, each child used with its share of the score, each child left out and why, the RAG with the must-do guard, coverage and counts (AGG-7).</summary>
    /// <returns>Several lines of text.</returns>
    public string Explain() => NodeExplanation.Write(scorecard, this);

    /// <summary>Gets how many distinct measures beneath are green: those meeting target (MEA-7).</summary>
    public int MeasuresGreen { get; }

    /// <summary>Gets how many distinct measures beneath are green, amber or red: the denominator of <see cref="MeetingTarget"/> (MEA-7).</summary>
    public int MeasuresWithStatus { get; }

    /// <summary>Gets the first red must-do leaf beneath (the reason for AGG-6); meaningful when <see cref="RedMustDoCount"/> is above 0.</summary>
    internal LeafResult FirstRedMustDo { get; }

    /// <summary>Gets how many distinct red must-do leaves are beneath.</summary>
    internal int RedMustDoCount { get; }

    /// <summary>Names the node and its result, for debugging.</summary>
    /// <returns>e.g. "Theme green (Green city): 62.5, Amber".</returns>
    public override string ToString() => $"{Kind} {Id} ({Name}): {Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no score"}, {Rag?.ToString() ?? "no RAG"}";
}

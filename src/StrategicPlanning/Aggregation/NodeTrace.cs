namespace StrategicPlanning.Aggregation;

/// <summary>
/// Why a node scored what it did (AGG-7): the rule applied, the children used with their effective weights,
/// the children left out and why, how the RAG was decided (with the must-do guard), and the coverage.
/// </summary>
public sealed record NodeTrace
{
    internal NodeTrace(string rule, IReadOnlyList<TraceChild> used, IReadOnlyList<TraceExclusion> leftOut, string scoreReason, string ragReason, string coverageReason, string summary)
    {
        Rule = rule;
        Used = used;
        LeftOut = leftOut;
        ScoreReason = scoreReason;
        RagReason = ragReason;
        CoverageReason = coverageReason;
        Summary = summary;
    }

    /// <summary>Gets the rule applied, e.g. "weighted mean of the scored children (AGG-3)".</summary>
    public string Rule { get; }

    /// <summary>Gets the children that took part, in document order.</summary>
    public IReadOnlyList<TraceChild> Used { get; }

    /// <summary>Gets the children left out, in document order.</summary>
    public IReadOnlyList<TraceExclusion> LeftOut { get; }

    /// <summary>Gets how the score came about, in words.</summary>
    public string ScoreReason { get; }

    /// <summary>Gets how the RAG was decided, in words (AGG-5, AGG-6).</summary>
    public string RagReason { get; }

    /// <summary>Gets the coverage, in words (AGG-4).</summary>
    public string CoverageReason { get; }

    /// <summary>Gets one line saying why the node has its RAG, for report tables.</summary>
    public string Summary { get; }

    /// <summary>Gets whether the policy left the node without a score because a child has no data (AGG-8).</summary>
    internal bool BlankedByPolicy { get; init; }
}

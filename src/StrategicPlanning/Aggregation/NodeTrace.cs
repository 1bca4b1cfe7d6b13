namespace StrategicPlanning.Aggregation;

/// <summary>
/// Why a node scored what it did (AGG-7): the rule applied, the children used with their effective weights,
/// the children left out and why, how the RAG was decided (with the must-do guard), and the coverage.
/// </summary>
/// <param name="Rule">The rule applied, e.g. "weighted mean of the scored children (AGG-3)".</param>
/// <param name="Used">The children that took part, in document order.</param>
/// <param name="LeftOut">The children left out, in document order.</param>
/// <param name="ScoreReason">How the score came about, in words.</param>
/// <param name="RagReason">How the RAG was decided, in words (AGG-5, AGG-6).</param>
/// <param name="CoverageReason">The coverage, in words (AGG-4).</param>
/// <param name="Summary">One line saying why the node has its RAG, for report tables.</param>
public sealed record NodeTrace(
    string Rule,
    IReadOnlyList<TraceChild> Used,
    IReadOnlyList<TraceExclusion> LeftOut,
    string ScoreReason,
    string RagReason,
    string CoverageReason,
    string Summary);

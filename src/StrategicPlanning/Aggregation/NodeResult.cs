using StrategicPlanning.Core;

namespace StrategicPlanning.Aggregation;

/// <summary>What a node of the scorecard works out, before the node is made (AGG-3..6, AGG-9, MEA-7).</summary>
/// <param name="Score">The exact score, or null.</param>
/// <param name="Rag">The RAG after the must-do guard, or null.</param>
/// <param name="HeldByMustDo">Whether the must-do guard held a green score at amber.</param>
/// <param name="Counts">The counts of distinct leaves beneath by status.</param>
/// <param name="MeasuresGreen">How many distinct measures beneath are green.</param>
/// <param name="MeasuresWithStatus">How many distinct measures beneath are green, amber or red.</param>
/// <param name="RedMustDo">The red must-do leaves beneath, in document order.</param>
internal readonly record struct NodeResult(
    decimal? Score,
    Rag? Rag,
    bool HeldByMustDo,
    StatusCounts Counts,
    int MeasuresGreen,
    int MeasuresWithStatus,
    IReadOnlyList<LeafResult> RedMustDo);

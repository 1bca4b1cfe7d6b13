using StrategicPlanning.Core;

namespace StrategicPlanning.Aggregation;

/// <summary>What a node of the scorecard works out, before the node is made (AGG-3..6, AGG-9, MEA-7).</summary>
/// <param name="Score">The exact score, or null.</param>
/// <param name="Rag">The RAG after the must-do guard, or null.</param>
/// <param name="HeldByMustDo">Whether the must-do guard held a green score at amber.</param>
/// <param name="Counts">The counts of distinct leaves beneath by status.</param>
/// <param name="MeasuresGreen">How many distinct measures beneath are green.</param>
/// <param name="MeasuresWithStatus">How many distinct measures beneath are green, amber or red.</param>
/// <param name="FirstRedMustDo">The first red must-do leaf beneath; meaningful when <paramref name="RedMustDoCount"/> is above 0.</param>
/// <param name="RedMustDoCount">How many distinct red must-do leaves are beneath.</param>
internal readonly record struct NodeResult(
    decimal? Score,
    Rag? Rag,
    bool HeldByMustDo,
    StatusCounts Counts,
    int MeasuresGreen,
    int MeasuresWithStatus,
    LeafResult FirstRedMustDo,
    int RedMustDoCount);

namespace StrategicPlanning.Aggregation;

/// <summary>A child left out of a node's score, and why (AGG-7).</summary>
/// <param name="Kind">What the child is.</param>
/// <param name="Id">The child's id.</param>
/// <param name="Name">The child's name or title.</param>
/// <param name="Reason">Why it was left out, e.g. "cancelled (update of 2024-10-01)" or "no actual for 2024/25 Q4 (MEA-4)".</param>
public sealed record TraceExclusion(NodeKind Kind, string Id, string Name, string Reason);

namespace StrategicPlanning.Aggregation;

/// <summary>A child that took part in a node's score, with the weight it carried (AGG-7).</summary>
/// <param name="Kind">What the child is.</param>
/// <param name="Id">The child's id.</param>
/// <param name="Name">The child's name or title.</param>
/// <param name="Score">The score it contributed (0 when missing data counted as zero).</param>
/// <param name="Weight">Its weight as set in the document.</param>
/// <param name="EffectiveWeight">Its share of the parent's score after renormalising, 0 to 1, or null when the combination does not weigh.</param>
/// <param name="Note">Why it counts the way it does, e.g. "red: overdue since 2025-01-31 (ACT-3)".</param>
public sealed record TraceChild(NodeKind Kind, string Id, string Name, decimal Score, decimal Weight, decimal? EffectiveWeight, string Note);

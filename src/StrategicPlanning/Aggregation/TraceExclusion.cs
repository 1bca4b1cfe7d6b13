namespace StrategicPlanning.Aggregation;

/// <summary>A child left out of a node's score, and why (AGG-7).</summary>
public sealed record TraceExclusion
{
    internal TraceExclusion(NodeKind kind, string id, string name, string reason)
    {
        Kind = kind;
        Id = id;
        Name = name;
        Reason = reason;
    }

    /// <summary>Gets what the child is.</summary>
    public NodeKind Kind { get; }

    /// <summary>Gets the child's id.</summary>
    public string Id { get; }

    /// <summary>Gets the child's name or title.</summary>
    public string Name { get; }

    /// <summary>Gets why it was left out, e.g. "cancelled (update of 2024-10-01)" or "no actual for 2024/25 Q4 (MEA-4)".</summary>
    public string Reason { get; }
}

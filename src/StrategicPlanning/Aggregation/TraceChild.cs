namespace StrategicPlanning.Aggregation;

/// <summary>A child that took part in a node's score, with the weight it carried (AGG-7).</summary>
public sealed record TraceChild
{
    internal TraceChild(NodeKind kind, string id, string name, decimal score, decimal weight, decimal? effectiveWeight, string note)
    {
        Kind = kind;
        Id = id;
        Name = name;
        Score = score;
        Weight = weight;
        EffectiveWeight = effectiveWeight;
        Note = note;
    }

    /// <summary>Gets what the child is.</summary>
    public NodeKind Kind { get; }

    /// <summary>Gets the child's id.</summary>
    public string Id { get; }

    /// <summary>Gets the child's name or title.</summary>
    public string Name { get; }

    /// <summary>Gets the score it contributed (0 when missing data counted as zero).</summary>
    public decimal Score { get; }

    /// <summary>Gets its weight as set in the document.</summary>
    public decimal Weight { get; }

    /// <summary>Gets its share of the parent's score after renormalising, 0 to 1, or null when the combination does not weigh.</summary>
    public decimal? EffectiveWeight { get; }

    /// <summary>Gets why it counts the way it does, e.g. "red: overdue since 2025-01-31 (ACT-3)".</summary>
    public string Note { get; }
}

namespace StrategicPlanning.Aggregation;

/// <summary>A measure or delivery action as a leaf of the scorecard: its status, score and weight (AGG-1, AGG-2).</summary>
/// <remarks>A value: a scorecard holds its leaves in one array.</remarks>
public readonly record struct LeafResult
{
    internal LeafResult(NodeKind kind, string id, string title, LeafStatus status, decimal? score, decimal weight, bool mustDo, int index)
    {
        Kind = kind;
        Id = id;
        Title = title;
        Status = status;
        Score = score;
        Weight = weight;
        MustDo = mustDo;
        Index = index;
    }

    /// <summary>Gets measure or action.</summary>
    public NodeKind Kind { get; }

    /// <summary>Gets the measure's or action's id.</summary>
    public string Id { get; }

    /// <summary>Gets its title.</summary>
    public string Title { get; }

    /// <summary>Gets what it counts as (AGG-9).</summary>
    public LeafStatus Status { get; }

    /// <summary>Gets the score its status earns under the policy (AGG-2), or null when it carries none.</summary>
    public decimal? Score { get; }

    /// <summary>Gets its weight among its outcome's children.</summary>
    public decimal Weight { get; }

    /// <summary>Gets whether it is a must do (AGG-6).</summary>
    public bool MustDo { get; }

    /// <summary>Gets its position in <see cref="Scorecard.Measures"/> or <see cref="Scorecard.Actions"/>.</summary>
    public int Index { get; }
}

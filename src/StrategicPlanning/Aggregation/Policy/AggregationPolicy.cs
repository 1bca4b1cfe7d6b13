namespace StrategicPlanning.Aggregation;

/// <summary>
/// The whole aggregation rule (AGG-8): the scores leaves earn, and a <see cref="LevelPolicy"/> for each level of
/// the tree. <see cref="Default"/> is exactly the rules' (AGG-2..6); replace any part with <c>with</c>.
/// </summary>
/// <example><code>
/// var strict = AggregationPolicy.Default with
/// {
///     Themes = LevelPolicy.Default with { Combination = ScoreCombination.Minimum },
///     Outcomes = LevelPolicy.Default with { MissingData = MissingDataHandling.CountAsZero },
/// };
/// </code></example>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record AggregationPolicy
{
    /// <summary>Gets the rules' policy (AGG-2..6) at every level.</summary>
    public static AggregationPolicy Default { get; } = new();

    /// <summary>Gets the scores leaves earn (AGG-2).</summary>
    public LeafScores LeafScores { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = LeafScores.Default;

    /// <summary>Gets how an outcome combines its measures and actions.</summary>
    public LevelPolicy Outcomes { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = LevelPolicy.Default;

    /// <summary>Gets how a theme combines its outcomes.</summary>
    public LevelPolicy Themes { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = LevelPolicy.Default;

    /// <summary>Gets how the plan combines its themes.</summary>
    public LevelPolicy Plan { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = LevelPolicy.Default;

    /// <summary>Gets the policy of the level a node of <paramref name="kind"/> is on.</summary>
    /// <param name="kind">The kind of node: plan, theme or outcome.</param>
    /// <returns>That level's policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is a leaf kind.</exception>
    public LevelPolicy For(NodeKind kind) => kind switch
    {
        NodeKind.Plan => Plan,
        NodeKind.Theme => Themes,
        NodeKind.Outcome => Outcomes,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only plans, themes and outcomes have a level policy."),
    };
}

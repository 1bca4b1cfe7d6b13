using StrategicPlanning.Measures;

namespace StrategicPlanning.Aggregation;

/// <summary>Everything a scorecard can be asked to do differently from the rules' defaults.</summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record ScoringOptions
{
    /// <summary>Gets the rules' defaults: targets as restated, stable within 0, the default aggregation policy.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>Gets how measures are evaluated (MEA-3, MEA-6).</summary>
    public MeasureEvaluationOptions Measures { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = MeasureEvaluationOptions.Default;

    /// <summary>Gets how leaves and nodes are scored (AGG-2..8).</summary>
    public AggregationPolicy Policy { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = AggregationPolicy.Default;
}

namespace StrategicPlanning.Measures;

/// <summary>How measures are evaluated: which targets count (MEA-3) and how small a change is "stable" (MEA-6).</summary>
/// <remarks>An immutable record. The defaults follow the rules: targets as restated, stable only when unchanged.</remarks>
public sealed record MeasureEvaluationOptions
{
    /// <summary>Gets the defaults: as restated, stable within 0.</summary>
    public static MeasureEvaluationOptions Default { get; } = new();

    /// <summary>Gets which targets count (MEA-3).</summary>
    /// <value>Default <see cref="TargetBasis.AsRestated"/>.</value>
    public TargetBasis Basis { get; init; } = TargetBasis.AsRestated;

    /// <summary>Gets the largest change, in the measure's own unit, that counts as stable (MEA-6); never negative.</summary>
    /// <value>Default 0: only no change at all is stable.</value>
    public decimal StableWithin { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "StableWithin must be 0 or more."); }
}

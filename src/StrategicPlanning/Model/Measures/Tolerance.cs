using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>
/// How far short of target a measure may fall and still be green or amber (MEA-5). The default is amber
/// within 5% and green only at or better than target.
/// </summary>
/// <remarks>
/// An immutable record and thread-safe. Negative values, or <see cref="GreenWithin"/> above
/// <see cref="AmberWithin"/>, are kept as read and reported by validation.
/// </remarks>
public sealed record Tolerance
{
    /// <summary>Gets the tolerance of a measure that names none (MEA-5).</summary>
    /// <value>Amber within 5% of |target|, green within 0%.</value>
    public static Tolerance Default { get; } = new();

    /// <summary>Gets the largest shortfall that is still amber.</summary>
    /// <value>Default 5 (with <see cref="Kind"/> percent: 5% of |target|).</value>
    public decimal AmberWithin { get; init; } = 5m;

    /// <summary>Gets the largest shortfall that is still green.</summary>
    /// <value>Default 0: only on or better than target is green.</value>
    public decimal GreenWithin { get; init; }

    /// <summary>Gets whether the two limits are a percentage of |target| or absolute amounts.</summary>
    /// <value>Default <see cref="ToleranceKind.Percent"/>.</value>
    public ToleranceKind Kind { get; init => field = Guard.Defined(value); } = ToleranceKind.Percent;

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

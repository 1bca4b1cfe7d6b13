using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>The value a measure achieved in one period of its own frequency (MEA-1).</summary>
/// <remarks>An immutable record and thread-safe. Actuals before the plan start are history, not errors.</remarks>
public sealed record MeasureActual
{
    /// <summary>Gets the period label (CAL-3), e.g. <c>2024/25 Q1</c>.</summary>
    public required string Period { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the value achieved.</summary>
    public required decimal Value { get; init; }

    /// <summary>Gets a note on the value, e.g. "Provisional".</summary>
    public string? Note { get; init; }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>The value a measure started from, for a named period (history: it may precede the plan).</summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record MeasureBaseline
{
    /// <summary>Gets the period label of the baseline (CAL-3), e.g. <c>2023/24</c>.</summary>
    public required string Period { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the baseline value.</summary>
    public required decimal Value { get; init; }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

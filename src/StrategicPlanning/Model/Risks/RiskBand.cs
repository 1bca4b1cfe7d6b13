using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>A band of risk scores: the band of a score is the highest whose <see cref="From"/> is at or below it (RSK-3).</summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record RiskBand
{
    /// <summary>Gets the lowest score in the band.</summary>
    public required int From { get; init; }

    /// <summary>Gets the band's name, e.g. "High".</summary>
    public string? Name { get; init; }

    /// <summary>Gets the band's colour, when it has one.</summary>
    public Rag? Rag { get; init => field = Guard.Defined(value); }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

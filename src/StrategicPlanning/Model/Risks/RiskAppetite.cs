using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>The highest score the council will accept for open threats of one category (RSK-5).</summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record RiskAppetite
{
    /// <summary>Gets the risk category, e.g. "financial".</summary>
    public required string Category { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the maximum acceptable score.</summary>
    public required int MaxScore { get; init; }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>A dated assessment of a risk's current likelihood and impact (RSK-1, RSK-4).</summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record RiskAssessment
{
    /// <summary>Gets the date of the assessment.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets the likelihood level, 1 to the matrix's likelihood levels.</summary>
    public required int Likelihood { get; init; }

    /// <summary>Gets the impact level, 1 to the matrix's impact levels.</summary>
    public required int Impact { get; init; }

    /// <summary>Gets the owner's commentary.</summary>
    public string? Commentary { get; init; }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>A likelihood and impact pair on the register's matrix: a risk's inherent or target rating (RSK-1, RSK-2).</summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record RiskRating
{
    /// <summary>Gets the likelihood level, 1 to the matrix's likelihood levels.</summary>
    public required int Likelihood { get; init; }

    /// <summary>Gets the impact level, 1 to the matrix's impact levels.</summary>
    public required int Impact { get; init; }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

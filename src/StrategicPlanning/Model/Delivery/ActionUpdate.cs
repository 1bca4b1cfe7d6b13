using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>A status update on a delivery action, as reported at a date (ACT-1).</summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record ActionUpdate
{
    /// <summary>Gets the date the update speaks for.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets the reported status (ACT-2).</summary>
    public required ActionStatus Status { get; init => field = Guard.Defined(value); }

    /// <summary>Gets the reported percent complete, 0–100 (VAL-3), when given.</summary>
    public decimal? PercentComplete { get; init; }

    /// <summary>Gets the owner's commentary.</summary>
    public string? Commentary { get; init; }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

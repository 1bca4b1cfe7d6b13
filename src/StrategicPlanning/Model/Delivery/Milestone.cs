using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>A dated step of a delivery action (ACT-1, ACT-4).</summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record Milestone
{
    /// <summary>Gets the milestone's id, unique across the document (VAL-2).</summary>
    public required string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the milestone's title, e.g. "Designs approved".</summary>
    public required string Title { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the date it is due.</summary>
    public required LocalDate Due { get; init; }

    /// <summary>Gets the date it was completed, or null while open.</summary>
    public LocalDate? Completed { get; init; }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

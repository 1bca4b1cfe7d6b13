using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>
/// The Council Plan: its vision, values and themes over a plan period, e.g. Derby's "Council Plan
/// 2022-2025" from 2022-04-01 to 2025-03-31.
/// </summary>
/// <remarks>An immutable record and thread-safe; lists compare by content.</remarks>
public sealed record Plan
{
    /// <summary>Gets the plan's id, unique across the document (VAL-2).</summary>
    public required string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the plan's title, e.g. "Council Plan 2022-2025".</summary>
    public required string Title { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the vision statement.</summary>
    public string? Vision { get; init; }

    /// <summary>Gets the mission statement.</summary>
    public string? Mission { get; init; }

    /// <summary>Gets the first day of the plan period.</summary>
    public required LocalDate Start { get; init; }

    /// <summary>Gets the last day of the plan period; never before <see cref="Start"/> (VAL-3).</summary>
    public required LocalDate End { get; init; }

    /// <summary>Gets the date the plan was approved, when known.</summary>
    public LocalDate? Approved { get; init; }

    /// <summary>Gets the council's values.</summary>
    public IReadOnlyList<PlanValue> Values { get; init => field = Guard.Items(value); } = ValueList<PlanValue>.Empty;

    /// <summary>Gets the plan's stakeholders.</summary>
    public IReadOnlyList<Stakeholder> Stakeholders { get; init => field = Guard.Items(value); } = ValueList<Stakeholder>.Empty;

    /// <summary>Gets the themes, cross-cutting ones included, in the council's order.</summary>
    public required IReadOnlyList<Theme> Themes { get; init => field = Guard.Items(value); }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>
/// An action of a Delivery Plan: what will be done, by whom and when, towards which outcomes (ACT-1).
/// </summary>
/// <remarks>An immutable record and thread-safe; lists compare by content.</remarks>
public sealed record DeliveryAction
{
    /// <summary>Gets the action's id, unique across the document (VAL-2).</summary>
    public required string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the council's own numbering, e.g. "A1.3".</summary>
    public string? Code { get; init; }

    /// <summary>Gets the action's title.</summary>
    public required string Title { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the ids of the outcomes the action contributes to: at least one, each resolving (VAL-2).</summary>
    public required IReadOnlyList<string> OutcomeIds { get; init => field = Guard.Items(value); }

    /// <summary>Gets the responsible officer or directorate.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets the date work starts.</summary>
    public required LocalDate Start { get; init; }

    /// <summary>Gets the date work is due; never before <see cref="Start"/> (VAL-3).</summary>
    public required LocalDate Due { get; init; }

    /// <summary>Gets whether the action is a must do: when red, it holds a green parent at amber (AGG-6).</summary>
    public bool MustDo { get; init; }

    /// <summary>Gets the action's weight among its outcomes' children (AGG-1); default <see cref="Weights.Default"/>, never negative.</summary>
    public decimal Weight { get; init; } = Weights.Default;

    /// <summary>Gets the milestones (ACT-4).</summary>
    public IReadOnlyList<Milestone> Milestones { get; init => field = Guard.Items(value); } = ValueList<Milestone>.Empty;

    /// <summary>Gets the status updates, in any order (ACT-3 picks the latest on or before the as-of date).</summary>
    public IReadOnlyList<ActionUpdate> Updates { get; init => field = Guard.Items(value); } = ValueList<ActionUpdate>.Empty;

    /// <summary>Gets the estimated cost per financial year (FIN-4).</summary>
    public IReadOnlyList<AnnualAmount> EstimatedCost { get; init => field = Guard.Items(value); } = ValueList<AnnualAmount>.Empty;

    /// <summary>Gets the funding allocated from budget lines (FIN-2).</summary>
    public IReadOnlyList<FundingAllocation> Funding { get; init => field = Guard.Items(value); } = ValueList<FundingAllocation>.Empty;

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>A line of the Medium-Term Financial Strategy with an amount per financial year (FIN-1).</summary>
/// <remarks>An immutable record and thread-safe; lists compare by content.</remarks>
public sealed record BudgetLine
{
    /// <summary>Gets the line's id, unique across the document (VAL-2).</summary>
    public required string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the line's name, e.g. "Transport capital programme".</summary>
    public required string Name { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets whether the line is revenue, capital or savings.</summary>
    public required BudgetLineKind Kind { get; init => field = Guard.Defined(value); }

    /// <summary>Gets the directorate that holds the line, e.g. "Place".</summary>
    public string? Directorate { get; init; }

    /// <summary>Gets the amount per financial year, each inside the MTFS horizon.</summary>
    public IReadOnlyList<AnnualAmount> Amounts { get; init => field = Guard.Items(value); } = ValueList<AnnualAmount>.Empty;

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

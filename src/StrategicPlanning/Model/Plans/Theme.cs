using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>
/// A theme of the Council Plan, such as "Green city", holding outcomes. Cross-cutting themes ("Working
/// smarter") count in the plan's score like any other (AGG-1).
/// </summary>
/// <remarks>An immutable record and thread-safe; lists compare by content.</remarks>
public sealed record Theme
{
    /// <summary>Gets the theme's id, unique across the document (VAL-2).</summary>
    public required string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the council's own numbering, e.g. "G".</summary>
    public string? Code { get; init; }

    /// <summary>Gets the theme's name, e.g. "Green city".</summary>
    public required string Name { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the one-line description, e.g. "protecting and enhancing our environment".</summary>
    public string? Description { get; init; }

    /// <summary>Gets whether the theme cuts across the others (e.g. "Working smarter").</summary>
    public bool CrossCutting { get; init; }

    /// <summary>Gets the theme's weight within the plan (AGG-1); default <see cref="Weights.Default"/>, never negative (VAL-3).</summary>
    public decimal Weight { get; init; } = Weights.Default;

    /// <summary>Gets the stakeholders of this theme.</summary>
    public IReadOnlyList<Stakeholder> Stakeholders { get; init => field = Guard.Items(value); } = ValueList<Stakeholder>.Empty;

    /// <summary>Gets the theme's outcomes, in the council's order.</summary>
    public IReadOnlyList<Outcome> Outcomes { get; init => field = Guard.Items(value); } = ValueList<Outcome>.Empty;

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

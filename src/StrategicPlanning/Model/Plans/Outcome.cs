using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>
/// An outcome the council wants to achieve under a theme, such as "Cleaner air". Its children in
/// aggregation are its measures and the delivery actions that name it (AGG-1).
/// </summary>
/// <remarks>An immutable record and thread-safe; lists compare by content.</remarks>
public sealed record Outcome
{
    /// <summary>Gets the outcome's id, unique across the document (VAL-2).</summary>
    public required string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the council's own numbering, e.g. "G1" (StratML's SequenceIndicator).</summary>
    public string? Code { get; init; }

    /// <summary>Gets the outcome's title.</summary>
    public required string Title { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets a longer description of the outcome.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the outcome's weight within its theme (AGG-1); default <see cref="Weights.Default"/>, never negative (VAL-3).</summary>
    public decimal Weight { get; init; } = Weights.Default;

    /// <summary>Gets the stakeholders of this outcome.</summary>
    public IReadOnlyList<Stakeholder> Stakeholders { get; init => field = Guard.Items(value); } = ValueList<Stakeholder>.Empty;

    /// <summary>Gets the performance measures of this outcome (MEA-1).</summary>
    public IReadOnlyList<Measure> Measures { get; init => field = Guard.Items(value); } = ValueList<Measure>.Empty;

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

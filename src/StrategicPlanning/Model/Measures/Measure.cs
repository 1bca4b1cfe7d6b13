using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>
/// A performance measure (KPI) of an outcome, with targets and actuals per period (MEA-1). A measure with
/// no target entry at all is data only: reported, never scored (MEA-2).
/// </summary>
/// <remarks>An immutable record and thread-safe; lists compare by content.</remarks>
public sealed record Measure
{
    /// <summary>Gets the measure's id, unique across the document (VAL-2).</summary>
    public required string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the council's own numbering, e.g. "G1.2".</summary>
    public string? Code { get; init; }

    /// <summary>Gets the measure's title.</summary>
    public required string Title { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets a longer description: definition, source, caveats.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the unit the values are in, e.g. "%" or "days".</summary>
    public string? Unit { get; init; }

    /// <summary>Gets who reports the measure, e.g. "Head of Waste": a quarterly return for one owner lists the measures they own.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets which way is better.</summary>
    public required Polarity Polarity { get; init => field = Guard.Defined(value); }

    /// <summary>Gets how often the measure is reported.</summary>
    public required MeasureFrequency Frequency { get; init => field = Guard.Defined(value); }

    /// <summary>Gets the measure's weight among its outcome's children (AGG-1); default <see cref="Weights.Default"/>, never negative.</summary>
    public decimal Weight { get; init; } = Weights.Default;

    /// <summary>Gets whether the measure is a must do: when red, it holds a green parent at amber (AGG-6).</summary>
    public bool MustDo { get; init; }

    /// <summary>Gets the tolerance, or null for the default of MEA-5 (see <see cref="Tolerance.Default"/>).</summary>
    public Tolerance? Tolerance { get; init; }

    /// <summary>Gets the baseline, when known.</summary>
    public MeasureBaseline? Baseline { get; init; }

    /// <summary>Gets the targets, including restated ones (MEA-3).</summary>
    public IReadOnlyList<MeasureTarget> Targets { get; init => field = Guard.Items(value); } = ValueList<MeasureTarget>.Empty;

    /// <summary>Gets the actuals, one per period at most (MEA-1).</summary>
    public IReadOnlyList<MeasureActual> Actuals { get; init => field = Guard.Items(value); } = ValueList<MeasureActual>.Empty;

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

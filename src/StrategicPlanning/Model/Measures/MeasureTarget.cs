using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>
/// A target for one period, optionally effective-dated (MEA-3): a restated target carries the date it was
/// set and why, and the earlier entry for the same period is kept for "as reported" evaluation.
/// </summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record MeasureTarget
{
    /// <summary>
    /// Gets the period label (CAL-3): a period of the measure's own frequency, or a financial year that
    /// applies to every period inside it (MEA-1).
    /// </summary>
    public required string Period { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the target value.</summary>
    public required decimal Value { get; init; }

    /// <summary>Gets the date the target was set; an entry without one counts as set before any dated one (MEA-3).</summary>
    public LocalDate? SetOn { get; init; }

    /// <summary>Gets why the target was set or restated, e.g. "Stretch agreed at Q2 review".</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

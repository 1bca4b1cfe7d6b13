using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>A review of progress that took place, e.g. a quarterly performance report to Cabinet (REV-2).</summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record HeldReview
{
    /// <summary>Gets the date the review was held.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets what the review was.</summary>
    public required ReviewKind Kind { get; init => field = Guard.Defined(value); }

    /// <summary>Gets where it was held, e.g. "Cabinet".</summary>
    public string? Forum { get; init; }

    /// <summary>Gets the period label it covers (CAL-3): a quarter for a quarterly report, a year for the Annual Report.</summary>
    public string? Period { get; init; }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

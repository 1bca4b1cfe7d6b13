using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>
/// The review cycle: progress reported "at least every three months" from a start date, and the reviews
/// held (REV-1). Lags and the due-soon window default to DOMAIN.md's values.
/// </summary>
/// <remarks>An immutable record and thread-safe; lists compare by content.</remarks>
public sealed record ReviewCycle
{
    /// <summary>Gets the longest allowed gap between reviews (REV-2), e.g. three months; must be positive.</summary>
    public required Period Cadence { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the date the cycle starts, e.g. the Delivery Plan's Cabinet approval (REV-1).</summary>
    public required LocalDate Start { get; init; }

    /// <summary>Gets the date the cycle ends, when it does (REV-1).</summary>
    public LocalDate? End { get; init; }

    /// <summary>Gets how long after a quarter ends its report may be presented (REV-4). Default three months.</summary>
    public Period ReportingLag { get; init => field = Guard.NotNull(value); } = Period.FromMonths(3);

    /// <summary>Gets how long after a financial year ends its Annual Report may be presented (REV-5). Default six months.</summary>
    public Period AnnualReportLag { get; init => field = Guard.NotNull(value); } = Period.FromMonths(6);

    /// <summary>Gets the due-soon window of REV-3 when the default of 14 days is used.</summary>
    public static Period DefaultDueSoonWithin { get; } = Period.FromDays(14);

    /// <summary>
    /// Gets how close a due date must be for the cycle to be "due soon" (REV-3), or null for
    /// <see cref="DefaultDueSoonWithin"/>. JSON member <c>dueSoonWithin</c>, an addition to FORMAT.md 1.0.
    /// </summary>
    public Period? DueSoonWithin { get; init; }

    /// <summary>Gets the reviews held, in any order.</summary>
    public IReadOnlyList<HeldReview> Held { get; init => field = Guard.Items(value); } = ValueList<HeldReview>.Empty;

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>
/// The review cycle: progress reported "at least every three months" from a start date, and the reviews
/// held (REV-1). Lags and the due-soon window default to the rules' values (REV-1, REV-3..5).
/// </summary>
/// <remarks>An immutable record and thread-safe; lists compare by content.</remarks>
public sealed record ReviewCycle
{
    /// <summary>The cadence of a cycle that names none, and of the freshness rule when a document has no cycle at all (REV-1, REV-7).</summary>
    /// <value>Three months (<c>P3M</c>): "at least every three months".</value>
    public static Period DefaultCadence { get; } = Period.FromMonths(3);

    /// <summary>The reporting lag of REV-4 unless a cycle sets its own.</summary>
    /// <value>Three months (<c>P3M</c>) after a quarter ends.</value>
    public static Period DefaultReportingLag { get; } = Period.FromMonths(3);

    /// <summary>The annual report lag of REV-5 unless a cycle sets its own.</summary>
    /// <value>Six months (<c>P6M</c>) after a financial year ends.</value>
    public static Period DefaultAnnualReportLag { get; } = Period.FromMonths(6);

    /// <summary>The due-soon window of REV-3 unless a cycle sets its own.</summary>
    /// <value>14 days (<c>P14D</c>).</value>
    public static Period DefaultDueSoonWithin { get; } = Period.FromDays(14);

    /// <summary>Gets the longest allowed gap between reviews (REV-2); must be positive. Default <see cref="DefaultCadence"/>.</summary>
    public Period Cadence { get; init => field = Guard.NotNull(value); } = DefaultCadence;

    /// <summary>Gets the date the cycle starts, e.g. the Delivery Plan's Cabinet approval (REV-1).</summary>
    public required LocalDate Start { get; init; }

    /// <summary>Gets the date the cycle ends, when it does (REV-1).</summary>
    public LocalDate? End { get; init; }

    /// <summary>Gets how long after a quarter ends its report may be presented (REV-4). Default <see cref="DefaultReportingLag"/>.</summary>
    public Period ReportingLag { get; init => field = Guard.NotNull(value); } = DefaultReportingLag;

    /// <summary>Gets how long after a financial year ends its Annual Report may be presented (REV-5). Default <see cref="DefaultAnnualReportLag"/>.</summary>
    public Period AnnualReportLag { get; init => field = Guard.NotNull(value); } = DefaultAnnualReportLag;

    /// <summary>
    /// Gets how close a due date must be for the cycle to be "due soon" (REV-3), or null for
    /// <see cref="DefaultDueSoonWithin"/>. JSON member <c>dueSoonWithin</c>, an addition to format 1.0.
    /// </summary>
    public Period? DueSoonWithin { get; init; }

    /// <summary>Gets the reviews held, in any order.</summary>
    public IReadOnlyList<HeldReview> Held { get; init => field = Guard.Items(value); } = ValueList<HeldReview>.Empty;

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}

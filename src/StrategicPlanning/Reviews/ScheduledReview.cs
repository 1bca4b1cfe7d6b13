using NodaTime;

namespace StrategicPlanning.Reviews;

/// <summary>
/// One step of the review schedule: when a review was due (the previous review, or the start, plus the cadence) and
/// when one was held (REV-2, REV-3).
/// </summary>
/// <param name="Due">The date the review was due.</param>
/// <param name="Held">The date the next review was held, or null when none has been held by the as-of date.</param>
/// <param name="DaysLate">Days after the due date it was held (or, when not held, days overdue at the as-of date); 0 when on time or not yet due.</param>
public sealed record ScheduledReview(LocalDate Due, LocalDate? Held, int DaysLate)
{
    /// <summary>Gets whether a review was held on or before the due date.</summary>
    public bool OnTime => Held is { } held && held <= Due;
}

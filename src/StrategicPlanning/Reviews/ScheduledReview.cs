using NodaTime;

namespace StrategicPlanning.Reviews;

/// <summary>
/// One step of the review schedule: when a review was due (the previous review, or the start, plus the cadence) and
/// when one was held (REV-2, REV-3).
/// </summary>
public sealed record ScheduledReview
{
    internal ScheduledReview(LocalDate due, LocalDate? held, int daysLate)
    {
        Due = due;
        Held = held;
        DaysLate = daysLate;
    }

    /// <summary>Gets the date the review was due.</summary>
    public LocalDate Due { get; }

    /// <summary>Gets the date the next review was held, or null when none has been held in the cycle by the as-of date (or by its end).</summary>
    public LocalDate? Held { get; }

    /// <summary>
    /// Gets days after the due date it was held (or, when not held, days overdue at the as-of date, or at the cycle's end once it
    /// has ended: the same figure as the breach's <see cref="CadenceBreach.DaysOverdue"/>); 0 when on time or not yet due.
    /// </summary>
    public int DaysLate { get; }

    /// <summary>Gets whether a review was held on or before the due date.</summary>
    public bool OnTime => Held is { } held && held <= Due;
}

namespace StrategicPlanning.Reviews;

/// <summary>Where the review cycle stands at an as-of date (REV-3).</summary>
public enum ReviewStatus
{
    /// <summary>The next review is due later than the due-soon window.</summary>
    OnSchedule = 1,

    /// <summary>The next review is due within the due-soon window (default 14 days), or today.</summary>
    DueSoon = 2,

    /// <summary>The next review's due date has passed.</summary>
    Overdue = 3,

    /// <summary>
    /// The cycle has an end date and no further review is due: the next review would fall due after the end, or the
    /// as-of date is after the end. A review that fell due on or before the end and was never held stays a breach (REV-2).
    /// </summary>
    Ended = 4,
}

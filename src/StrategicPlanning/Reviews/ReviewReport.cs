using NodaTime;
using StrategicPlanning.Model;

namespace StrategicPlanning.Reviews;

/// <summary>
/// How the council stands against "at least every three months" at an as-of date (REV-1..7): the schedule of
/// reviews due and held, cadence breaches, the next review due, quarterly and annual report status, and stale items.
/// </summary>
/// <remarks>Immutable and thread-safe. Get one from <see cref="ReviewRules.Evaluate"/>.</remarks>
public sealed class ReviewReport
{
    internal ReviewReport(
        LocalDate asOf,
        ReviewCycle? cycle,
        IReadOnlyList<ScheduledReview> schedule,
        IReadOnlyList<CadenceBreach> breaches,
        LocalDate? nextDue,
        ReviewStatus? status,
        IReadOnlyList<HeldReview> outsideCycle,
        IReadOnlyList<PeriodReport> quarters,
        IReadOnlyList<PeriodReport> annualReports,
        IReadOnlyList<StaleItem> staleItems)
    {
        AsOf = asOf;
        Cycle = cycle;
        Schedule = schedule;
        Breaches = breaches;
        NextDue = nextDue;
        Status = status;
        OutsideCycle = outsideCycle;
        Quarters = quarters;
        AnnualReports = annualReports;
        StaleItems = staleItems;
    }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the review cycle, or null when the document has none (then only REV-4, REV-5 and REV-7 are evaluated, with the default lags).</summary>
    public ReviewCycle? Cycle { get; }

    /// <summary>
    /// Gets the schedule: each review due, from the start, and whether and when one was held in the cycle (REV-2, REV-3).
    /// Once the cycle has ended, a last review due on or before the end and never held is listed, late to the end date.
    /// </summary>
    public IReadOnlyList<ScheduledReview> Schedule { get; }

    /// <summary>Gets every gap longer than the cadence, in date order (REV-2).</summary>
    public IReadOnlyList<CadenceBreach> Breaches { get; }

    /// <summary>Gets the date the next review is due, or null when there is no cycle or it has ended (REV-3).</summary>
    public LocalDate? NextDue { get; }

    /// <summary>
    /// Gets whether the next review is on schedule, due soon or overdue, or <see cref="ReviewStatus.Ended"/> when the cycle
    /// has an end date and no further review is due; null when the document has no cycle (REV-3).
    /// </summary>
    public ReviewStatus? Status { get; }

    /// <summary>
    /// Gets the reviews held by the as-of date before the cycle's start or after its end, in date order: they take no part
    /// in the cadence (REV-2, REV-3) but still report the period they name (REV-1, REV-4, REV-5). Empty when there is no cycle.
    /// </summary>
    public IReadOnlyList<HeldReview> OutsideCycle { get; }

    /// <summary>Gets each closed quarter of each Delivery Plan's financial year, with its report's status (REV-4).</summary>
    public IReadOnlyList<PeriodReport> Quarters { get; }

    /// <summary>Gets each closed financial year of the plan period, with its Annual Report's status (REV-5).</summary>
    public IReadOnlyList<PeriodReport> AnnualReports { get; }

    /// <summary>Gets the actions, measures and risks whose information is out of date (REV-7).</summary>
    public IReadOnlyList<StaleItem> StaleItems { get; }

    /// <summary>
    /// Gets whether the cycle is compliant at the as-of date (REV-3): no REV-2 breach (<see cref="Breaches"/> is empty) and no
    /// late or missing report (no quarter of <see cref="Quarters"/> and no year of <see cref="AnnualReports"/> is
    /// <see cref="ReportStatus.Late"/> or <see cref="ReportStatus.Missing"/>; pending ones are not late yet). Stale items
    /// (REV-7), reviews held outside the cycle and whether the next review is due soon do not count.
    /// </summary>
    public bool IsCompliant =>
        Breaches.Count == 0 &&
        !Quarters.Any(q => q.Status is ReportStatus.Late or ReportStatus.Missing) &&
        !AnnualReports.Any(a => a.Status is ReportStatus.Late or ReportStatus.Missing);
}

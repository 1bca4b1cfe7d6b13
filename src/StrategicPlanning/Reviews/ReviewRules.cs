using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Reviews;

/// <summary>
/// The front door of the review cadence rules (REV-1..7), at an explicit as-of date: never the system clock. Due dates
/// come from the previous review (or the start) plus the cadence, by calendar months that clamp to month end
/// (2024-11-30 + P3M = 2025-02-28), never by adding days, so they never drift. Pure and thread-safe.
/// </summary>
public static class ReviewRules
{
    // REV-5 reads the plan period; REV-7 reads the actions, measures and risks it finds stale (ACT-5, MEA-4, RSK-7).
    private static readonly ValidationArea[] AreasRead =
        [ValidationArea.Document, ValidationArea.Plan, ValidationArea.Measures, ValidationArea.Delivery, ValidationArea.Risks, ValidationArea.Reviews];

    /// <summary>Evaluates the document's review cycle, quarterly and annual reports, and stale items at an as-of date.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The as-of date, from <see cref="AsOfDates.Range"/>.</param>
    /// <returns>The report, or the validation errors in the review cycle or calendar that stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="AsOfDates.Range"/>.</exception>
    public static RuleResult<ReviewReport> Evaluate(PlanDocument document, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        AsOfDates.Check(asOf);
        return RuleGate.Run(document, AreasRead, "The review cycle cannot be evaluated", () => Report(document, asOf));
    }

    private static ReviewReport Report(PlanDocument document, LocalDate asOf)
    {
        var cycle = document.Reviews;
        var cadence = cycle is null ? null : Cadence(cycle, asOf);
        var held = cycle?.Held ?? ValueList<HeldReview>.Empty;
        return new ReviewReport(
            asOf,
            cycle,
            cadence?.Schedule ?? ValueList<ScheduledReview>.Empty,
            cadence?.Breaches ?? ValueList<CadenceBreach>.Empty,
            cadence?.NextDue,
            cadence?.Status,
            cycle is null ? ValueList<HeldReview>.Empty : OutsideCycle(cycle, asOf),
            ValueList.From(PeriodReports.Quarters(document, held, cycle?.ReportingLag ?? ReviewCycle.DefaultReportingLag, asOf)),
            ValueList.From(PeriodReports.AnnualReports(document, held, cycle?.AnnualReportLag ?? ReviewCycle.DefaultAnnualReportLag, asOf)),
            ValueList.From(StaleItems.Find(document, cycle?.Cadence ?? ReviewCycle.DefaultCadence, asOf)));
    }

    /// <summary>REV-1: a review held before the start or after the end is in the cycle's promise from start to end.</summary>
    private static bool InCycle(ReviewCycle cycle, LocalDate date) => date >= cycle.Start && (cycle.End is not { } end || date <= end);

    /// <summary>REV-1: the reviews held by the as-of date outside the cycle, in date order; they take no part in REV-2 or REV-3.</summary>
    private static ValueList<HeldReview> OutsideCycle(ReviewCycle cycle, LocalDate asOf) =>
        ValueList.From(cycle.Held.Where(h => h.Date <= asOf && !InCycle(cycle, h.Date)).OrderBy(h => h.Date));

    /// <summary>
    /// REV-2 and REV-3: walks from the start through each review held in the cycle, each due date one cadence after the
    /// last. With an end date, nothing after the end counts: a review due on or before the end and not held by then is
    /// late by the days from its due date to the end, in the schedule and the breach alike, and the status is ended.
    /// </summary>
    private static CadenceResult Cadence(ReviewCycle cycle, LocalDate asOf)
    {
        var horizon = cycle.End is { } end && end < asOf ? end : asOf;
        var held = cycle.Held.Select(h => h.Date).Where(d => d <= horizon && InCycle(cycle, d)).Distinct().Order().ToList();
        var schedule = new List<ScheduledReview>(held.Count + 1);
        var breaches = new List<CadenceBreach>();
        var previous = cycle.Start;
        foreach (var date in held)
        {
            var due = previous.Plus(cycle.Cadence);
            schedule.Add(new ScheduledReview(due, date, Math.Max(0, Days(due, date))));
            if (date > due)
            {
                breaches.Add(Breach(schedule.Count == 1 ? BreachKind.BeforeFirstReview : BreachKind.BetweenReviews, previous, date, due));
            }

            previous = date;
        }

        var next = previous.Plus(cycle.Cadence);
        var ended = cycle.End is { } last && (next > last || asOf > last);

        // REV-3: once the cycle has ended, a review due on or before the end and never held is missed, even on the end date itself.
        if (ended ? next <= horizon : next < horizon)
        {
            breaches.Add(Breach(held.Count == 0 ? BreachKind.BeforeFirstReview : BreachKind.SinceLastReview, previous, horizon, next));
        }

        if (ended)
        {
            if (next <= horizon)
            {
                schedule.Add(new ScheduledReview(next, null, Days(next, horizon)));
            }

            return new CadenceResult(ValueList.From(schedule), ValueList.From(breaches), null, ReviewStatus.Ended);
        }

        schedule.Add(new ScheduledReview(next, null, Math.Max(0, Days(next, asOf))));
        var status = asOf > next ? ReviewStatus.Overdue
            : asOf.Plus(cycle.DueSoonWithin ?? ReviewCycle.DefaultDueSoonWithin) >= next ? ReviewStatus.DueSoon
            : ReviewStatus.OnSchedule;
        return new CadenceResult(ValueList.From(schedule), ValueList.From(breaches), next, status);
    }

    private static CadenceBreach Breach(BreachKind kind, LocalDate from, LocalDate to, LocalDate due) =>
        new(kind, from, to, due, Period.Between(from, to, PeriodUnits.Months | PeriodUnits.Days), Days(due, to));

    internal static int Days(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;

    private sealed record CadenceResult(ValueList<ScheduledReview> Schedule, ValueList<CadenceBreach> Breaches, LocalDate? NextDue, ReviewStatus? Status);
}

using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Reviews;

/// <summary>
/// Evaluates the review cycle at an explicit as-of date (REV-1..7): never the system clock. Due dates come from
/// the previous review (or the start) plus the cadence, by calendar months that clamp to month end
/// (2024-11-30 + P3M = 2025-02-28), never by adding days, so they never drift.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class ReviewCompliance
{
    private static readonly ValidationArea[] AreasReviewsRead = [ValidationArea.Document, ValidationArea.Reviews];

    /// <summary>Evaluates the document's review cycle, quarterly and annual reports, and stale items at an as-of date.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The report, or the validation errors in the review cycle or calendar that stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static ReviewResult Evaluate(PlanDocument document, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Evaluate(document, asOf, PlanValidator.Validate(document));
    }

    /// <summary>Evaluates a document that has already been validated, without validating it again.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="validation">The result of <c>PlanValidator.Validate(document)</c>.</param>
    /// <returns>The report, or the validation errors in the review cycle or calendar that stop it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside the years 4 to 9997 (<see cref="Calendar.AsOfDates"/>).</exception>
    public static ReviewResult Evaluate(PlanDocument document, LocalDate asOf, ValidationResult validation)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(validation);
        Calendar.AsOfDates.Check(asOf);
        var errors = validation.ErrorsIn(AreasReviewsRead);
        if (errors.Count > 0)
        {
            return new ReviewResult(null, errors);
        }

        var cycle = document.Reviews;
        var report = new ReviewReport(asOf, cycle);
        if (cycle is not null)
        {
            Cadence(report, cycle, asOf);
        }

        var held = cycle?.Held ?? ValueList<HeldReview>.Empty;
        report.Quarters = ValueList.From(PeriodReports.Quarters(document, held, cycle?.ReportingLag ?? Period.FromMonths(3), asOf));
        report.AnnualReports = ValueList.From(PeriodReports.AnnualReports(document, held, cycle?.AnnualReportLag ?? Period.FromMonths(6), asOf));
        report.StaleItems = ValueList.From(StaleItems.Find(document, cycle?.Cadence ?? Period.FromMonths(3), asOf));
        return new ReviewResult(report, []);
    }

    /// <summary>REV-2 and REV-3: walks from the start through each held review, each due date one cadence after the last.</summary>
    private static void Cadence(ReviewReport report, ReviewCycle cycle, LocalDate asOf)
    {
        var horizon = cycle.End is { } end && end < asOf ? end : asOf;
        var held = cycle.Held.Select(h => h.Date).Where(d => d <= horizon).Distinct().Order().ToList();
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
        if (horizon > next)
        {
            breaches.Add(Breach(held.Count == 0 ? BreachKind.BeforeFirstReview : BreachKind.SinceLastReview, previous, horizon, next));
        }

        var ended = cycle.End is { } last && next > last;
        if (!ended)
        {
            schedule.Add(new ScheduledReview(next, null, Math.Max(0, Days(next, asOf))));
            report.NextDue = next;
            report.Status = asOf > next ? ReviewStatus.Overdue
                : asOf.Plus(cycle.DueSoonWithin ?? ReviewCycle.DefaultDueSoonWithin) >= next ? ReviewStatus.DueSoon
                : ReviewStatus.OnSchedule;
        }

        report.Schedule = ValueList.From(schedule);
        report.Breaches = ValueList.From(breaches);
    }

    private static CadenceBreach Breach(BreachKind kind, LocalDate from, LocalDate to, LocalDate due) =>
        new(kind, from, to, due, Period.Between(from, to, PeriodUnits.Months | PeriodUnits.Days), Days(due, to));

    internal static int Days(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;
}

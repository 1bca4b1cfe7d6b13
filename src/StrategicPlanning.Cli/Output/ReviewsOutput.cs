using System.Globalization;
using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Reviews;

namespace StrategicPlanning.Cli;

/// <summary><c>splan reviews</c> output: the JSON of docs/cli.md, or readable tables.</summary>
internal static class ReviewsOutput
{
    public static ReviewsReport Json(ReviewReport report) => new(
        Date(report.AsOf),
        report.Cycle is not null,
        report.Cycle?.Cadence.ToString(),
        report.Cycle is { } cycle ? Date(cycle.Start) : null,
        report.Cycle?.End is { } end ? Date(end) : null,
        report.NextDue is { } next ? Date(next) : null,
        report.Status is { } status ? Camel(status.ToString()) : null,
        report.IsCompliant,
        [.. report.Schedule.Select(s => new ReviewsScheduleEntry(Date(s.Due), s.Held is { } h ? Date(h) : null, s.OnTime, s.DaysLate))],
        [.. report.Breaches.Select(b => new ReviewsBreach(Camel(b.Kind.ToString()), Date(b.From), Date(b.To), Date(b.Due), b.Gap.ToString(), b.DaysOverdue))],
        [.. report.OutsideCycle.Select(h => new ReviewsOutsideCycle(Date(h.Date), Camel(h.Kind.ToString()), h.Forum, h.Period, BeforeStart(report, h) ? "beforeStart" : "afterEnd"))],
        [.. report.Quarters.Select(Period)],
        [.. report.AnnualReports.Select(Period)],
        [.. report.StaleItems.Select(i => new ReviewsStaleItem(Camel(i.Kind.ToString()), i.Id, i.Title, i.LastUpdated is { } d ? Date(d) : null, i.Reason))]);

    public static void Text(TextWriter output, ReviewReport report)
    {
        output.WriteLine(report.IsCompliant
            ? $"Reviews at {Date(report.AsOf)}: compliant (no cadence breach, no late or missing report, REV-3)."
            : $"Reviews at {Date(report.AsOf)}: not compliant ({string.Join(", ", NotCompliantBecause(report))}, REV-3).");
        if (report.Cycle is { } cycle)
        {
            output.WriteLine($"Reviews at least every {Gap(cycle.Cadence)} from {Date(cycle.Start)}{(cycle.End is { } end ? $" to {Date(end)}" : string.Empty)}.");
            output.WriteLine(report.NextDue is { } next
                ? $"Next review due {Date(next)}: {Words(report.Status)}."
                : $"No further review is due: the cycle has ended{(cycle.End is { } last ? $" ({Date(last)})" : string.Empty)}.");
            output.WriteLine();
            output.WriteLine("Schedule (each review due one cadence after the one before, REV-2):");
            output.WriteLine($"  {"Due",-10}  {"Held",-10}  Result");
            foreach (var entry in report.Schedule)
            {
                var result = entry.Held is null
                    ? (report.Status == ReviewStatus.Ended ? string.Create(CultureInfo.InvariantCulture, $"not held by the end of the cycle, {entry.DaysLate} days overdue")
                        : entry.DaysLate > 0 ? string.Create(CultureInfo.InvariantCulture, $"not held, {entry.DaysLate} days overdue") : "not yet due")
                    : entry.OnTime ? "on time" : string.Create(CultureInfo.InvariantCulture, $"{entry.DaysLate} days late");
                output.WriteLine($"  {Date(entry.Due),-10}  {(entry.Held is { } h ? Date(h) : "-"),-10}  {result}");
            }

            if (report.OutsideCycle.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Held outside the cycle (no part in the cadence, REV-1; the periods they name still count):");
                foreach (var review in report.OutsideCycle)
                {
                    var where = BeforeStart(report, review) ? "before the start" : "after the end";
                    output.WriteLine(TerminalText.Safe($"  {Date(review.Date),-10}  {where,-16}  {Camel(review.Kind.ToString())}{(review.Period is { } period ? $", {period}" : string.Empty)}"));
                }
            }

            output.WriteLine();
            output.WriteLine(report.Breaches.Count == 0 ? "Cadence breaches: none." : string.Create(CultureInfo.InvariantCulture, $"Cadence breaches ({report.Breaches.Count}):"));
            foreach (var breach in report.Breaches)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Date(breach.From)} to {Date(breach.To)}: a gap of {Gap(breach.Gap)}; a review was due by {Date(breach.Due)} ({breach.DaysOverdue} days overdue)."));
            }
        }
        else
        {
            output.WriteLine("The document has no review cycle; quarterly and annual reports are checked with the default lags.");
        }

        Periods(output, "Quarterly performance reports (REV-4)", report.Quarters);
        Periods(output, "Annual Reports (REV-5)", report.AnnualReports);
        output.WriteLine();
        output.WriteLine(report.StaleItems.Count == 0 ? "Stale items: none." : string.Create(CultureInfo.InvariantCulture, $"Stale items (REV-7): {report.StaleItems.Count}"));
        foreach (var item in report.StaleItems)
        {
            output.WriteLine(TerminalText.Safe($"  {Camel(item.Kind.ToString()),-7}  {item.Id}: {item.Reason}"));
        }
    }

    private static void Periods(TextWriter output, string title, IReadOnlyList<PeriodReport> periods)
    {
        output.WriteLine();
        output.WriteLine(periods.Count == 0 ? $"{title}: no closed periods yet." : $"{title}:");
        foreach (var p in periods)
        {
            var status = p.Status switch
            {
                ReportStatus.OnTime => $"on time, presented {Date(p.PresentedOn!.Value)}",
                ReportStatus.Late => string.Create(CultureInfo.InvariantCulture, $"late, presented {Date(p.PresentedOn!.Value)}, {p.DaysLate} days after the deadline"),
                ReportStatus.Missing => string.Create(CultureInfo.InvariantCulture, $"missing, {p.DaysLate} days past the deadline"),
                _ => "not presented yet, still within the deadline",
            };
            output.WriteLine($"  {p.Period,-11}  deadline {Date(p.Deadline)}  {status}");
        }
    }

    /// <summary>REV-3: what stops the cycle being compliant, each counted: breaches, late or missing reports.</summary>
    private static IEnumerable<string> NotCompliantBecause(ReviewReport report)
    {
        var quarters = report.Quarters.Count(q => q.Status is ReportStatus.Late or ReportStatus.Missing);
        var years = report.AnnualReports.Count(a => a.Status is ReportStatus.Late or ReportStatus.Missing);
        if (report.Breaches.Count > 0)
        {
            yield return Count(report.Breaches.Count, "cadence breach", "cadence breaches");
        }

        if (quarters > 0)
        {
            yield return Count(quarters, "quarterly report", "quarterly reports") + " late or missing";
        }

        if (years > 0)
        {
            yield return Count(years, "Annual Report", "Annual Reports") + " late or missing";
        }
    }

    private static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    private static bool BeforeStart(ReviewReport report, StrategicPlanning.Model.HeldReview review) => review.Date < report.Cycle!.Start;

    private static string Words(ReviewStatus? status) => status switch
    {
        ReviewStatus.Overdue => "overdue",
        ReviewStatus.DueSoon => "due soon",
        _ => "on schedule",
    };

    private static string Gap(NodaTime.Period gap) => Durations.Describe(gap);

    private static ReviewsPeriod Period(PeriodReport p) =>
        new(p.Period.ToString(), Date(p.Deadline), Camel(p.Status.ToString()), p.PresentedOn is { } d ? Date(d) : null, p.DaysLate);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

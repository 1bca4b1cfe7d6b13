using System.Globalization;
using StrategicPlanning.Core;
using StrategicPlanning.Model;
using StrategicPlanning.Reviews;

namespace StrategicPlanning.Reports;

/// <summary>The review schedule (REV): the cadence, each review due and held, each quarter's report, breaches and stale items.</summary>
internal static class ReviewSection
{
    private const int StaleShown = 12;

    public static void Write(HtmlWriter html, ReportData data)
    {
        Page.Section(html, "reviews", "Review schedule");
        if (data.Reviews is not { } reviews)
        {
            Page.EndWithNote(html, "The document has no review cycle.");
            return;
        }

        html.Raw("<p>").Raw(reviews.IsCompliant ? Badges.Badge("green", "●", "Compliant") : Badges.Badge("red", "■", "Not compliant"))
            .Text($" Progress is to be reviewed at least every {Cadence(reviews)}. {Status(reviews)}").Raw("</p>");
        var shown = data.Options.RowsShown;
        Breaches(html, reviews, shown);
        Schedule(html, reviews, shown);
        OutsideCycle(html, reviews, shown);
        Reports(html, "Quarterly performance reports", reviews.Quarters, shown);
        Reports(html, "Annual Reports", reviews.AnnualReports, shown);
        Stale(html, reviews);
        Page.EndSection(html);
    }

    private static string Cadence(ReviewReport reviews) => Durations.Describe(reviews.Cycle?.Cadence ?? ReviewCycle.DefaultCadence);

    private static string Status(ReviewReport reviews)
    {
        if (reviews.Status == ReviewStatus.Ended)
        {
            return reviews.Cycle?.End is { } end
                ? $"The cycle ended on {Format.Date(end)}; no further review is due."
                : "The cycle has ended; no further review is due.";
        }

        var next = reviews.NextDue is { } due ? $"The next review is due by {Format.Date(due)}" : "No further review is due";
        return reviews.Status switch
        {
            ReviewStatus.Overdue => next + ", and it is overdue.",
            ReviewStatus.DueSoon => next + ", soon.",
            _ => next + ".",
        };
    }

    private static void Breaches(HtmlWriter html, ReviewReport reviews, int shown)
    {
        if (reviews.Breaches.Count == 0)
        {
            Page.Paragraph(html, "No gap between reviews was longer than the cadence allows.");
            return;
        }

        html.TableStart("Gaps longer than the cadence allows", "From", "To", "Gap", "Review was due by", "#Days overdue");
        foreach (var breach in reviews.Breaches.Take(shown))
        {
            html.Raw("<tr>").RowHeader(Format.ShortDate(breach.From)).Cell(Format.ShortDate(breach.To)).Cell(Durations.Describe(breach.Gap))
                .Cell(Format.ShortDate(breach.Due)).NumberCell(breach.DaysOverdue.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("</tr>");
        }

        Summarised.RestRow(html, reviews.Breaches.Count, shown, 5, "gap", "gaps", "splan reviews");

        html.TableEnd();
    }

    private static void Schedule(HtmlWriter html, ReviewReport reviews, int shown)
    {
        if (reviews.Schedule.Count == 0)
        {
            return;
        }

        html.TableStart("Reviews due and held", "Due by", "Held", "Status");
        foreach (var review in reviews.Schedule.Take(shown))
        {
            var status = review.Held is null
                ? (reviews.Status == ReviewStatus.Ended ? Badges.Badge("red", "■", $"Not held by the end of the cycle, {Format.Count(review.DaysLate, "day")} overdue")
                    : review.DaysLate > 0 ? Badges.Badge("red", "■", $"Not held, {Format.Count(review.DaysLate, "day")} overdue") : Badges.Badge("none", "○", "Not yet due"))
                : (review.OnTime ? Badges.Badge("green", "●", "On time") : Badges.Badge("red", "■", $"{Format.Count(review.DaysLate, "day")} late"));
            html.Raw("<tr>").RowHeader(Format.ShortDate(review.Due)).Cell(review.Held is { } held ? Format.ShortDate(held) : "–").MarkupCell(status).Raw("</tr>");
        }

        Summarised.RestRow(html, reviews.Schedule.Count, shown, 3, "review", "reviews", "splan reviews");

        html.TableEnd();
    }

    /// <summary>REV-1: reviews held before the start or after the end, apart from the schedule; the periods they name still count.</summary>
    private static void OutsideCycle(HtmlWriter html, ReviewReport reviews, int shown)
    {
        if (reviews.OutsideCycle.Count == 0 || reviews.Cycle is not { } cycle)
        {
            return;
        }

        html.TableStart("Reviews held outside the cycle: no part in the cadence, but the periods they name are reported", "Held", "When", "Kind", "Period");
        foreach (var review in reviews.OutsideCycle.Take(shown))
        {
            html.Raw("<tr>").RowHeader(Format.ShortDate(review.Date)).Cell(review.Date < cycle.Start ? "Before the cycle started" : "After the cycle ended")
                .Cell(Kind(review.Kind)).Cell(review.Period ?? "–").Raw("</tr>");
        }

        Summarised.RestRow(html, reviews.OutsideCycle.Count, shown, 4, "review", "reviews", "splan reviews");

        html.TableEnd();
    }

    private static string Kind(ReviewKind kind) => kind switch
    {
        ReviewKind.Quarterly => "Quarterly report",
        ReviewKind.Annual => "Annual Report",
        _ => "Other review",
    };

    /// <summary>Reports of closed periods with deadline, date presented and status.</summary>
    public static void Reports(HtmlWriter html, string caption, IReadOnlyList<PeriodReport> reports, int shown)
    {
        if (reports.Count == 0)
        {
            return;
        }

        html.TableStart(caption, "Period", "Deadline", "Presented", "Status");
        foreach (var report in reports.Take(shown))
        {
            html.Raw("<tr>").RowHeader(Format.PeriodName(report.Period)).Cell(Format.ShortDate(report.Deadline))
                .Cell(report.PresentedOn is { } on ? Format.ShortDate(on) : "–").MarkupCell(Words(report)).Raw("</tr>");
        }

        Summarised.RestRow(html, reports.Count, shown, 4, "report", "reports", "splan reviews");

        html.TableEnd();
    }

    private static string Words(PeriodReport report) => report.Status switch
    {
        ReportStatus.OnTime => Badges.Badge("green", "●", "On time"),
        ReportStatus.Late => Badges.Badge("red", "■", $"{Format.Count(report.DaysLate, "day")} late"),
        ReportStatus.Missing => Badges.Badge("red", "■", "Missing"),
        _ => Badges.Badge("none", "○", "Awaited, deadline not passed"),
    };

    private static void Stale(HtmlWriter html, ReviewReport reviews)
    {
        if (reviews.StaleItems.Count == 0)
        {
            Page.Paragraph(html, "Every action, measure and risk has been updated within its frequency.");
            return;
        }

        var shown = reviews.StaleItems.Take(StaleShown).ToList();
        var caption = reviews.StaleItems.Count > shown.Count
            ? string.Create(CultureInfo.InvariantCulture, $"Stale items: the first {shown.Count} of {reviews.StaleItems.Count}")
            : string.Create(CultureInfo.InvariantCulture, $"Stale items ({reviews.StaleItems.Count})");
        html.TableStart(caption, "Item", "Kind", "Last updated", "Why it is stale");
        foreach (var item in shown)
        {
            html.Raw("<tr>").RowHeader(item.Title).Cell(item.Kind.ToString()).Cell(item.LastUpdated is { } d ? Format.ShortDate(d) : "never").Cell(PlainWords.Strip(item.Reason)).Raw("</tr>");
        }

        html.TableEnd();
    }
}

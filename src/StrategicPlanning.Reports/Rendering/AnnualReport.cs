using System.Globalization;
using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Measures;

namespace StrategicPlanning.Reports;

/// <summary>
/// The Annual Report for a financial year: the year's performance and financial highlights at its end,
/// compared with the year before, with achievements, areas for improvement, risks and the year's reviews.
/// </summary>
internal static class AnnualReport
{
    public static void Write(ReportData data, HtmlWriter html)
    {
        var organisation = data.Document.Organisation?.Name;
        Page.Begin(html, $"{(organisation is null ? string.Empty : BidiText.Isolate(organisation) + ": ")}Annual Report {data.Period}");
        QuarterlyReport.Header(html, data, "Annual Report", $"{data.Period}: {Format.Span(data.Start, data.AsOf)}");
        html.Raw("<nav aria-label=\"Contents\"><h2>Contents</h2><ol><li><a href=\"#key\">How to read this report</a></li><li><a href=\"#performance\">Performance highlights</a></li>")
            .Raw("<li><a href=\"#achievements\">Achievements</a></li><li><a href=\"#improvement\">Areas for improvement</a></li>")
            .Raw("<li><a href=\"#money\">Financial highlights</a></li><li><a href=\"#risks\">Strategic risks</a></li><li><a href=\"#reviews\">Reviews in the year</a></li></ol></nav>\n");
        PlainWords.Key(html, data);
        Performance(html, data);
        Achievements(html, data);
        ExceptionsSection.Write(html, data, "improvement", "Areas for improvement");
        Money(html, data);
        RiskSection.Write(html, data);
        Reviews(html, data);
        Page.End(html, data);
    }

    private static void Performance(HtmlWriter html, ReportData data)
    {
        var plan = data.Scorecard.Plan;
        var before = data.PreviousScorecard.Plan;
        var actions = data.Scorecard.Actions;
        var measures = data.Scorecard.Measures;
        var improving = measures.Count(m => m.LongTerm == DirectionOfTravel.Improving);
        var comparable = measures.Count(m => m.LongTerm != DirectionOfTravel.NotComparable);
        Page.Section(html, "performance", "Performance highlights");
        html.Raw("<div class=\"cards\">");
        QuarterlyReport.Card(html, "Measures meeting target", Format.WholePercent(plan.MeetingTarget), HtmlWriter.Encode(string.Create(CultureInfo.InvariantCulture, $"{plan.MeasuresGreen} of {plan.MeasuresWithStatus} measures with targets met or exceeded; {Points(plan.MeetingTarget, before.MeetingTarget)}")));
        QuarterlyReport.Card(html, "Plan score", Format.Score(plan.Score), Badges.Rag(plan.Rag) + " " + HtmlWriter.Encode(QuarterlyReport.Change(plan.Score, before.Score, data.Period.Kind)));
        QuarterlyReport.Card(html, "Delivery actions completed in the year", string.Create(CultureInfo.InvariantCulture, $"{CompletedInYear(data).Count()} of {actions.Count}"), HtmlWriter.Encode(
            string.Create(CultureInfo.InvariantCulture, $"{actions.Count(a => a.Status == EffectiveActionStatus.Overdue)} overdue, {actions.Count(a => a.Status is EffectiveActionStatus.Cancelled or EffectiveActionStatus.Deferred)} cancelled or deferred")));
        html.Raw("</div>");
        Page.Paragraph(html, string.Create(CultureInfo.InvariantCulture, $"{improving} of {Format.Count(comparable, "measure")} with a figure a year earlier improved over the year."));
        Charts.CountsBar(html, plan.Counts, $"Measures and actions across the plan at {Format.Date(data.AsOf)}");
        QuarterlyReport.ThemeTable(html, data, $"Themes at the end of {data.Period}, compared with a year earlier", linkToSections: false);
        Page.EndSection(html);
    }

    private static void Achievements(HtmlWriter html, ReportData data)
    {
        var scorecard = data.Scorecard;
        var completed = CompletedInYear(data).ToList();
        var bestMeasures = scorecard.Measures.Where(m => m.Status == MeasureStatus.Green && m.LongTerm == DirectionOfTravel.Improving).ToList();
        Page.Section(html, "achievements", "Achievements");
        if (completed.Count > 0)
        {
            html.TableStart(string.Create(CultureInfo.InvariantCulture, $"Delivery actions completed ({completed.Count})"), "Action", "Owner", "Commentary");
            foreach (var a in completed.Take(data.Options.RowsShown))
            {
                html.Raw("<tr>").RowHeader(ThemeSection.Title(a.Action.Code, a.Action.Title)).Cell(a.Action.Owner ?? "–").Cell(a.LatestUpdate?.Commentary ?? string.Empty).Raw("</tr>");
            }

            Summarised.RestRow(html, completed.Count, data.Options.RowsShown, 3, "action", "actions", Summarised.ActionsTable);

            html.TableEnd();
        }

        if (bestMeasures.Count > 0)
        {
            html.TableStart(string.Create(CultureInfo.InvariantCulture, $"Measures on target and better than a year ago ({bestMeasures.Count})"), "Measure", "Period", "#Actual", "#Target", "Since a year ago");
            foreach (var m in bestMeasures.Take(data.Options.RowsShown))
            {
                html.Raw("<tr>").RowHeader(ThemeSection.Title(m.Measure.Code, m.Measure.Title)).NoWrapCell(m.Period.ToString())
                    .NumberCell(Format.Value(m.Actual?.Value, m.Measure.Unit)).NumberCell(Format.Value(m.Target?.Value, m.Measure.Unit))
                    .MarkupCell(Badges.Direction(m.LongTerm)).Raw("</tr>");
            }

            Summarised.RestRow(html, bestMeasures.Count, data.Options.RowsShown, 5, "measure", "measures", Summarised.Actuals);

            html.TableEnd();
        }

        if (completed.Count == 0 && bestMeasures.Count == 0)
        {
            Page.Paragraph(html, "No action was completed and no measure both met its target and improved on a year earlier.", "note");
        }

        Page.EndSection(html);
    }


    private static void Money(HtmlWriter html, ReportData data)
    {
        Page.Section(html, "money", $"Financial highlights, {data.Period}");
        if (data.Money?.For(data.FinancialYear) is not { } year)
        {
            Page.Paragraph(html, data.Money is null
                ? "The document has no Medium-Term Financial Strategy."
                : $"The Medium-Term Financial Strategy does not cover {data.Period}.", "note");
            Page.EndSection(html);
            return;
        }

        MoneySection.Summary(html, data, year);
        var horizon = data.Money.Horizon;
        Page.Paragraph(html, $"Over the whole MTFS, {string.Join(" to ", new[] { data.Money.Years[0], data.Money.Years[^1] }.Distinct())}: budget {Format.Money(horizon.Budget, data.Currency)}, " +
            $"{Format.Money(horizon.Allocated, data.Currency)} allocated to actions ({Format.Percent(horizon.AlignedShare)}), savings gap {Format.Money(horizon.SavingsGap, data.Currency)}.");
        MoneySection.ThemeMoney(html, data, year);
        Page.EndSection(html);
    }

    private static void Reviews(HtmlWriter html, ReportData data)
    {
        Page.Section(html, "reviews", $"Reviews in {data.Period}");
        if (data.Reviews is not { } reviews || reviews.Cycle is not { } cycle)
        {
            Page.EndWithNote(html, "The document has no review cycle.");
            return;
        }

        var held = cycle.Held.Where(r => r.Date >= data.Start && r.Date <= data.AsOf).OrderBy(r => r.Date).ToList();
        Page.Paragraph(html, $"{Format.Count(held.Count, "review")} held in the year; {Format.Count(reviews.Breaches.Count(b => b.To >= data.Start), "gap")} longer than the cadence allows ended in or after it.");
        if (held.Count > 0)
        {
            html.TableStart("Reviews held in the year", "Date", "Kind", "Forum", "Period reported");
            foreach (var r in held.Take(data.Options.RowsShown))
            {
                html.Raw("<tr>").RowHeader(Format.ShortDate(r.Date)).Cell(reviews.OutsideCycle.Contains(r) ? r.Kind.ToString() + ", outside the cycle" : r.Kind.ToString()).Cell(r.Forum ?? "–").Cell(r.Period ?? "–").Raw("</tr>");
            }

            Summarised.RestRow(html, held.Count, data.Options.RowsShown, 4, "review", "reviews", "splan reviews");

            html.TableEnd();
        }

        var fy = data.Period;
        ReviewSection.Reports(html, "Quarterly performance reports for the year",
            [.. reviews.Quarters.Where(q => data.Document.Calendar.FinancialYearOf(q.Period) == fy)], data.Options.RowsShown);
        ReviewSection.Reports(html, "Annual Reports", reviews.AnnualReports, data.Options.RowsShown);
        Page.EndSection(html);
    }

    /// <summary>Actions complete at the year's end whose completing update falls in the year (ACT-3).</summary>
    private static IEnumerable<ActionEvaluation> CompletedInYear(ReportData data) =>
        data.Scorecard.Actions.Where(a => a.Status == EffectiveActionStatus.Complete && a.LatestUpdate is { } update && update.AsOf >= data.Start);

    private static string Points(decimal? now, decimal? before)
    {
        if (now is not { } n || before is not { } b)
        {
            return "no figure a year earlier";
        }

        // Points between the two whole percentages shown.
        var points = Rounding.ForDisplay(n * 100, 0) - Rounding.ForDisplay(b * 100, 0);
        return points switch
        {
            > 0 => string.Create(CultureInfo.InvariantCulture, $"up {points:0} points on a year earlier"),
            < 0 => string.Create(CultureInfo.InvariantCulture, $"down {-points:0} points on a year earlier"),
            _ => "the same as a year earlier",
        };
    }
}

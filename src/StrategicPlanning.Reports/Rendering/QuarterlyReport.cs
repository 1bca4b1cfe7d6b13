using System.Globalization;
using StrategicPlanning.Aggregation;

namespace StrategicPlanning.Reports;

/// <summary>
/// The quarterly performance report to Cabinet: headline, a section per theme, exceptions, money, risks and the
/// review schedule, all at the quarter's end.
/// </summary>
internal static class QuarterlyReport
{
    public static void Write(ReportData data, HtmlWriter html)
    {
        // The first themes have sections of their own; the headline's table of themes sums up the rest.
        var themes = data.Scorecard.Plan.Children.Take(data.Options.ThemeSections).ToList();
        var organisation = data.Document.Organisation?.Name;
        var title = $"{(organisation is null ? string.Empty : BidiText.Isolate(organisation) + ": ")}Quarterly performance report, {Format.PeriodName(data.Period)}";
        Page.Begin(html, title);
        Header(html, data, "Quarterly performance report", $"{Format.PeriodName(data.Period)}: {Format.Span(data.Start, data.AsOf)}");

        html.Raw("<nav aria-label=\"Contents\"><h2>Contents</h2><ol><li><a href=\"#key\">How to read this report</a></li><li><a href=\"#headline\">Headline</a></li><li><a href=\"#moved\">What moved this quarter</a></li>");
        foreach (var theme in themes)
        {
            html.Raw("<li><a href=\"#").Text(ThemeSection.Anchor(theme)).Raw("\">").Text(theme.Name).Raw("</a></li>");
        }

        if (data.Scorecard.Plan.Children.Count > themes.Count)
        {
            html.Raw("<li><a href=\"#headline\">").Text(Summarised.More(data.Scorecard.Plan.Children.Count - themes.Count, "theme", "themes", null, null)[..^1] + ", in the table of themes")
                .Raw("</a></li>");
        }

        html.Raw("<li><a href=\"#exceptions\">Exceptions</a></li><li><a href=\"#money\">Money by theme</a></li>")
            .Raw("<li><a href=\"#risks\">Strategic risks</a></li><li><a href=\"#reviews\">Review schedule</a></li></ol></nav>\n");

        PlainWords.Key(html, data);
        Headline(html, data);
        MovementSection.Write(html, data);
        foreach (var theme in themes)
        {
            ThemeSection.Write(html, data, theme);
        }

        ExceptionsSection.Write(html, data, "exceptions", "Exceptions");
        MoneySection.Write(html, data);
        RiskSection.Write(html, data);
        ReviewSection.Write(html, data);
        Page.End(html, data);
    }

    /// <summary>The title block both reports share.</summary>
    public static void Header(HtmlWriter html, ReportData data, string kicker, string subtitle)
    {
        var plan = data.Document.Plan;
        html.Raw("<header>");
        if (data.Document.Organisation?.Name is { } organisation)
        {
            html.Element("p", organisation, "kicker");
        }

        html.Element("h1", $"{kicker}: {subtitle}")
            .Element("p", plan.Title);
        if (plan.Vision is { Length: > 0 } vision)
        {
            html.Element("p", vision, "vision");
        }

        if (data.AsOf < plan.Start || data.Start > plan.End)
        {
            html.Element("p", $"This period falls outside the plan's dates ({Format.Span(plan.Start, plan.End)}): figures may be missing or come from another plan year.", "note warning");
        }

        html.Raw("</header>\n");
    }

    private static void Headline(HtmlWriter html, ReportData data)
    {
        var plan = data.Scorecard.Plan;
        var before = data.PreviousScorecard.Plan;
        Page.Section(html, "headline", "Headline");
        html.Raw("<div class=\"cards\">");
        Card(html, "Plan score", Format.Score(plan.Score), Badges.Rag(plan.Rag) + " " + HtmlWriter.Encode($"coverage {Format.Percent(plan.Coverage)}; {Change(plan.Score, before.Score, data.Period.Kind)}"));
        Card(html, "Measures meeting target", plan.MeasuresWithStatus == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{plan.MeasuresGreen} of {plan.MeasuresWithStatus}"), HtmlWriter.Encode(string.Create(CultureInfo.InvariantCulture, $"{Format.WholePercent(plan.MeetingTarget)} of measures with a status are green; {Format.WholePercent(before.MeetingTarget)} a quarter earlier")));
        ReviewCard(html, data);
        html.Raw("</div>");
        html.Raw("<div class=\"score-and-why\">");
        TrendCharts.Score(html, "Plan score", data.Scores.Of(plan.Id), data.Options.Scoring.Policy.Plan.Thresholds);
        html.Raw("<div>");
        Charts.CountsBar(html, plan.Counts, "Measures and actions across the plan");
        html.Raw("<p class=\"why\">").Text(PlainWords.Why(data, plan)).Raw("</p></div></div>");
        ThemeTable(html, data, "Themes at " + Format.Date(data.AsOf), linkToSections: true);
        Page.EndSection(html);
    }

    /// <summary>
    /// The themes with score, RAG, change, coverage, counts and measures meeting target, the first <see cref="ReportOptions.RowsShown"/>
    /// and a line summing up the rest; names link to their sections when the report has them.
    /// </summary>
    public static void ThemeTable(HtmlWriter html, ReportData data, string caption, bool linkToSections)
    {
        html.TableStart(caption, "Theme", "#Score", "RAG", "Change on " + Since(data.Period.Kind), "#Coverage", "#Green", "#Amber", "#Red", "#Complete", "#No data", "#Meeting target");
        var themes = data.Scorecard.Plan.Children;
        var shown = Math.Min(themes.Count, data.Options.RowsShown);
        for (var i = 0; i < shown; i++)
        {
            var theme = themes[i];
            var before = data.PreviousScorecard.FindNode(theme.Id);
            html.Raw("<tr>");
            if (linkToSections && i < data.Options.ThemeSections)
            {
                html.Raw("<th scope=\"row\"><a href=\"#").Text(ThemeSection.Anchor(theme)).Raw("\">").Text(theme.Name).Raw("</a></th>");
            }
            else
            {
                html.RowHeader(theme.Name);
            }

            html.NumberCell(Format.Score(theme.Score)).MarkupCell(Badges.Rag(theme.Rag)).NoWrapCell(ChangeFigure(theme.Score, before?.Score) ?? "–")
                .NumberCell(Format.Percent(theme.Coverage));
            Counts(html, theme.Counts);
            html.NumberCell(Meeting(theme)).Raw("</tr>");
        }

        if (themes.Count > shown)
        {
            var rest = themes.Skip(shown).ToList();
            Summarised.Row(html, 11, Summarised.More(rest.Count, "theme", "themes", Summarised.ByRag(rest.Select(t => t.Rag)), Summarised.Scores));
        }

        html.TableEnd();
    }

    /// <summary>Five count cells: green, amber, red, complete, no data.</summary>
    public static void Counts(HtmlWriter html, StatusCounts counts) =>
        html.NumberCell(Num(counts.Green)).NumberCell(Num(counts.Amber)).NumberCell(Num(counts.Red)).NumberCell(Num(counts.Complete)).NumberCell(Num(counts.NoData));

    /// <summary>"7 of 9 (78%)", or a dash.</summary>
    public static string Meeting(ScoreNode node) =>
        node.MeasuresWithStatus == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{node.MeasuresGreen} of {node.MeasuresWithStatus} ({Format.WholePercent(node.MeetingTarget)})");

    /// <summary>A score's change since the period before, in words.</summary>
    public static string Change(decimal? now, decimal? before, Calendar.PeriodKind period)
    {
        var since = Since(period);
        return ChangeFigure(now, before) switch
        {
            null => $"no comparison with {since}",
            var change => $"{change} on {since}",
        };
    }

    /// <summary>"up 8.8", "down 7.0" or "no change": the difference of the two scores as shown; null when either is missing.</summary>
    public static string? ChangeFigure(decimal? now, decimal? before)
    {
        if (now is not { } n || before is not { } b)
        {
            return null;
        }

        var delta = Format.ShownChange(n, b);
        return delta switch
        {
            > 0 => $"up {Format.Score(delta)}",
            < 0 => $"down {Format.Score(-delta)}",
            _ => "no change",
        };
    }

    /// <summary>"last quarter" or "last year".</summary>
    private static string Since(Calendar.PeriodKind period) => period == Calendar.PeriodKind.Quarter ? "last quarter" : "last year";

    /// <summary>A headline card: label, big figure, and a line of trusted markup.</summary>
    public static void Card(HtmlWriter html, string label, string figure, string detailMarkup) =>
        html.Raw("<div class=\"card\">").Element("p", label, "label").Element("p", figure, "figure").Raw("<p>").Raw(detailMarkup).Raw("</p></div>");

    private static void ReviewCard(HtmlWriter html, ReportData data)
    {
        if (data.Reviews is not { } reviews)
        {
            Card(html, "Review compliance", "–", "The document has no review cycle.");
            return;
        }

        var lateQuarters = reviews.Quarters.Count(q => q.Status is Reviews.ReportStatus.Late or Reviews.ReportStatus.Missing);
        var lateYears = reviews.AnnualReports.Count(q => q.Status is Reviews.ReportStatus.Late or Reviews.ReportStatus.Missing);
        var reasons = new List<string>();
        if (reviews.Breaches.Count > 0)
        {
            reasons.Add(Format.Count(reviews.Breaches.Count, "gap", "gaps") + " longer than the cadence");
        }

        if (lateQuarters > 0)
        {
            reasons.Add(Format.Count(lateQuarters, "quarterly report") + " late or missing");
        }

        if (lateYears > 0)
        {
            reasons.Add(Format.Count(lateYears, "Annual Report") + " late or missing");
        }

        var badge = reasons.Count == 0
            ? Badges.Badge("green", "●", "Cadence kept, reports on time")
            : Badges.Badge("red", "■", string.Join("; ", reasons));
        var next = reviews.NextDue is { } due ? $"Next review due by {Format.Date(due)}."
            : reviews.Status == Reviews.ReviewStatus.Ended && reviews.Cycle?.End is { } end ? $"The cycle ended on {Format.Date(end)}; no further review is due."
            : "No further review is due.";
        Card(html, "Review compliance", reviews.IsCompliant ? "Compliant" : "Not compliant", badge + " " + HtmlWriter.Encode(next));
    }

    private static string Num(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

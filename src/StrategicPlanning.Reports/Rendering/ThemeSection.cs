using System.Globalization;
using StrategicPlanning.Aggregation;

namespace StrategicPlanning.Reports;

/// <summary>
/// One theme of the quarterly report: its score and RAG with the reason, counts as a bar, its outcomes, its
/// measures with status and direction of travel, the delivery actions that serve it, and the heat map of the open
/// threats that bear on it (RSK-8).
/// </summary>
internal static class ThemeSection
{
    /// <summary>The id of a theme's section, also used by links to it.</summary>
    public static string Anchor(ScoreNode theme) => "theme-" + theme.Id;

    public static void Write(HtmlWriter html, ReportData data, ScoreNode theme)
    {
        var source = data.Document.Index.FindTheme(theme.Id);
        Page.Section(html, Anchor(theme), theme.Name, "theme");
        if (source?.CrossCutting == true)
        {
            html.Raw("<p>").Raw(Badges.Tag("Cross-cutting")).Raw("</p>");
        }

        if (source?.Description is { Length: > 0 } description)
        {
            Page.Paragraph(html, description);
        }

        html.Raw("<p>").Text($"Score {Format.Score(theme.Score)} ").Raw(Badges.Rag(theme.Rag))
            .Text($"; coverage {Format.Percent(theme.Coverage)}; measures meeting target {QuarterlyReport.Meeting(theme)}.").Raw("</p>");

        // The theme at a glance: its score over the quarters, its counts and why, and beside them the threats bearing on it.
        html.Raw("<div class=\"theme-glance\"><div class=\"score-and-why\">");
        TrendCharts.Score(html, BidiText.Isolate(theme.Name) + " score", data.Scores.Of(theme.Id), data.Options.Scoring.Policy.Themes.Thresholds);
        html.Raw("<div>");
        Charts.CountsBar(html, theme.Counts, theme.Name);
        html.Raw("<p class=\"why\">").Text(PlainWords.Why(data, theme)).Raw("</p></div></div>");
        Threats(html, data, theme);
        html.Raw("</div>");

        OutcomeTable(html, data, theme);
        MeasureTable(html, data, theme);
        ActionTable(html, data, theme);
        Page.EndSection(html);
    }

    /// <summary>
    /// RSK-8: the open threats bearing on the theme, as a heat map: a risk counts for the themes it names and those of
    /// its outcomes, once each.
    /// </summary>
    private static void Threats(HtmlWriter html, ReportData data, ScoreNode theme)
    {
        if (data.Risks?.Themes.FirstOrDefault(t => t.ThemeId == theme.Id) is not { } exposure)
        {
            return;
        }

        var name = BidiText.Isolate(theme.Name);
        html.Raw("<div class=\"theme-threats\">");
        if (exposure.HighestScore is not { } highest)
        {
            Page.Paragraph(html, $"No open threat bears on {name} at {Format.Date(data.AsOf)}.", "note");
        }
        else
        {
            Page.Paragraph(html, string.Create(CultureInfo.InvariantCulture, $"Open threats to {name}, named by it or by one of its outcomes: {exposure.OpenThreats}; the highest current score is {highest}."));
            RiskSection.Figure(html, exposure.HeatMap, $"Threats to {name} by current likelihood and impact", opportunities: false);
        }

        html.Raw("</div>");
    }

    private static void OutcomeTable(HtmlWriter html, ReportData data, ScoreNode theme)
    {
        var shown = data.Options.RowsShown;
        html.TableStart($"Outcomes of {BidiText.Isolate(theme.Name)}", "Outcome", "#Score", "RAG", "#Coverage", "#Green", "#Amber", "#Red", "#Complete", "#No data", "#Meeting target");
        foreach (var outcome in theme.Children.Take(shown))
        {
            html.Raw("<tr>").RowHeader(outcome.Name).NumberCell(Format.Score(outcome.Score)).MarkupCell(Badges.Rag(outcome.Rag)).NumberCell(Format.Percent(outcome.Coverage));
            QuarterlyReport.Counts(html, outcome.Counts);
            html.NumberCell(QuarterlyReport.Meeting(outcome)).Raw("</tr>");
        }

        if (theme.Children.Count > shown)
        {
            var rest = theme.Children.Skip(shown).ToList();
            Summarised.Row(html, 10, Summarised.More(rest.Count, "outcome", "outcomes", Summarised.ByRag(rest.Select(o => o.Rag)), Summarised.Scores));
        }

        html.TableEnd();
    }

    private static void MeasureTable(HtmlWriter html, ReportData data, ScoreNode theme)
    {
        var leaves = Distinct(theme, NodeKind.Measure);
        if (leaves.Count == 0)
        {
            Page.Paragraph(html, $"{BidiText.Isolate(theme.Name)} has no performance measures.", "note");
            return;
        }

        html.TableStart($"Measures of {BidiText.Isolate(theme.Name)}", "Measure", "Period", "#Actual", "#Target", "Status", "Since last period", "Since a year ago", "Trend and commentary");
        foreach (var leaf in leaves.Take(data.Options.RowsShown))
        {
            var measure = data.Scorecard.MeasureOf(leaf);
            var unit = measure.Measure.Unit;
            html.Raw("<tr><th scope=\"row\">").Text(Title(measure.Measure.Code, measure.Measure.Title));
            if (leaf.MustDo)
            {
                html.Raw(Badges.Tag("Must do"));
            }

            html.Raw("</th>").NoWrapCell(measure.Period.ToString()).NumberCell(Format.Value(measure.Actual?.Value, unit))
                .NumberCell(Format.Value(measure.Target?.Value, unit)).MarkupCell(Badges.Leaf(leaf.Status))
                .MarkupCell(Badges.Direction(measure.ShortTerm)).MarkupCell(Badges.Direction(measure.LongTerm));

            // The trend chart heads the free-text column, with the actual's commentary under it: a column of its own
            // made the table wider than an A4 page.
            html.Raw("<td class=\"trend-cell\">");
            TrendCharts.Measure(html, data.Measures.History(measure.Measure.Id, TrendCharts.MeasurePeriods)!);
            if (measure.Actual?.Note is { Length: > 0 } note)
            {
                html.Element("p", note, "commentary");
            }

            html.Raw("</td></tr>");
        }

        Rest(html, data, leaves, 8, "measure", "measures", Summarised.Actuals);
        html.TableEnd();
    }

    private static void ActionTable(HtmlWriter html, ReportData data, ScoreNode theme)
    {
        var leaves = Distinct(theme, NodeKind.Action);
        if (leaves.Count == 0)
        {
            Page.Paragraph(html, $"No delivery action serves {BidiText.Isolate(theme.Name)} at {Format.Date(data.AsOf)}.", "note");
            return;
        }

        html.TableStart($"Delivery actions for {BidiText.Isolate(theme.Name)}", "Action", "Owner", "Due", "Status", "#Complete", "Latest commentary");
        foreach (var leaf in leaves.Take(data.Options.RowsShown))
        {
            var action = data.Scorecard.ActionOf(leaf);
            html.Raw("<tr><th scope=\"row\">").Text(Title(action.Action.Code, action.Action.Title));
            if (leaf.MustDo)
            {
                html.Raw(Badges.Tag("Must do"));
            }

            html.Raw("</th>").Cell(action.Action.Owner ?? "–").NoWrapCell(Format.ShortDate(action.Action.Due))
                .MarkupCell(Badges.Action(action.Status, leaf.Status))
                .NumberCell(action.PercentComplete is { } p ? Format.WholePercent(p / 100) : "–")
                .Cell(action.LatestUpdate?.Commentary ?? string.Empty).Raw("</tr>");
        }

        Rest(html, data, leaves, 6, "action", "actions", Summarised.ActionsTable);
        html.TableEnd();
    }

    /// <summary>The closing row of a table of leaves longer than the report shows: how many more, by status.</summary>
    private static void Rest(HtmlWriter html, ReportData data, List<LeafResult> leaves, int columns, string one, string many, string export)
    {
        if (leaves.Count > data.Options.RowsShown)
        {
            var rest = leaves.Skip(data.Options.RowsShown).ToList();
            Summarised.Row(html, columns, Summarised.More(rest.Count, one, many, Summarised.ByStatus(rest.Select(l => l.Status)), export));
        }
    }

    /// <summary>The leaves of one kind under a theme's outcomes, each once (an action can serve several outcomes).</summary>
    public static List<LeafResult> Distinct(ScoreNode theme, NodeKind kind)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var leaves = new List<LeafResult>();
        foreach (var outcome in theme.Children)
        {
            foreach (var leaf in outcome.Leaves)
            {
                if (leaf.Kind == kind && seen.Add(leaf.Id))
                {
                    leaves.Add(leaf);
                }
            }
        }

        return leaves;
    }

    /// <summary>"A1.1 Deliver new cycle routes" or the title alone.</summary>
    public static string Title(string? code, string title) => code is { Length: > 0 } ? BidiText.Isolate(code) + " " + BidiText.Isolate(title) : BidiText.Isolate(title);
}

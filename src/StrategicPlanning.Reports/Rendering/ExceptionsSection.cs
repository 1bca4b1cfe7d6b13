using System.Globalization;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;
using StrategicPlanning.Delivery;

using Row = (string Item, string Kind, string Theme, string Status, string Commentary);

namespace StrategicPlanning.Reports;

/// <summary>
/// Exceptions: every red item at the period's end, each once, with its commentary, so members see everything
/// off track in one place: themes, outcomes, measures and actions (AGG, MEA, ACT), open threats in a red band
/// (RSK), and performance reports and Annual Reports presented late or missing (REV-4, REV-5).
/// </summary>
internal static class ExceptionsSection
{
    public static void Write(HtmlWriter html, ReportData data, string id, string heading)
    {
        // Every red item, in the plan's order, each row worked out only if it is shown: a large plan has many.
        var scorecard = data.Scorecard;
        var rows = new List<(string Kind, Func<Row> Row)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var theme in scorecard.Plan.Children)
        {
            if (theme.Rag == Rag.Red)
            {
                rows.Add(("theme", () => (theme.Name, "Theme", theme.Name, Badges.Rag(theme.Rag), PlainWords.Why(data, theme))));
            }

            foreach (var outcome in theme.Children)
            {
                if (outcome.Rag == Rag.Red)
                {
                    rows.Add(("outcome", () => (outcome.Name, "Outcome", theme.Name, Badges.Rag(outcome.Rag), PlainWords.Why(data, outcome))));
                }

                foreach (var leaf in outcome.Leaves)
                {
                    if (leaf.Status == LeafStatus.Red && seen.Add(leaf.Kind + ":" + leaf.Id))
                    {
                        rows.Add((leaf.Kind == NodeKind.Measure ? "measure" : "action", () => Leaf(scorecard, leaf, theme.Name)));
                    }
                }
            }
        }

        RedThreats(data, rows);
        LateReports(data, rows);
        Page.Section(html, id, heading);
        if (rows.Count == 0)
        {
            Page.Paragraph(html, $"Nothing is red at {Format.Date(data.AsOf)}.");
            Page.EndSection(html);
            return;
        }

        Page.Paragraph(html, $"{Format.Count(rows.Count, "item is", "items are")} red at {Format.Date(data.AsOf)}. Each is listed once, under the first theme it serves.");
        html.TableStart("Red items and their commentary", "Item", "Kind", "Theme", "Status", "Commentary");
        var shown = Math.Min(rows.Count, data.Options.RowsShown);
        for (var i = 0; i < shown; i++)
        {
            var (item, kind, theme, status, commentary) = rows[i].Row();
            html.Raw("<tr>").RowHeader(item).Cell(kind).Cell(theme).MarkupCell(status)
                .Cell(commentary.Length > 0 ? commentary : "No commentary given.").Raw("</tr>");
        }

        if (rows.Count > shown)
        {
            var kinds = Summarised.ByKind(rows.Skip(shown).Select(r => r.Kind), ("theme", "themes"), ("outcome", "outcomes"), ("measure", "measures"), ("action", "actions"), ("threat", "threats"), ("late or missing report", "late or missing reports"));
            Summarised.Row(html, 5, Summarised.More(rows.Count - shown, "red item", "red items", kinds, "splan export"));
        }

        html.TableEnd();
        Page.EndSection(html);
    }

    private static void RedThreats(ReportData data, List<(string Kind, Func<Row> Row)> rows)
    {
        foreach (var risk in data.Risks?.OpenThreats ?? [])
        {
            if (risk.Current.Band?.Rag == Rag.Red)
            {
                rows.Add(("threat", () => Threat(data, risk)));
            }
        }
    }

    private static Row Threat(ReportData data, Risks.RiskEvaluation risk)
    {
        var themes = string.Join(", ", risk.Risk.ThemeIds.Select(t => BidiText.Isolate(data.Document.Index.FindTheme(t)?.Name ?? t)));
        var assessment = risk.Risk.Assessments.LastOrDefault(a => a.AsOf == risk.Current.AssessedOn);
        var commentary = string.Create(CultureInfo.InvariantCulture, $"{Format.RiskPosition(data.Document.RiskRegister!.Matrix, risk.Current, inSentence: true)}. {BidiText.Isolate(assessment?.Commentary)}").Trim();
        return (ThemeSection.Title(risk.Risk.Code, risk.Risk.Title), "Threat", themes.Length > 0 ? themes : "–", Badges.Band(risk.Current.Band), commentary);
    }

    private static void LateReports(ReportData data, List<(string Kind, Func<Row> Row)> rows)
    {
        if (data.Reviews is not { } reviews)
        {
            return;
        }

        foreach (var (report, what) in reviews.Quarters.Select(q => (q, "Quarterly performance report")).Concat(reviews.AnnualReports.Select(a => (a, "Annual Report"))))
        {
            var status = report.Status switch
            {
                Reviews.ReportStatus.Late => Badges.Badge("red", "■", "Late"),
                Reviews.ReportStatus.Missing => Badges.Badge("red", "■", "Missing"),
                _ => null,
            };
            if (status is not null)
            {
                var presented = report.PresentedOn is { } on ? $"presented {Format.ShortDate(on)}, {Format.Count(report.DaysLate, "day")} late" : "not presented";
                rows.Add(("late or missing report", () => ($"{what}, {Format.PeriodName(report.Period)}", "Review", "–", status, $"Deadline {Format.ShortDate(report.Deadline)}; {presented}.")));
            }
        }
    }

    private static Row Leaf(Scorecard scorecard, LeafResult leaf, string theme)
    {
        var mustDo = leaf.MustDo ? " (must do)" : string.Empty;
        if (leaf.Kind == NodeKind.Measure)
        {
            var measure = scorecard.MeasureOf(leaf);
            var figures = $"{Format.Value(measure.Actual?.Value, measure.Measure.Unit)} against a target of {Format.Value(measure.Target?.Value, measure.Measure.Unit)} in {measure.Period}.";
            var note = measure.Actual?.Note is { Length: > 0 } n ? " " + BidiText.Isolate(n) : string.Empty;
            return (ThemeSection.Title(measure.Measure.Code, measure.Measure.Title), "Measure" + mustDo, theme, Badges.Leaf(leaf.Status), figures + note);
        }

        var action = scorecard.ActionOf(leaf);
        var late = action.OverdueMilestones.Count > 0
            ? $" Overdue milestones: {string.Join(", ", action.OverdueMilestones.Select(m => $"{BidiText.Isolate(m.Title)} (due {Format.ShortDate(m.Due)})"))}."
            : string.Empty;
        var due = action.Status == EffectiveActionStatus.Overdue ? $"Due {Format.ShortDate(action.Action.Due)} and not complete. " : string.Empty;
        var commentary = due + BidiText.Isolate(action.LatestUpdate?.Commentary) + late;
        return (ThemeSection.Title(action.Action.Code, action.Action.Title), "Action" + mustDo, theme, Badges.Action(action.Status, leaf.Status), commentary.Trim());
    }
}

using System.Globalization;
using StrategicPlanning.Model;
using StrategicPlanning.Risks;

namespace StrategicPlanning.Reports;

/// <summary>The Strategic Risk Register at the period's end (RSK): heat maps with counts, the top threats and the opportunities.</summary>
internal static class RiskSection
{
    public static void Write(HtmlWriter html, ReportData data)
    {
        Page.Section(html, "risks", "Strategic risks");
        if (data.Risks is not { } profile)
        {
            Page.EndWithNote(html, "The document has no Strategic Risk Register.");
            return;
        }

        var threats = profile.OpenThreats;
        var opportunities = profile.OpenOpportunities;
        var outside = profile.OutsideAppetite.Count;
        Page.Paragraph(html, string.Create(CultureInfo.InvariantCulture, $"{Format.Count(threats.Count, "open threat")}, {outside} of them outside the council's appetite; {Format.Count(opportunities.Count, "open opportunity", "open opportunities")}. {ScoreWords(data.Document.RiskRegister!.Matrix)} at {Format.Date(data.AsOf)}."));
        HeatMaps(html, profile);
        TopThreats(html, data, threats);
        Opportunities(html, data, opportunities);
        Page.EndSection(html);
    }

    /// <summary>The two heat maps side by side, with the bands in words.</summary>
    public static void HeatMaps(HtmlWriter html, RiskProfile profile)
    {
        html.Raw("<div class=\"heatmaps\">");
        Figure(html, profile.Threats, "Threats by current likelihood and impact", opportunities: false);
        Figure(html, profile.Opportunities, "Opportunities by current likelihood and impact", opportunities: true);
        html.Raw("</div><p class=\"note\">Bands: ");
        var bands = profile.Threats.Matrix.Bands;
        for (var i = 0; i < bands.Count; i++)
        {
            html.Raw(i == 0 ? string.Empty : ", ").Raw(Badges.Band(bands[i])).Text(string.Create(CultureInfo.InvariantCulture, $" from {bands[i].From}"));
        }

        html.Raw("; for opportunities, the same thresholds in blue: ");
        for (var i = 0; i < bands.Count; i++)
        {
            html.Raw(i == 0 ? string.Empty : ", ").Raw(Badges.OpportunityBand(bands[i]));
        }

        html.Raw(". A cell shows how many risks sit there (an empty cell has none) and its band's initial. Opportunities are shaded blue: the higher, the better.</p>");
    }

    /// <summary>A heat map with its caption: the title and how many risks it counts.</summary>
    public static void Figure(HtmlWriter html, HeatMap map, string title, bool opportunities)
    {
        html.Raw("<figure>");
        Charts.HeatMap(html, map, title, opportunities);
        html.Raw("<figcaption>").Text($"{title}: {Format.Count(map.Total, "risk")}").Raw("</figcaption></figure>");
    }

    private static void TopThreats(HtmlWriter html, ReportData data, IReadOnlyList<RiskEvaluation> threats)
    {
        var top = threats.Take(data.Options.TopRisks).ToList();
        if (top.Count == 0)
        {
            Page.Paragraph(html, "No open threats.", "note");
            return;
        }

        html.TableStart($"Top {Format.Count(top.Count, "threat")} by current score", "Risk", "Owner", "#Current", "Band", "Trend", "#Target", "Appetite", "Mitigating actions");
        foreach (var risk in top)
        {
            Row(html, data.Document.RiskRegister!.Matrix, risk);
        }

        html.TableEnd();
    }

    private static void Opportunities(HtmlWriter html, ReportData data, IReadOnlyList<RiskEvaluation> opportunities)
    {
        var matrix = data.Document.RiskRegister!.Matrix;
        if (opportunities.Count == 0)
        {
            return;
        }

        html.TableStart("Opportunities the council seeks to take", "Opportunity", "Owner", "#Current", "Band", "Trend", "#Target");
        foreach (var r in opportunities.Take(data.Options.RowsShown))
        {
            html.Raw("<tr>").RowHeader(ThemeSection.Title(r.Risk.Code, r.Risk.Title)).Cell(r.Risk.Owner ?? "–").NumberCell(Format.RiskPosition(matrix, r.Current))
                .MarkupCell(Badges.OpportunityBand(r.Current.Band)).MarkupCell(Badges.RiskTrend(r.Trend)).NumberCell(r.Target is { } t ? Format.RiskPosition(matrix, t) : "–").Raw("</tr>");
        }

        Summarised.RestRow(html, opportunities.Count, data.Options.RowsShown, 6, "opportunity", "opportunities", Summarised.Risks);

        html.TableEnd();
    }

    private static void Row(HtmlWriter html, RiskMatrix matrix, RiskEvaluation r)
    {
        var appetite = r.Appetite is { } a
            ? (r.OutsideAppetite ? Badges.Badge("red", "■", string.Create(CultureInfo.InvariantCulture, $"Outside ({a})")) : Badges.Badge("green", "●", string.Create(CultureInfo.InvariantCulture, $"Within ({a})")))
            : Badges.Badge("none", "○", "None set");
        var mitigations = string.Join("; ", r.Mitigations.Select(m =>
            (m.Action?.Title ?? m.ActionId) + (m.Status is { } s ? $" ({Badges.Words(s).ToLowerInvariant()})" : string.Empty) + (m.IsRed ? " – red" : string.Empty)));
        html.Raw("<tr>").RowHeader(ThemeSection.Title(r.Risk.Code, r.Risk.Title)).Cell(r.Risk.Owner ?? "–").NumberCell(Format.RiskPosition(matrix, r.Current))
            .MarkupCell(Badges.Band(r.Current.Band)).MarkupCell(Badges.RiskTrend(r.Trend)).NumberCell(r.Target is { } t ? Format.RiskPosition(matrix, t) : "–")
            .MarkupCell(appetite).Cell(mitigations.Length > 0 ? mitigations : "None named").Raw("</tr>");
    }

    /// <summary>How the register scores (RSK-2): the product, or the register's own grid.</summary>
    private static string ScoreWords(RiskMatrix matrix) =>
        matrix.Scores is null ? "Scores are likelihood × impact" : "Scores come from the register's own grid of likelihood and impact";
}

namespace StrategicPlanning.Reports;

/// <summary>The frame every report shares: the document head with its embedded style sheet, and the footer.</summary>
internal static class Page
{
    /// <summary>Opens the document and its main element.</summary>
    public static void Begin(HtmlWriter html, string title)
    {
        html.Raw("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<meta name=\"generator\" content=\"StrategicPlanning.Reports\">")
            .Raw("<title>").Text(title).Raw("</title><style>").Raw(Styles).Raw(PageLayout.Styles).Raw("</style></head>\n<body><main>");
    }

    /// <summary>Closes the main element with a footer saying where the figures come from.</summary>
    public static void End(HtmlWriter html, ReportData data)
    {
        html.Raw("<footer><p>Figures at ").Text(Format.Date(data.AsOf))
            .Raw(", computed by StrategicPlanning from the plan document.</p></footer>")
            .Raw("</main></body></html>\n");
    }

    /// <summary>Starts a section with an id and a heading.</summary>
    public static void Section(HtmlWriter html, string id, string heading, string? cssClass = null)
    {
        html.Raw("<section id=\"").Text(id).Raw(cssClass is null ? "\"" : $"\" class=\"{cssClass}\"").Raw(" aria-labelledby=\"").Text(id + "-h").Raw("\">")
            .Raw("<h2 id=\"").Text(id + "-h").Raw("\">").Text(heading).Raw("</h2>");
    }

    /// <summary>Writes a note that the document lacks what the section shows, and ends the section.</summary>
    public static void EndWithNote(HtmlWriter html, string note)
    {
        Paragraph(html, note, "note");
        EndSection(html);
    }

    /// <summary>Ends a section.</summary>
    public static void EndSection(HtmlWriter html) => html.Raw("</section>\n");

    /// <summary>A paragraph of encoded text.</summary>
    public static void Paragraph(HtmlWriter html, string text, string? cssClass = null) => html.Element("p", text, cssClass);

    private const string Styles = """
        :root { --green: #1a6e34; --green-bg: #d8efdf; --amber: #8a5a00; --amber-bg: #fdebc2; --red: #a4262c; --red-bg: #f8d3d1;
                --complete: #22577a; --complete-bg: #d5e6f3; --none: #555; --none-bg: #ececec; --ink: #1b1b1b; --rule: #c8c8c8;
                --opp-low: #dbe7f3; --opp-mid: #9dbde0; --opp-high: #3d6fae; --opp-ink: #163a66; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff; font: 10.5pt/1.4 "Segoe UI", Arial, Helvetica, sans-serif; }
        main { max-width: 190mm; margin: 0 auto; padding: 12mm 0; }
        h1 { font-size: 20pt; margin: 0 0 2mm; } h2 { font-size: 15pt; margin: 0 0 3mm; border-bottom: 2px solid var(--ink); padding-bottom: 1mm; }
        h3 { font-size: 12pt; margin: 5mm 0 2mm; } p { margin: 0 0 2mm; }
        header { border-bottom: 4px solid var(--ink); margin-bottom: 6mm; padding-bottom: 3mm; }
        header .kicker { font-size: 11pt; text-transform: uppercase; letter-spacing: .04em; margin: 0; }
        header .vision { font-style: italic; }
        nav ol { columns: 2; margin: 0 0 6mm; padding-left: 6mm; }
        section { margin: 0 0 8mm; }
        .cards { display: flex; gap: 4mm; margin-bottom: 4mm; }
        .card { flex: 1; border: 1px solid var(--rule); border-radius: 2mm; padding: 3mm; }
        .card .figure { font-size: 20pt; font-weight: 700; margin: 0; }
        .card .label { font-size: 9pt; text-transform: uppercase; letter-spacing: .03em; margin: 0; }
        table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; font-size: 9pt; }
        caption { text-align: left; font-weight: 700; padding: 1mm 0; }
        th, td { border-bottom: 1px solid var(--rule); padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); }
        .nw { white-space: nowrap; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .badge { display: inline-block; white-space: nowrap; border-radius: 1mm; padding: 0 1.5mm; font-weight: 600; }
        .badge.green { color: var(--green); background: var(--green-bg); } .badge.amber { color: var(--amber); background: var(--amber-bg); }
        .badge.red { color: var(--red); background: var(--red-bg); } .badge.complete { color: var(--complete); background: var(--complete-bg); }
        .badge.none { color: var(--none); background: var(--none-bg); }
        .badge.opp-low { color: var(--opp-ink); background: var(--opp-low); } .badge.opp-mid { color: var(--opp-ink); background: var(--opp-mid); }
        .badge.opp-high { color: #fff; background: var(--opp-high); }
        .tag { display: inline-block; border: 1px solid var(--ink); border-radius: 1mm; padding: 0 1mm; font-size: 8pt; margin-left: 1mm; }
        .trend { white-space: nowrap; } .trend .arrow { font-weight: 700; }
        .trend.up .arrow { color: var(--green); } .trend.down .arrow { color: var(--red); }
        .why { border-left: 3px solid var(--rule); padding-left: 2mm; }
        .counts { display: flex; align-items: center; gap: 2mm; margin: 1mm 0 3mm; flex-wrap: wrap; }
        svg { display: block; overflow: visible; } svg text { font: 8.5pt Arial, Helvetica, sans-serif; fill: var(--ink); }
        svg .green { fill: #4caf6e; } svg .amber { fill: #f2b233; } svg .red { fill: #d9534f; } svg .complete { fill: #4f8fc0; }
        svg .none, svg .empty { fill: #d5d5d5; } svg .revenue { fill: #3f6fb5; } svg .capital { fill: #9bb8e0; }
        svg.heatmap .cell rect { stroke: #fff; stroke-width: 2; opacity: .55; } svg.heatmap .cell rect.occupied { opacity: 1; stroke: var(--ink); }
        svg .opp-low { fill: var(--opp-low); } svg .opp-mid { fill: var(--opp-mid); } svg .opp-high { fill: var(--opp-high); }
        svg.heatmap .cell rect.opp-high.occupied ~ text { fill: #fff; }
        svg.heatmap .count { font-size: 12pt; font-weight: 700; } svg.heatmap .band-letter { font-size: 7pt; }
        .note.warning { border-left: 3px solid var(--amber); padding-left: 2mm; } svg .axis-title { font-weight: 700; }
        .heatmaps { display: flex; gap: 6mm; flex-wrap: wrap; } figure { margin: 0; } figcaption { font-size: 9pt; }
        .note { font-size: 9pt; color: #444; }
        svg.trend-chart text { font-size: 7pt; } svg.trend-chart .band { opacity: .3; } svg.trend-chart .threshold { stroke: #777; stroke-width: .6; stroke-dasharray: 2 2; }
        svg.trend-chart .target { fill: none; stroke: #555; stroke-width: 1.3; stroke-dasharray: 4 2; }
        svg.trend-chart polyline.actual, svg.trend-chart .score { fill: none; stroke: var(--ink); stroke-width: 1.6; }
        svg.trend-chart circle.actual { fill: var(--ink); } svg.trend-chart .point * { stroke: var(--ink); stroke-width: 1; }
        svg.trend-chart .point.no-rag { fill: #fff; } svg.score-trend { margin: 1mm 0 3mm; }
        ul.issues { padding-left: 5mm; } ul.key { padding-left: 5mm; font-size: 9pt; margin: 0; }
        ul.moved { padding-left: 5mm; margin: 0 0 2mm; } ul.moved li { margin-bottom: 1.5mm; }
        footer { border-top: 1px solid var(--rule); font-size: 8.5pt; color: #444; padding-top: 2mm; }
        """;
}

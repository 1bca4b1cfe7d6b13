using System.Globalization;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Risks;

namespace StrategicPlanning.Reports;

/// <summary>
/// The report's pictures, as inline SVG: a title for screen readers and tooltips, a fixed size so they print,
/// and the same figures in text beside each one.
/// </summary>
internal static class Charts
{
    /// <summary>The longest impact label that fits under a heat-map column at 8.5pt (about 43 pixels).</summary>
    private const int MaxUnstaggeredLabel = 6;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly (LeafStatus Status, string Class)[] BarOrder =
        [(LeafStatus.Green, "green"), (LeafStatus.Amber, "amber"), (LeafStatus.Red, "red"), (LeafStatus.Complete, "complete"), (LeafStatus.NoData, "none")];

    /// <summary>The counts of a node (AGG-9) as one stacked bar, with its counts in words after it.</summary>
    public static void CountsBar(HtmlWriter html, StatusCounts counts, string subject)
    {
        const int Width = 320;
        const int Height = 20;
        var words = CountWords(counts);
        var total = BarOrder.Sum(b => counts[b.Status]);
        html.Markup($"<div class=\"counts\"><svg class=\"counts-bar\" role=\"img\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\">")
            .Raw("<title>").Text($"{subject}: {words}").Raw("</title>");
        if (total == 0)
        {
            html.Markup($"<rect class=\"empty\" x=\"0\" y=\"0\" width=\"{Width}\" height=\"{Height}\"/>");
        }
        else
        {
            decimal x = 0;
            foreach (var (status, css) in BarOrder)
            {
                var n = counts[status];
                if (n == 0)
                {
                    continue;
                }

                var w = (decimal)Width * n / total;
                html.Markup($"<rect class=\"{css}\" x=\"{x:0.##}\" y=\"0\" width=\"{w:0.##}\" height=\"{Height}\"><title>")
                    .Text(Format.Count(n, Badges.Words(status).ToLowerInvariant(), Badges.Words(status).ToLowerInvariant()))
                    .Raw("</title></rect>");
                x += w;
            }
        }

        html.Raw("</svg> <span class=\"counts-text\">").Text(words).Raw("</span></div>");
    }

    /// <summary>"9 green, 2 amber, 4 red, 3 complete, 0 no data".</summary>
    public static string CountWords(StatusCounts counts) => string.Create(
        Invariant,
        $"{counts.Green} green, {counts.Amber} amber, {counts.Red} red, {counts.Complete} complete, {counts.NoData} no data");

    /// <summary>Horizontal bars of revenue and capital money per row, scaled to the largest total.</summary>
    public static void MoneyBars(HtmlWriter html, string title, IReadOnlyList<(string Name, decimal Revenue, decimal Capital)> rows, string currency)
    {
        const int LabelWidth = 170;
        const int BarWidth = 330;
        const int AmountWidth = 120;
        const int RowHeight = 30;
        const int Top = 26;
        var width = LabelWidth + BarWidth + AmountWidth;
        var height = Top + (rows.Count * RowHeight) + 4;
        var max = rows.Count == 0 ? 0 : rows.Max(r => r.Revenue + r.Capital);
        html.Markup($"<svg class=\"money-bars\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">")
            .Raw("<title>").Text(title).Raw("</title>")
            .Markup($"<rect class=\"revenue\" x=\"{LabelWidth}\" y=\"4\" width=\"14\" height=\"12\"/><text x=\"{LabelWidth + 20}\" y=\"14\">Revenue</text>")
            .Markup($"<rect class=\"capital\" x=\"{LabelWidth + 100}\" y=\"4\" width=\"14\" height=\"12\"/><text x=\"{LabelWidth + 120}\" y=\"14\">Capital</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (name, revenue, capital) = rows[i];
            var y = Top + (i * RowHeight);
            var revenueWidth = max == 0 ? 0 : BarWidth * revenue / max;
            var capitalWidth = max == 0 ? 0 : BarWidth * capital / max;
            html.Raw("<g class=\"money-row\"><title>").Text($"{BidiText.Isolate(name)}: revenue {Format.Money(revenue, currency)}, capital {Format.Money(capital, currency)}").Raw("</title>")
                .Markup($"<text class=\"label\" x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\">").Text(name).Raw("</text>")
                .Markup($"<rect class=\"revenue\" x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{revenueWidth:0.##}\" height=\"16\"/>")
                .Markup($"<rect class=\"capital\" x=\"{LabelWidth + revenueWidth:0.##}\" y=\"{y + 4}\" width=\"{capitalWidth:0.##}\" height=\"16\"/>")
                .Markup($"<text class=\"amount\" x=\"{width - 4}\" y=\"{y + 16}\" text-anchor=\"end\">").Text(Format.Millions(revenue + capital, currency)).Raw("</text></g>");
        }

        html.Raw("</svg>");
    }

    /// <summary>
    /// A heat map (RSK): one cell per likelihood × impact pair, likelihood rising up the page and impact to the
    /// right, each cell coloured and named by its band and showing its count of risks.
    /// </summary>
    public static void HeatMap(HtmlWriter html, HeatMap map, string title, bool opportunities)
    {
        const int Cell = 44;    // a column's width
        const int Row = 36;     // a row's height: wide, low cells keep a theme's map short on the printed page
        const int Left = 100;
        const int Top = 16;     // room for the likelihood axis's title above the grid
        var matrix = map.Matrix;
        // Impact labels sit under 44-pixel columns: longer ones ("Moderate") take two rows, alternately, so they never run together.
        var staggered = Enumerable.Range(1, matrix.ImpactLevels).Any(i => Label(matrix.ImpactLabels, i).Length > MaxUnstaggeredLabel);
        var bottom = staggered ? 54 : 40;
        var width = Left + (matrix.ImpactLevels * Cell) + 4;
        var height = Top + (matrix.LikelihoodLevels * Row) + bottom;
        html.Markup($"<svg class=\"heatmap{(opportunities ? " opportunities" : string.Empty)}\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" data-likelihood-levels=\"{matrix.LikelihoodLevels}\" data-impact-levels=\"{matrix.ImpactLevels}\">")
            .Raw("<title>").Text($"{title}: {Format.Count(map.Total, "risk")}").Raw("</title>");
        foreach (var cell in map.Cells)
        {
            var x = Left + ((cell.Impact - 1) * Cell);
            var y = Top + ((matrix.LikelihoodLevels - cell.Likelihood) * Row);
            var band = cell.Band;
            // RSK-3: opportunities share the opportunity palette with their badges; a High one is never red danger.
            var css = opportunities ? Badges.OpportunityShade(band) : band?.Rag?.ToString().ToLowerInvariant() ?? "none";
            // A band without a name is called by its RAG on the threats' map, but by where it starts on the opportunities'
            // map: "Red" would make a high opportunity read as danger (RSK-3).
            var bandName = band is null ? "no band" : band.Name ?? (opportunities ? null : band.Rag?.ToString()) ?? string.Create(CultureInfo.InvariantCulture, $"band from {band.From}");
            html.Markup($"<g class=\"cell\" data-likelihood=\"{cell.Likelihood}\" data-impact=\"{cell.Impact}\" data-count=\"{cell.Count}\"><title>")
                .Text(string.Create(CultureInfo.InvariantCulture, $"Likelihood {cell.Likelihood} ({BidiText.Isolate(Label(matrix.LikelihoodLabels, cell.Likelihood))}), impact {cell.Impact} ({BidiText.Isolate(Label(matrix.ImpactLabels, cell.Impact))}): score {cell.Score.ToString(Invariant)}, {BidiText.Isolate(bandName)}, {Format.Count(cell.Count, "risk")}"))
                .Markup($"</title><rect class=\"{css}{(cell.Count > 0 ? " occupied" : string.Empty)}\" x=\"{x}\" y=\"{y}\" width=\"{Cell - 2}\" height=\"{Row - 2}\"/>");
            html.Markup($"<text class=\"band-letter\" x=\"{x + 3}\" y=\"{y + 10}\">").Text(BandLetter(bandName)).Raw("</text>");
            if (cell.Count > 0)
            {
                html.Markup($"<text class=\"count\" x=\"{x + ((Cell - 2) / 2)}\" y=\"{y + (Row / 2) + 6}\" text-anchor=\"middle\">{cell.Count}</text>");
            }

            html.Raw("</g>");
        }

        for (var l = 1; l <= matrix.LikelihoodLevels; l++)
        {
            var y = Top + ((matrix.LikelihoodLevels - l) * Row) + (Row / 2) + 4;
            html.Markup($"<text class=\"axis\" x=\"{Left - 6}\" y=\"{y}\" text-anchor=\"end\">").Text(Label(matrix.LikelihoodLabels, l)).Raw("</text>");
        }

        for (var i = 1; i <= matrix.ImpactLevels; i++)
        {
            var x = Left + ((i - 1) * Cell) + ((Cell - 2) / 2);
            var y = Top + (matrix.LikelihoodLevels * Row) + (staggered && i % 2 == 0 ? 29 : 15);
            html.Markup($"<text class=\"axis\" x=\"{x}\" y=\"{y}\" text-anchor=\"middle\">").Text(Label(matrix.ImpactLabels, i)).Raw("</text>");
        }

        html.Markup($"<text class=\"axis-title\" x=\"{Left + (matrix.ImpactLevels * Cell / 2)}\" y=\"{height - 8}\" text-anchor=\"middle\">Impact →</text>")
            .Markup($"<text class=\"axis-title\" x=\"4\" y=\"11\">Likelihood ↑</text></svg>");
    }

    /// <summary>The band's initial, so a cell's band shows without its colour ("H" for High).</summary>
    private static string BandLetter(string bandName) => bandName.Length > 0 ? bandName[..1].ToUpperInvariant() : string.Empty;

    private static string Label(IReadOnlyList<string> labels, int level) =>
        level >= 1 && level <= labels.Count ? labels[level - 1] : level.ToString(Invariant);
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using StrategicPlanning.Measures;

namespace PerformanceHub.Pages.Plans;

/// <summary>
/// A measure's actuals and targets over its periods as a server-rendered SVG line chart: actuals a solid line with
/// dots, targets a dashed line. The page prints the same numbers in a table beside it (the text alternative).
/// </summary>
public static class MeasureChart
{
    private const int Width = 640;
    private const int Height = 240;
    private const int Left = 56;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 40;

    public static IHtmlContent Draw(string title, IReadOnlyList<MeasureEvaluation> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var values = history.SelectMany(h => new[] { h.Actual?.Value, h.Target?.Value }).OfType<decimal>().ToList();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">{Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"chart-desc\">Actuals (solid line) and targets (dashed line) for {history.Count} periods; the table below gives every value.</desc>");
        if (values.Count == 0)
        {
            svg.Append("<text x=\"20\" y=\"40\" fill=\"#1b1b1b\">No actuals or targets in these periods.</text></svg>");
            return new HtmlString(svg.ToString());
        }

        var (low, high) = (values.Min(), values.Max());
        var pad = high == low ? Math.Max(1m, Math.Abs(high) / 10) : (high - low) / 10;
        (low, high) = (low - pad, high + pad);
        double X(int i) => Left + (history.Count <= 1 ? (Width - Left - Right) / 2.0 : i * (Width - Left - Right) / (double)(history.Count - 1));
        double Y(decimal v) => Top + ((double)((high - v) / (high - low)) * (Height - Top - Bottom));

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#4a4a4a\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#4a4a4a\"/>");
        foreach (var v in new[] { low + pad, (low + high) / 2, high - pad })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Y(v) + 4:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#1b1b1b\">{Math.Round(v, 2).ToString(CultureInfo.InvariantCulture)}</text>");
        }

        for (var i = 0; i < history.Count; i++)
        {
            if (history.Count <= 8 || i % ((history.Count / 8) + 1) == 0 || i == history.Count - 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1b1b1b\">{Encode(history[i].Period.ToString())}</text>");
            }
        }

        Line(svg, history.Select((h, i) => (h.Target?.Value, X(i))).ToList(), Y, "#4a4a4a", dashed: true);
        Line(svg, history.Select((h, i) => (h.Actual?.Value, X(i))).ToList(), Y, "#1d4f91", dashed: false);
        for (var i = 0; i < history.Count; i++)
        {
            if (history[i].Actual?.Value is { } actual)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):0.#}\" cy=\"{Y(actual):0.#}\" r=\"3.5\" fill=\"#1d4f91\"/>");
            }
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Draws a line through the points that have a value, broken where one has none.</summary>
    private static void Line(StringBuilder svg, List<(decimal? Value, double X)> points, Func<decimal, double> y, string colour, bool dashed)
    {
        var run = new List<string>();
        void Flush()
        {
            if (run.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(' ', run)}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{(dashed ? " stroke-dasharray=\"6 4\"" : "")}/>");
            }

            run.Clear();
        }

        foreach (var (value, x) in points)
        {
            if (value is { } v)
            {
                run.Add(string.Create(CultureInfo.InvariantCulture, $"{x:0.#},{y(v):0.#}"));
            }
            else
            {
                Flush();
            }
        }

        Flush();
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}

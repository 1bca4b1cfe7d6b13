using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace PerformanceHub.Pages.Plans;

/// <summary>
/// A small inline SVG line of scores (0 to 100) over quarter ends, with its text alternative in a <c>title</c> that
/// names every point, so the trend is never carried by the drawing alone. No script, no style attribute.
/// </summary>
public static class Sparkline
{
    private const int Width = 160;
    private const int Height = 36;

    public static IHtmlContent Draw(string id, string subject, IReadOnlyList<(string Label, decimal? Score)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var words = Words(subject, points);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"spark\" role=\"img\" aria-labelledby=\"{id}\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}\">{HtmlEncoder.Default.Encode(words)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{Y(50)}\" x2=\"{Width}\" y2=\"{Y(50)}\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>");
        var scored = points.Select((p, i) => (p.Score, X: X(i, points.Count))).Where(p => p.Score is not null).ToList();
        if (scored.Count > 1)
        {
            var line = string.Join(' ', scored.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{Y(p.Score!.Value):0.#}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{line}\" fill=\"none\" stroke=\"#1d4f91\" stroke-width=\"2\"/>");
        }

        foreach (var (score, x) in scored)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{Y(score!.Value):0.#}\" r=\"2.5\" fill=\"#1d4f91\"/>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The trend in words: "Green city score by quarter end: 2022/23 Q1 61.2, … 2024/25 Q4 75.52".</summary>
    public static string Words(string subject, IReadOnlyList<(string Label, decimal? Score)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.Count == 0
            ? $"{subject}: no quarter has ended yet"
            : $"{subject} score by quarter end: " + string.Join(", ", points.Select(p =>
                $"{p.Label} {(p.Score is { } s ? s.ToString(CultureInfo.InvariantCulture) : "no score")}"));
    }

    private static double X(int index, int count) => count <= 1 ? Width / 2.0 : 4 + (index * (Width - 8.0) / (count - 1));

    private static double Y(decimal score) => Height - 3 - ((double)Math.Clamp(score, 0, 100) * (Height - 6) / 100.0);
}

using System.Globalization;
using System.Text;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;

namespace StrategicPlanning.Reports;

/// <summary>
/// The quarterly report's trend charts, as inline SVG: a measure's actuals over its last periods against its target in
/// force (MEA-3), and a theme's or the plan's score over the quarters with the RAG bands behind it (AGG-5). Each carries
/// <c>role="img"</c> and a text alternative that says every number; actuals are a solid line with round markers, targets a
/// dashed step line without markers, and score markers take the status shapes, so the charts read in greyscale.
/// </summary>
internal static class TrendCharts
{
    /// <summary>How many periods a measure's chart shows, the last its current one.</summary>
    public const int MeasurePeriods = 8;

    /// <summary>The line the report's key gives the charts.</summary>
    public const string KeyLine = "Trend charts: a measure's actuals are the solid line with dots and its target the dashed line, stepping where the target changes, over its last eight periods; "
        + "a score chart shows a theme's or the plan's score at each quarter's end (● green, ▲ amber, ■ red) in front of its RAG bands.";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A measure's actuals against its target over its last periods (oldest first), with its good direction.</summary>
    public static void Measure(HtmlWriter html, IReadOnlyList<MeasureEvaluation> history)
    {
        const int Width = 124;
        const int Height = 50;
        const decimal Left = 3, Right = 121, Top = 4, Bottom = 36;
        var measure = history[^1].Measure;
        var words = MeasureWords(history);
        var values = history.SelectMany(e => new[] { e.Actual?.Value, e.Target?.Value }).OfType<decimal>().ToList();
        var actuals = history.Count(e => e.Actual is not null);
        html.Markup($"<svg class=\"trend-chart measure-trend\" role=\"img\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" data-periods=\"{history.Count}\" data-actuals=\"{actuals}\" aria-label=\"")
            .Text(words).Raw("\"><title>").Text(words).Raw("</title>");
        if (values.Count > 0)
        {
            var (low, high) = Padded(values.Min(), values.Max());
            var step = (Right - Left) / history.Count;
            decimal X(int i) => Left + (step * i) + (step / 2);
            decimal Y(decimal v) => Bottom - ((v - low) / (high - low) * (Bottom - Top));

            // MEA-3: the target in force for each period, held across its slot, so a restated or new target is a step.
            foreach (var run in Runs(history, e => e.Target is not null))
            {
                var points = new List<(decimal, decimal)>();
                for (var k = 0; k < run.Count; k++)
                {
                    var i = run[k];
                    var target = history[i].Target!.Value.Value;
                    if (k == 0 || history[run[k - 1]].Target!.Value.Value != target)
                    {
                        points.Add((X(i) - (step / 2), Y(target)));
                    }

                    if (k == run.Count - 1 || history[run[k + 1]].Target!.Value.Value != target)
                    {
                        points.Add((X(i) + (step / 2), Y(target)));
                    }
                }

                html.Markup($"<polyline class=\"target\" points=\"{Points(points)}\"/>");
            }

            foreach (var run in Runs(history, e => e.Actual is not null).Where(r => r.Count > 1))
            {
                html.Markup($"<polyline class=\"actual\" points=\"{Points(run.Select(i => (X(i), Y(history[i].Actual!.Value))))}\"/>");
            }

            for (var i = 0; i < history.Count; i++)
            {
                if (history[i].Actual is { } actual)
                {
                    html.Markup($"<circle class=\"actual point\" cx=\"{X(i):0.##}\" cy=\"{Y(actual.Value):0.##}\" r=\"2.2\"><title>")
                        .Text(string.Create(Invariant, $"{history[i].Period}: {Format.Value(actual.Value, measure.Unit)}")).Raw("</title></circle>");
                }
            }
        }
        else
        {
            html.Markup($"<text class=\"empty-note\" x=\"{Left}\" y=\"{Bottom - 12}\">No data yet</text>");
        }

        html.Markup($"<text class=\"polarity\" x=\"{Left}\" y=\"{Height - 4}\">").Text(Polarity(measure.Polarity)).Raw("</text></svg>");
    }

    /// <summary>
    /// "Recycling, actuals 2023/24 Q1 to 2024/25 Q2: 35%, no data, 36%; target 37%, then 40% from 2024/25 Q1; higher is
    /// better": every figure as the measures table writes it, the polarity without its arrow.
    /// </summary>
    public static string MeasureWords(IReadOnlyList<MeasureEvaluation> history)
    {
        var measure = history[^1].Measure;
        var text = new StringBuilder();
        text.Append(BidiText.Isolate(measure.Title)).Append(", actuals ").Append(history[0].Period.ToString()).Append(" to ").Append(history[^1].Period.ToString()).Append(": ")
            .AppendJoin(", ", history.Select(e => e.Actual is { } a ? Format.Value(a.Value, measure.Unit) : "no data"));
        decimal? last = null;
        var first = true;
        foreach (var e in history)
        {
            var target = e.Target?.Value;
            if (!first && target == last)
            {
                continue;
            }

            var figure = target is { } t ? Format.Value(t, measure.Unit) : "none";
            text.Append(first ? "; target " + figure : string.Create(Invariant, $", then {figure} from {e.Period}"));
            last = target;
            first = false;
        }

        return text.Append("; ").Append(Polarity(measure.Polarity)[2..]).ToString();
    }

    /// <summary>A node's score at each quarter's end, markers shaped by RAG, in front of its level's RAG bands (AGG-5).</summary>
    public static void Score(HtmlWriter html, string subject, IReadOnlyList<ScorePoint> points, RagThresholds thresholds)
    {
        const int Width = 360;
        const int Height = 124;
        const decimal Left = 34, Right = 300, Top = 6, Bottom = 100;
        var words = ScoreWords(subject, points, thresholds);
        var scores = points.Select(p => p.Score).OfType<decimal>().ToList();
        var low = Math.Min(0m, scores.Count == 0 ? 0m : scores.Min());
        var high = Math.Max(100m, scores.Count == 0 ? 100m : scores.Max());
        decimal Y(decimal v) => Bottom - ((Math.Clamp(v, low, high) - low) / (high - low) * (Bottom - Top));
        var step = (Right - Left) / points.Count;
        decimal X(int i) => Left + (step * i) + (step / 2);

        html.Markup($"<svg class=\"trend-chart score-trend\" role=\"img\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" data-quarters=\"{points.Count}\" data-scores=\"{scores.Count}\" aria-label=\"")
            .Text(words).Raw("\"><title>").Text(words).Raw("</title>");
        foreach (var (css, from, to, label) in new[] { ("red", low, thresholds.AmberAbove, "Red"), ("amber", thresholds.AmberAbove, thresholds.GreenAbove, "Amber"), ("green", thresholds.GreenAbove, high, "Green") })
        {
            if (to > from)
            {
                html.Markup($"<rect class=\"band {css}\" x=\"{Left}\" y=\"{Y(to):0.##}\" width=\"{Right - Left}\" height=\"{Y(from) - Y(to):0.##}\"/>")
                    .Markup($"<text class=\"band-label\" x=\"{Right + 4}\" y=\"{((Y(from) + Y(to)) / 2) + 3:0.##}\">{label}</text>");
            }
        }

        foreach (var tick in new[] { low, thresholds.AmberAbove, thresholds.GreenAbove, high }.Distinct().Where(t => t >= low && t <= high))
        {
            html.Markup($"<line class=\"threshold\" x1=\"{Left}\" x2=\"{Right}\" y1=\"{Y(tick):0.##}\" y2=\"{Y(tick):0.##}\"/>")
                .Markup($"<text class=\"axis\" x=\"{Left - 3}\" y=\"{Y(tick) + 3:0.##}\" text-anchor=\"end\">{Format.Score(tick)}</text>");
        }

        foreach (var run in Runs(points, p => p.Score is not null).Where(r => r.Count > 1))
        {
            html.Markup($"<polyline class=\"score\" points=\"{Points(run.Select(i => (X(i), Y(points[i].Score!.Value))))}\"/>");
        }

        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Score is { } score)
            {
                Marker(html, X(i), Y(score), points[i].Rag);
                html.Raw("<title>").Text(string.Create(Invariant, $"{points[i].Quarter}: {Format.Score(score)} {RagWord(points[i].Rag)}")).Raw("</title></g>");
            }
        }

        html.Markup($"<text class=\"axis\" x=\"{Left}\" y=\"{Height - 8}\">").Text(points[0].Quarter.ToString()).Raw("</text>")
            .Markup($"<text class=\"axis\" x=\"{Right}\" y=\"{Height - 8}\" text-anchor=\"end\">").Text(points[^1].Quarter.ToString()).Raw("</text></svg>");
    }

    /// <summary>"Plan score by quarter end, 2022/23 Q4 to 2024/25 Q2: no score, 55.0 amber, …; green above 75.0, amber above 25.0".</summary>
    public static string ScoreWords(string subject, IReadOnlyList<ScorePoint> points, RagThresholds thresholds) =>
        string.Create(Invariant, $"{subject} by quarter end, {points[0].Quarter} to {points[^1].Quarter}: ")
        + string.Join(", ", points.Select(p => p.Score is { } s ? $"{Format.Score(s)} {RagWord(p.Rag)}" : "no score"))
        + $"; green above {Format.Score(thresholds.GreenAbove)}, amber above {Format.Score(thresholds.AmberAbove)}";

    /// <summary>The status shapes of the key: ● green, ▲ amber, ■ red (a hollow circle when there is no RAG).</summary>
    private static void Marker(HtmlWriter html, decimal x, decimal y, Rag? rag)
    {
        html.Markup($"<g class=\"point {RagWord(rag).Replace(' ', '-')}\">");
        _ = rag switch
        {
            Rag.Amber => html.Markup($"<polygon points=\"{Points([(x, y - 4), (x + 4, y + 3), (x - 4, y + 3)])}\"/>"),
            Rag.Red => html.Markup($"<rect x=\"{x - 3:0.##}\" y=\"{y - 3:0.##}\" width=\"6\" height=\"6\"/>"),
            _ => html.Markup($"<circle cx=\"{x:0.##}\" cy=\"{y:0.##}\" r=\"3.2\"/>"),
        };
    }

    /// <summary>"green", "amber", "red" or "no rag", as the key words them.</summary>
    private static string RagWord(Rag? rag) => PlainWords.RagWord(rag).ToLowerInvariant();

    /// <summary>The polarity's good direction, after an arrow and a space.</summary>
    private static string Polarity(Polarity polarity) => polarity switch
    {
        Model.Polarity.HigherIsBetter => "↑ higher is better",
        Model.Polarity.LowerIsBetter => "↓ lower is better",
        _ => "◎ nearest the target is best",
    };

    /// <summary>The value range with a margin, never empty.</summary>
    private static (decimal Low, decimal High) Padded(decimal min, decimal max)
    {
        var pad = max > min ? (max - min) / 10 : Math.Max(Math.Abs(max) / 10, 1m);
        return (min - pad, max + pad);
    }

    /// <summary>The runs of consecutive indexes whose items pass, each as a list of indexes.</summary>
    private static List<List<int>> Runs<T>(IReadOnlyList<T> items, Func<T, bool> include)
    {
        var runs = new List<List<int>>();
        List<int>? current = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (!include(items[i]))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                runs.Add(current);
            }

            current.Add(i);
        }

        return runs;
    }

    private static string Points(IEnumerable<(decimal X, decimal Y)> points) =>
        string.Join(' ', points.Select(p => string.Create(Invariant, $"{p.X:0.##},{p.Y:0.##}")));
}

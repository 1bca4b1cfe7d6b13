using System.Globalization;
using NodaTime;
using StrategicPlanning.Delivery;
using StrategicPlanning.Model;
using StrategicPlanning.Risks;

namespace StrategicPlanning.Cli;

/// <summary><c>splan risks</c> output: the JSON of docs/cli.md, or the register sorted by score with a text heat map.</summary>
internal static class RisksOutput
{
    public static RisksReport Json(RiskProfile profile) => new(
        Date(profile.AsOf),
        profile.Register is not null,
        [.. profile.ByScore.Select(Line)],
        Map(profile.Threats),
        Map(profile.Opportunities),
        [.. profile.Themes.Select(t => new RisksTheme(t.ThemeId, t.Name, t.OpenThreats, ByBand(t.ByBand), t.HighestScore, Map(t.HeatMap)))]);

    public static void Text(TextWriter output, RiskProfile profile)
    {
        var risks = profile.ByScore;
        var threats = risks.Count(r => r.Risk.Kind == RiskKind.Threat);
        output.WriteLine(TerminalText.Safe($"{profile.Register?.Title ?? "Strategic Risk Register"} at {Date(profile.AsOf)}: {Count(risks.Count, "risk")} ({Count(threats, "threat")}, {Count(risks.Count - threats, "opportunity", "opportunities")}); " +
            string.Create(CultureInfo.InvariantCulture, $"{profile.OutsideAppetite.Count} outside appetite; {profile.OverdueForReview.Count} overdue for review.")));
        if (profile.Register is null)
        {
            output.WriteLine("The document has no risk register.");
            return;
        }

        output.WriteLine();
        // The id column is as wide as the longest id (ids are plain characters, VAL-2), so a long id never pushes the columns after it out of line.
        var idWidth = Math.Max(16, risks.Count == 0 ? 0 : risks.Max(r => r.Risk.Id.Length));
        output.WriteLine($"{"Score",5}  {"Band",-8}  {"Trend",-12}  {"Kind",-11}  {"Id".PadRight(idWidth)}  {"Appetite",-18}  Review");
        foreach (var r in risks)
        {
            var appetite = r.Appetite is { } max ? (r.OutsideAppetite ? string.Create(CultureInfo.InvariantCulture, $"OUTSIDE (max {max})") : string.Create(CultureInfo.InvariantCulture, $"within (max {max})")) : "-";
            var review = r.Risk.Status == RiskStatus.Closed ? "closed"
                : r.ReviewDue is { } due ? (r.ReviewOverdue ? $"OVERDUE since {Date(due)}" : $"due {Date(due)}")
                : "OVERDUE (never assessed)";
            output.WriteLine(TerminalText.Safe(string.Create(CultureInfo.InvariantCulture, $"{r.Current.Score,5}  {(r.Current.Band is { } band ? BandLabel(band) : "-"),-8}  {Arrow(r),-12}  {r.Risk.Kind.ToString().ToLowerInvariant(),-11}  {r.Risk.Id.PadRight(idWidth)}  {appetite,-18}  {review}")));
            output.WriteLine(TerminalText.Safe($"       {r.Risk.Title}{Notes(r)}"));
        }

        Grid(output, "Heat map of open threats (number of risks; likelihood down, impact across)", profile.Threats);
        Grid(output, "Heat map of open opportunities", profile.Opportunities);

        // RSK-8: each theme's own map; a risk counts for the themes it names and those of its outcomes, once each.
        foreach (var theme in profile.Themes)
        {
            if (theme.HeatMap.Total == 0)
            {
                output.WriteLine();
                output.WriteLine(TerminalText.Safe($"Open threats to {theme.Name}: 0"));
            }
            else
            {
                Grid(output, $"Heat map of open threats to {theme.Name}", theme.HeatMap);
            }
        }
    }

    private static string Notes(RiskEvaluation r)
    {
        var notes = new List<string>();
        if (r.AtTarget is { } atTarget)
        {
            notes.Add(atTarget ? "at target" : string.Create(CultureInfo.InvariantCulture, $"target {r.Target!.Score}"));
        }

        if (r.RemovalCandidate)
        {
            notes.Add("candidate for removal (within appetite at the last two quarter ends)");
        }

        foreach (var m in r.Mitigations)
        {
            notes.Add(m.Status is { } status ? $"mitigation {m.ActionId}: {StatusWords(status)}{(m.IsRed ? " (red)" : string.Empty)}" : $"mitigation {m.ActionId}: not found");
        }

        return notes.Count == 0 ? string.Empty : "; " + string.Join("; ", notes);
    }

    private static void Grid(TextWriter output, string title, HeatMap map)
    {
        var matrix = map.Matrix;
        output.WriteLine();
        output.WriteLine(TerminalText.Safe(string.Create(CultureInfo.InvariantCulture, $"{title}: {map.Total}")));
        var rowLabels = Enumerable.Range(1, matrix.LikelihoodLevels).Select(l => Label(matrix.LikelihoodLabels, l)).ToList();
        var width = Math.Max(12, rowLabels.Max(l => l.Length));
        var columns = Enumerable.Range(1, matrix.ImpactLevels).Select(i => Label(matrix.ImpactLabels, i)).ToList();
        var cell = Math.Max(4, columns.Max(c => c.Length));
        output.WriteLine(TerminalText.Safe("  " + string.Empty.PadRight(width) + "  " + string.Join(" ", columns.Select(c => c.PadLeft(cell)))));
        for (var l = matrix.LikelihoodLevels; l >= 1; l--)
        {
            var counts = Enumerable.Range(1, matrix.ImpactLevels).Select(i => map.Count(l, i) is var n && n == 0 ? "." : n.ToString(CultureInfo.InvariantCulture));
            output.WriteLine(TerminalText.Safe("  " + rowLabels[l - 1].PadRight(width) + "  " + string.Join(" ", counts.Select(c => c.PadLeft(cell)))));
        }
    }

    private static string Count(int n, string one, string? many = null) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");

    private static string Label(IReadOnlyList<string> labels, int level) =>
        labels.Count >= level ? string.Create(CultureInfo.InvariantCulture, $"{level} {labels[level - 1]}") : level.ToString(CultureInfo.InvariantCulture);

    /// <summary>A risk's trend as the HTML reports show it (Badges): the same arrow and the same word.</summary>
    private static string Arrow(RiskEvaluation r) => r.Trend switch
    {
        RiskTrend.Improving => "↗ improving",
        RiskTrend.Worsening => "↘ worsening",
        RiskTrend.Stable => "→ stable",
        _ => "★ new",
    };

    /// <summary>A mitigating action's status at the date, in words (ACT-3).</summary>
    private static string StatusWords(EffectiveActionStatus status) => status switch
    {
        EffectiveActionStatus.Cancelled => "cancelled",
        EffectiveActionStatus.Deferred => "deferred",
        EffectiveActionStatus.NotYetDue => "not yet due",
        EffectiveActionStatus.Complete => "complete",
        EffectiveActionStatus.Overdue => "overdue",
        EffectiveActionStatus.NoData => "no update",
        EffectiveActionStatus.LateStart => "not started, though due to start",
        EffectiveActionStatus.OnTrack => "on track",
        EffectiveActionStatus.AtRisk => "at risk",
        _ => "off track",
    };

    private static RiskLine Line(RiskEvaluation r) => new(
        r.Risk.Id,
        r.Risk.Title,
        Camel(r.Risk.Kind.ToString()),
        r.Risk.Category,
        Camel(r.Risk.Status.ToString()),
        r.Current.Likelihood,
        r.Current.Impact,
        r.Current.Score,
        r.Current.Band is { } band ? BandLabel(band) : null,
        // RSK-3: a RAG is a threat's scale; an opportunity's bands are good news in their own palette, so it has none.
        r.Risk.Kind == RiskKind.Threat && r.Current.Band?.Rag is { } rag ? Camel(rag.ToString()) : null,
        r.Current.AssessedOn is { } on ? Date(on) : null,
        r.Previous?.Score,
        Camel(r.Trend.ToString()),
        r.Target?.Score,
        r.AtTarget,
        r.Appetite,
        r.OutsideAppetite,
        r.ReviewDue is { } due ? Date(due) : null,
        r.ReviewOverdue,
        r.RemovalCandidate,
        [.. r.Mitigations.Select(m => new RiskMitigation(m.ActionId, m.Status is { } s ? Camel(s.ToString()) : null, m.IsRed))]);

    /// <summary>A band as the output names it: its name, or "from N" for a band without one (RSK-3).</summary>
    private static string BandLabel(RiskBand band) => band.Name ?? string.Create(CultureInfo.InvariantCulture, $"from {band.From}");

    /// <summary>Open threats by band; two bands with the same name (the format allows it) are told apart by where they start.</summary>
    private static Dictionary<string, int> ByBand(IEnumerable<BandCount> bands)
    {
        var byBand = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in bands)
        {
            var label = BandLabel(entry.Band);
            byBand.Add(byBand.ContainsKey(label) ? string.Create(CultureInfo.InvariantCulture, $"{label} (from {entry.Band.From})") : label, entry.Count);
        }

        return byBand;
    }

    private static RisksHeatMap Map(HeatMap map) => new(
        map.Matrix.LikelihoodLevels,
        map.Matrix.ImpactLevels,
        map.Total,
        [.. map.Cells.Select(c => new RisksCell(c.Likelihood, c.Impact, c.Score, c.Band is { } band ? BandLabel(band) : null, c.Count))]);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

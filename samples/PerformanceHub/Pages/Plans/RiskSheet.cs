using System.Text.Json;

namespace PerformanceHub.Pages.Plans;

/// <summary>One risk as splan risks' JSON gives it.</summary>
public sealed record RiskRow(
    string Id, string Title, string Kind, string Category, int? Score, string? Band, string? Rag, string? Trend, bool OutsideAppetite, bool ReviewOverdue);

/// <summary>A heat map from splan risks' JSON: how many risks sit in each likelihood × impact cell, and its band.</summary>
public sealed record HeatMapGrid(string Title, int LikelihoodLevels, int ImpactLevels, int Total, IReadOnlyDictionary<(int Likelihood, int Impact), (int Count, string? Band)> Cells);

/// <summary>Reads splan risks' JSON (<c>risks --format json</c>): the register by score and its heat maps.</summary>
public sealed record RiskSheet(bool HasRegister, IReadOnlyList<RiskRow> Risks, IReadOnlyList<HeatMapGrid> HeatMaps)
{
    public static RiskSheet Parse(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        var risks = root.TryGetProperty("risks", out var r) ? r.EnumerateArray().Select(Row).ToList() : [];
        var maps = new List<HeatMapGrid>();
        if (root.TryGetProperty("threats", out var threats) && threats.ValueKind == JsonValueKind.Object)
        {
            maps.Add(Map("Threats", threats));
        }

        if (root.TryGetProperty("opportunities", out var opportunities) && opportunities.ValueKind == JsonValueKind.Object)
        {
            maps.Add(Map("Opportunities", opportunities));
        }

        if (root.TryGetProperty("themes", out var themes))
        {
            maps.AddRange(themes.EnumerateArray()
                .Where(t => t.TryGetProperty("heatMap", out var m) && m.ValueKind == JsonValueKind.Object)
                .Select(t => Map($"Threats to {Text(t, "name") ?? Text(t, "id")}", t.GetProperty("heatMap"))));
        }

        return new RiskSheet(root.TryGetProperty("hasRegister", out var has) && has.ValueKind == JsonValueKind.True, risks, maps);
    }

    private static RiskRow Row(JsonElement e) => new(
        Text(e, "id") ?? "", Text(e, "title") ?? "", Text(e, "kind") ?? "", Text(e, "category") ?? "",
        e.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null,
        Text(e, "band"), Text(e, "rag"), Text(e, "trend"),
        e.TryGetProperty("outsideAppetite", out var o) && o.ValueKind == JsonValueKind.True,
        e.TryGetProperty("reviewOverdue", out var d) && d.ValueKind == JsonValueKind.True);

    private static HeatMapGrid Map(string title, JsonElement e) => new(
        title,
        e.GetProperty("likelihoodLevels").GetInt32(),
        e.GetProperty("impactLevels").GetInt32(),
        e.TryGetProperty("total", out var total) ? total.GetInt32() : 0,
        e.GetProperty("cells").EnumerateArray().ToDictionary(
            c => (c.GetProperty("likelihood").GetInt32(), c.GetProperty("impact").GetInt32()),
            c => (c.GetProperty("count").GetInt32(), Text(c, "band"))));

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

using System.Globalization;
using System.Text.Json;

namespace PerformanceHub.Pages.Plans;

/// <summary>One node of splan score's JSON (plan, theme or outcome): its score, RAG and coverage, and its children.</summary>
public sealed record NodeScore(string Id, decimal? Score, string? Rag, decimal? Coverage, IReadOnlyList<NodeScore> Children)
{
    /// <summary>The score as splan wrote it (invariant culture), or "no score".</summary>
    public string ScoreText => Score is { } s ? s.ToString(CultureInfo.InvariantCulture) : "no score";

    public NodeScore? Find(string id) => Id == id ? this : Children.Select(c => c.Find(id)).FirstOrDefault(f => f is not null);
}

/// <summary>Reads splan score's JSON (<c>score --format json</c>) into <see cref="NodeScore"/>s.</summary>
public static class ScoreSheet
{
    /// <summary>The plan node with themes and their outcomes; null when the output is not a scorecard.</summary>
    public static NodeScore? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        if (!root.TryGetProperty("plan", out var plan))
        {
            return null;
        }

        var themes = root.TryGetProperty("themes", out var t) ? t.EnumerateArray().Select(Node).ToList() : [];
        return Node(plan) with { Children = themes };
    }

    private static NodeScore Node(JsonElement e) => new(
        e.GetProperty("id").GetString() ?? "",
        Number(e, "score"),
        e.TryGetProperty("rag", out var rag) && rag.ValueKind == JsonValueKind.String ? rag.GetString() : null,
        Number(e, "coverage"),
        e.TryGetProperty("outcomes", out var outcomes) ? outcomes.EnumerateArray().Select(Node).ToList() : []);

    private static decimal? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;
}

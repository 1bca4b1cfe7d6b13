using System.Text.Json;

namespace PerformanceHub.Pages.Plans;

/// <summary>One line of splan import's change log: what the return adds or changes, and where in the return it is.</summary>
public sealed record ChangeLine(string Kind, string Item, string Id, string? When, string? Old, string? New, string? Place);

/// <summary>A problem splan import found: an error stops the commit, a warning does not.</summary>
public sealed record ChangeProblem(string Severity, string? Place, string Message);

/// <summary>Reads splan import's change log (<c>import --format json</c>) for the returns page.</summary>
public sealed record ChangeLogSheet(
    string? Quarter, IReadOnlyDictionary<string, int> Summary, IReadOnlyList<ChangeLine> Changes, IReadOnlyList<ChangeProblem> Problems)
{
    /// <summary>The change log, or null when splan wrote none (the return could not be read at all).</summary>
    public static ChangeLogSheet? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        var summary = root.TryGetProperty("summary", out var s) && s.ValueKind == JsonValueKind.Object
            ? s.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).ToDictionary(p => p.Name, p => p.Value.GetInt32())
            : [];
        var changes = root.TryGetProperty("changes", out var c)
            ? c.EnumerateArray().Select(x => new ChangeLine(Text(x, "kind") ?? "", Text(x, "item") ?? "", Text(x, "id") ?? "", Text(x, "when"),
                Text(x, "old"), Text(x, "new"), Text(x, "place"))).ToList()
            : [];
        var problems = new List<ChangeProblem>();
        if (root.TryGetProperty("problems", out var p))
        {
            problems.AddRange(p.EnumerateArray().Select(x => new ChangeProblem(Text(x, "severity") ?? "", Text(x, "place"), Text(x, "message") ?? "")));
        }

        if (root.TryGetProperty("validationErrors", out var v))
        {
            problems.AddRange(v.EnumerateArray().Select(x => new ChangeProblem("error", Text(x, "path"), $"{Text(x, "code")} {Text(x, "message")}".Trim())));
        }

        return new ChangeLogSheet(Text(root, "quarter"), summary, changes, problems);
    }

    /// <summary>The item kinds in words.</summary>
    public static string ItemWords(string item) => item switch
    {
        "measureActual" => "Measure actual",
        "actionUpdate" => "Action update",
        "riskAssessment" => "Risk assessment",
        _ => item,
    };

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

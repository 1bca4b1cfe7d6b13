using System.Globalization;
using System.Text.Json;

namespace PerformanceHub.Pages.Plans;

/// <summary>A leaf's part in a node's move, as splan compare explains it.</summary>
public sealed record Contribution(string Kind, string Title, string Cause, string? StatusThen, string? StatusNow, decimal? Total);

/// <summary>The plan, a theme or an outcome in splan compare's JSON: its score and RAG then and now, and what moved it.</summary>
public sealed record CompareRow(
    string Level, string Id, string Name, bool InThen, bool InNow, decimal? ScoreThen, decimal? ScoreNow, decimal? Change,
    string? RagThen, string? RagNow, IReadOnlyList<Contribution> Contributions)
{
    public bool Moved => Change is not (null or 0) || RagThen != RagNow || InThen != InNow || Contributions.Count > 0;

    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";

    public string ChangeWords => Change switch
    {
        null => "",
        > 0 => $"up {Number(Change)}",
        < 0 => $"down {Number(-Change)}",
        _ => "no change",
    };
}

/// <summary>Reads splan compare's JSON (<c>compare --format json</c>) into rows, plan first, then each theme and its outcomes.</summary>
public sealed record CompareSheet(string ThenAsOf, string NowAsOf, IReadOnlyList<CompareRow> Rows, IReadOnlyList<string> Appeared, IReadOnlyList<string> Disappeared)
{
    public static CompareSheet Parse(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        var rows = new List<CompareRow> { Row("Plan", root.GetProperty("plan")) };
        foreach (var theme in root.GetProperty("themes").EnumerateArray())
        {
            rows.Add(Row("Theme", theme));
            if (theme.TryGetProperty("outcomes", out var outcomes))
            {
                rows.AddRange(outcomes.EnumerateArray().Select(o => Row("Outcome", o)));
            }
        }

        return new CompareSheet(Text(root, "thenAsOf") ?? "", Text(root, "nowAsOf") ?? "", rows, Names(root, "appeared"), Names(root, "disappeared"));
    }

    private static CompareRow Row(string level, JsonElement e) => new(
        level, Text(e, "id") ?? "", Text(e, "name") ?? Text(e, "id") ?? "",
        !e.TryGetProperty("inThen", out var then) || then.ValueKind == JsonValueKind.True,
        !e.TryGetProperty("inNow", out var now) || now.ValueKind == JsonValueKind.True,
        Number(e, "scoreThen"), Number(e, "scoreNow"), Number(e, "change"), Text(e, "ragThen"), Text(e, "ragNow"),
        e.TryGetProperty("contributions", out var c)
            ? c.EnumerateArray().Select(x => new Contribution(Text(x, "kind") ?? "", Text(x, "title") ?? Text(x, "id") ?? "", Text(x, "cause") ?? "",
                Text(x, "statusThen"), Text(x, "statusNow"), Number(x, "total"))).ToList()
            : []);

    private static List<string> Names(JsonElement root, string name) => root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
        ? list.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Object
            ? $"{Text(x, "kind")} {Text(x, "title") ?? Text(x, "name") ?? Text(x, "id")}".Trim()
            : x.ToString()).ToList()
        : [];

    private static decimal? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

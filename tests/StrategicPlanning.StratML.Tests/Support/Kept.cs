using System.Text.Json;
using StrategicPlanning.Model;

namespace StrategicPlanning.StratML.Tests.Support;

/// <summary>Reads what the StratML reader kept in a measure's stratml extension member.</summary>
internal static class Kept
{
    public static int Instances(Measure measure) =>
        measure.Extensions.TryGetValue("stratml", out var kept) && kept.TryGetProperty("instances", out var n) ? n.GetInt32() : 0;

    public static int Results(Measure measure) =>
        measure.Extensions.TryGetValue("stratml", out var kept) && kept.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array
            ? results.GetArrayLength()
            : 0;

    public static string? Identifier(Core.ExtensionMembers extensions) =>
        extensions.TryGetValue("stratml", out var kept) && kept.TryGetProperty("identifier", out var id) ? id.GetString() : null;
}

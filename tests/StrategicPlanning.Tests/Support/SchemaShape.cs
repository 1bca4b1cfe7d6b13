using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StrategicPlanning.Tests.Support;

/// <summary>
/// Turns a generated document (any values) into one the schema should accept, keeping its shape: ids, labels,
/// amounts and levels are nudged into their allowed ranges. Unknown members are left as they are.
/// </summary>
internal static partial class SchemaShape
{
    public static string Fix(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root["currency"] = "GBP";
        Walk(root, parent: null);
        return root.ToJsonString();
    }

    private static void Walk(JsonNode? node, string? parent)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, _) in obj.ToList())
                {
                    if (!name.StartsWith("x-", StringComparison.Ordinal))
                    {
                        var fixedValue = FixMember(name, obj[name], parent);
                        if (!ReferenceEquals(fixedValue, obj[name]))
                        {
                            obj[name] = fixedValue;
                        }

                        Walk(obj[name], name);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var fixedValue = FixElement(parent, array[i]);
                    if (!ReferenceEquals(fixedValue, array[i]))
                    {
                        array[i] = fixedValue;
                    }

                    Walk(array[i], parent);
                }

                break;
        }
    }

    private static JsonNode? FixMember(string name, JsonNode? value, string? parent) => name switch
    {
        "id" or "lineId" => Id(value),
        "period" or "year" => Label(value),
        "weight" or "amberWithin" or "greenWithin" => Math.Abs(value!.GetValue<decimal>()),
        "amount" when parent == "funding" => Math.Abs(value!.GetValue<decimal>()) + 1,
        "amount" => Math.Abs(value!.GetValue<decimal>()),
        "percentComplete" => Math.Clamp(value!.GetValue<decimal>(), 0, 100),
        "yearStartMonth" => Math.Clamp(value!.GetValue<int>(), 1, 12),
        "likelihoodLevels" or "impactLevels" => Math.Clamp(value!.GetValue<int>(), 1, 10),
        "likelihood" or "impact" or "from" or "maxScore" => Math.Max(1, value!.GetValue<int>()),
        "outcomeIds" when value is JsonArray { Count: 0 } => new JsonArray("o1"),
        "bands" when value is JsonArray { Count: 0 } => new JsonArray(new JsonObject { ["from"] = 1 }),
        _ => value,
    };

    private static JsonNode? FixElement(string? parent, JsonNode? value) => parent switch
    {
        "outcomeIds" or "themeIds" or "mitigationActionIds" => Id(value),
        "years" => Label(value),
        "scores" when value is JsonValue => Math.Max(1, value.GetValue<int>()),
        _ => value,
    };

    private static JsonNode? Id(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var id) && !IdPattern().IsMatch(id)
            ? "id" + ((uint)StringComparer.Ordinal.GetHashCode(id)).ToString(CultureInfo.InvariantCulture)
            : value;

    private static JsonNode? Label(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var label) && !LabelPattern().IsMatch(label) ? "2024/25" : value;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[0-9]{4}(/[0-9]{2})?( Q[1-4])?$|^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex LabelPattern();
}

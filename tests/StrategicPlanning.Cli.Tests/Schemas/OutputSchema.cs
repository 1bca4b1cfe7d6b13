using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SchemaOutput = Json.Schema.OutputFormat;

namespace StrategicPlanning.Cli.Tests.Schemas;

/// <summary>
/// The schemas <c>splan schema --output NAME</c> prints, built once with JsonSchema.Net, and a walk over their members:
/// each place in an output (<c>$.themes[].outcomes[].rag</c>; <c>[]</c> for every element, <c>.*</c> for every member of
/// a map) with the subschemas that describe it.
/// </summary>
internal static class OutputSchema
{
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Built = new();

    /// <summary>Gets the schema's text as splan prints it.</summary>
    public static string Text(string name)
    {
        var (exit, output, error) = Splan.Run("schema", "--output", name);
        exit.Should().Be(0, error);
        return output;
    }

    public static JsonObject Node(string name) => JsonNode.Parse(Text(name))!.AsObject();

    /// <summary>Evaluates <paramref name="json"/> against the schema, asserting format "date" unless told not to.</summary>
    public static EvaluationResults Evaluate(string name, string json, bool formats = true)
    {
        var schema = Built.GetOrAdd(name, n => new Lazy<JsonSchema>(() => JsonSchema.FromText(Text(n)))).Value;
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = SchemaOutput.List, RequireFormatValidation = formats });
    }

    /// <summary>Gets the failures of <paramref name="results"/>, one a line, for an assertion's message.</summary>
    public static string Failures(EvaluationResults results) =>
        string.Join('\n', (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")));

    /// <summary>
    /// Gets each place in the output the schema describes, with the subschemas that apply there directly (a member's
    /// schema; two when a <c>$ref</c> has a sibling <c>properties</c> that narrows a member, and both hold).
    /// </summary>
    public static ILookup<string, JsonObject> Places(JsonObject root)
    {
        var places = new List<(string, JsonObject)>();
        Walk(root, root, "$", places, entry: true);
        return places.ToLookup(p => p.Item1, p => p.Item2);
    }

    /// <summary>Whether every subschema that applies at a place lets null through.</summary>
    public static bool AllowsNull(JsonObject root, IEnumerable<JsonObject> schemas) => schemas.All(s => AllowsNull(root, s));

    /// <summary>Whether a subschema that applies at a place allows null only.</summary>
    public static bool OnlyNull(IEnumerable<JsonObject> schemas) =>
        schemas.Any(s => s["type"]?.ToJsonString() == "\"null\"" || s["enum"]?.ToJsonString() == "[null]");

    /// <summary>Gets the enum words a place's subschemas name (through <c>$ref</c> and <c>anyOf</c>), as JSON text.</summary>
    public static IEnumerable<string> Words(JsonObject root, IEnumerable<JsonObject> schemas) =>
        schemas.SelectMany(s => Words(root, s));

    /// <summary>Gets the values at <paramref name="place"/> in <paramref name="output"/> (null for a JSON null).</summary>
    public static IEnumerable<JsonNode?> ValuesAt(JsonNode? output, string place)
    {
        IEnumerable<JsonNode?> current = [output];
        foreach (var step in Steps(place))
        {
            current = step switch
            {
                "[]" => current.OfType<JsonArray>().SelectMany(a => a),
                ".*" => current.OfType<JsonObject>().SelectMany(o => o.Select(p => p.Value)),
                _ => current.OfType<JsonObject>().Where(o => o.ContainsKey(step[1..])).Select(o => o[step[1..]]),
            };
        }

        return current;
    }

    private static IEnumerable<string> Steps(string place)
    {
        var rest = place[1..];
        while (rest.Length > 0)
        {
            if (rest.StartsWith("[]", StringComparison.Ordinal) || rest.StartsWith(".*", StringComparison.Ordinal))
            {
                yield return rest[..2];
                rest = rest[2..];
                continue;
            }

            var end = rest.IndexOfAny(['.', '['], 1);
            end = end < 0 ? rest.Length : end;
            yield return rest[..end];
            rest = rest[end..];
        }
    }

    private static JsonObject Resolve(JsonObject root, JsonObject schema)
    {
        var pointer = schema["$ref"]!.GetValue<string>();
        pointer.Should().StartWith("#/$defs/", "the output schemas refer only to their own definitions");
        return root["$defs"]![pointer["#/$defs/".Length..]]!.AsObject();
    }

    /// <summary>A subschema's own type or enum, its <c>$ref</c> and its <c>anyOf</c> must each allow null, where present.</summary>
    private static bool AllowsNull(JsonObject root, JsonObject schema) =>
        (schema["type"] switch
        {
            JsonValue type => type.GetValue<string>() == "null",
            JsonArray types => types.Any(t => t!.GetValue<string>() == "null"),
            _ => true,
        })
        && (schema["enum"] is not JsonArray words || words.Any(w => w is null))
        && (schema["$ref"] is null || AllowsNull(root, Resolve(root, schema)))
        && (schema["anyOf"] is not JsonArray branches || branches.OfType<JsonObject>().Any(b => AllowsNull(root, b)));

    private static IEnumerable<string> Words(JsonObject root, JsonObject schema) =>
        (schema["enum"] as JsonArray ?? []).Select(w => w?.ToJsonString() ?? "null")
            .Concat(schema["$ref"] is null ? [] : Words(root, Resolve(root, schema)))
            .Concat((schema["anyOf"] as JsonArray ?? []).OfType<JsonObject>().SelectMany(b => Words(root, b)));

    private static void Walk(JsonObject root, JsonObject schema, string place, List<(string, JsonObject)> places, bool entry)
    {
        if (entry)
        {
            places.Add((place, schema));
        }

        if (schema["$ref"] is not null)
        {
            Walk(root, Resolve(root, schema), place, places, entry: false);
        }

        foreach (var branch in (schema["anyOf"] as JsonArray ?? []).OfType<JsonObject>())
        {
            Walk(root, branch, place, places, entry: false);
        }

        foreach (var (member, sub) in schema["properties"] as JsonObject ?? [])
        {
            Walk(root, sub!.AsObject(), $"{place}.{member}", places, entry: true);
        }

        if (schema["items"] is JsonObject items)
        {
            Walk(root, items, place + "[]", places, entry: true);
        }

        if (schema["additionalProperties"] is JsonObject values)
        {
            Walk(root, values, place + ".*", places, entry: true);
        }
    }
}

using System.Text.Json.Nodes;
using StrategicPlanning.Json;
using StrategicPlanning.Model;

namespace StrategicPlanning.Tests.Support;

/// <summary>The bundled sample documents, as text, as JSON nodes to edit, and as models.</summary>
internal static class Samples
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string FormatExampleText => File.ReadAllText(Path.Combine(Directory, "format-example.json"));

    /// <summary>The bundled Derby plan 2022-25 (samples/data), the main sample of the README.</summary>
    public static PlanDocument DerbyPlan() => PlanJson.Parse(File.ReadAllText(Path.Combine(Directory, "derby-council-plan-2022-25.json")));

    public static PlanDocument FormatExample() => PlanJson.Parse(FormatExampleText);

    public static JsonObject FormatExampleNode() => JsonNode.Parse(FormatExampleText)!.AsObject();

    /// <summary>The format example (samples/data/format-example.json) with one edit applied, read into a model.</summary>
    public static PlanDocument FormatExampleWith(Action<JsonObject> edit)
    {
        var node = FormatExampleNode();
        edit(node);
        return PlanJson.Parse(node.ToJsonString());
    }

    /// <summary>The code, path and message of each issue validation finds in the format example after one edit.</summary>
    public static IEnumerable<(string Code, string Path, string Message)> FormatExampleIssuesWith(Action<JsonObject> edit) =>
        StrategicPlanning.Validation.PlanValidator.Validate(FormatExampleWith(edit)).Issues.Select(i => (i.Code, i.Path, i.Message));

    /// <summary>
    /// The start of a small plan document for reader tests that work on text: the plan's required members and no
    /// themes, with the plan object and the document left open for what a test adds, then <c>}}</c>.
    /// </summary>
    public const string SmallPlanHead = "{\"schemaVersion\":\"1.0\",\"plan\":{\"id\":\"p\",\"title\":\"t\",\"start\":\"2024-04-01\",\"end\":\"2025-03-31\",\"themes\":[]";

    /// <summary>A 5 × 5 risk score grid, <c>scores[likelihood - 1][impact - 1] = likelihood × impact + plus</c>.</summary>
    public static JsonArray ProductGrid(int plus = 0) =>
        new([.. Enumerable.Range(1, 5).Select(l => (JsonNode)new JsonArray([.. Enumerable.Range(1, 5).Select(i => (JsonNode)((l * i) + plus))]))]);

    public static string Indented(JsonNode node) => node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

    public static JsonObject Action(this JsonObject document) => document["deliveryPlans"]![0]!["actions"]![0]!.AsObject();

    public static JsonObject Measure(this JsonObject document) =>
        document["plan"]!["themes"]![0]!["outcomes"]![0]!["measures"]![0]!.AsObject();

    public static JsonObject Risk(this JsonObject document) => document["riskRegister"]!["risks"]![0]!.AsObject();

    public static JsonObject Line(this JsonObject document) => document["financialStrategy"]!["lines"]![0]!.AsObject();
}

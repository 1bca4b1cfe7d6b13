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

    public static string Indented(JsonNode node) => node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

    public static JsonObject Action(this JsonObject document) => document["deliveryPlans"]![0]!["actions"]![0]!.AsObject();

    public static JsonObject Measure(this JsonObject document) =>
        document["plan"]!["themes"]![0]!["outcomes"]![0]!["measures"]![0]!.AsObject();

    public static JsonObject Risk(this JsonObject document) => document["riskRegister"]!["risks"]![0]!.AsObject();

    public static JsonObject Line(this JsonObject document) => document["financialStrategy"]!["lines"]![0]!.AsObject();
}

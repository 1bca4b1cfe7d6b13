using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Json.Schema;
using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>JSN-3: the schema ships with the package and agrees with the reader.</summary>
public class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(PlanJson.Schema);

    [Fact]
    public void JSN3_the_schema_is_draft_2020_12_with_a_stable_id()
    {
        using var schema = JsonDocument.Parse(PlanJson.Schema);

        schema.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema.RootElement.GetProperty("$id").GetString().Should().Be("urn:strategicplanning:plan-document:1.0");
    }

    [Fact]
    public void JSN3_the_schema_accepts_the_format_example_and_its_normalised_form()
    {
        Evaluate(Samples.FormatExampleText).IsValid.Should().BeTrue();
        Evaluate(PlanJson.Write(Samples.FormatExample())).IsValid.Should().BeTrue();
    }

    [Fact]
    public void JSN3_the_schema_accepts_every_valid_generated_document()
    {
        PlanGenerators.Document
            .Select(ValidShape)
            .Sample(document => Evaluate(PlanJson.Write(document)).IsValid.Should().BeTrue(PlanJson.Write(document)), iter: 100);
    }

    [Theory]
    [InlineData("missing plan", "$", "plan", null)]
    [InlineData("missing measure polarity", "$.plan.themes[0].outcomes[0].measures[0]", "polarity", null)]
    [InlineData("unknown polarity", "$.plan.themes[0].outcomes[0].measures[0]", "polarity", "\"higher\"")]
    [InlineData("date not a date", "$.plan", "start", "\"1 April 2022\"")]
    [InlineData("string where number", "$.plan.themes[0]", "weight", "\"1\"")]
    [InlineData("negative weight", "$.plan.themes[0]", "weight", "-1")]
    [InlineData("month 13 in a date, without format checking", "$.plan", "start", "\"2024-13-01\"")]
    [InlineData("30 February, without format checking", "$.plan", "start", "\"2025-02-30\"")]
    [InlineData("31 April, without format checking", "$.plan", "start", "\"2024-04-31\"")]
    [InlineData("day 00, without format checking", "$.plan", "end", "\"2025-03-00\"")]
    [InlineData("bad period label", "$.deliveryPlans[0]", "year", "\"FY24\"")]
    [InlineData("bad duration", "$.reviews", "cadence", "\"3 months\"")]
    [InlineData("bad id", "$.plan.themes[0]", "id", "\"has space\"")]
    [InlineData("action without outcomes", "$.deliveryPlans[0].actions[0]", "outcomeIds", "[]")]
    [InlineData("percent over 100", "$.deliveryPlans[0].actions[0].updates[0]", "percentComplete", "101")]
    [InlineData("allocation of zero", "$.deliveryPlans[0].actions[0].funding[0]", "amount", "0")]
    [InlineData("currency in lower case", "$", "currency", "\"gbp\"")]
    [InlineData("month 13", "$.calendar", "yearStartMonth", "13")]
    [InlineData("likelihood a fraction", "$.riskRegister.risks[0].inherent", "likelihood", "2.5")]
    [InlineData("unknown risk kind", "$.riskRegister.risks[0]", "kind", "\"hazard\"")]
    [InlineData("schema version 2", "$", "schemaVersion", "\"2.0\"")]
    public void JSN3_the_schema_rejects_invalid_documents(string why, string path, string member, string? json)
    {
        var node = Samples.FormatExampleNode();
        var target = path == "$" ? node : (JsonObject)node.Root!.AsObject().SelectPath(path);
        if (json is null)
        {
            target.Remove(member);
        }
        else
        {
            target[member] = JsonNode.Parse(json);
        }

        Evaluate(node.ToJsonString()).IsValid.Should().BeFalse(why);
    }

    [Fact]
    public void JSN3_the_schema_allows_unknown_members_as_the_reader_does()
    {
        var node = Samples.FormatExampleNode();
        node["x-newer"] = 1;
        node.Measure()["x-newer"] = new JsonObject { ["a"] = 1 };

        Evaluate(node.ToJsonString()).IsValid.Should().BeTrue();
    }

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag });
    }

    /// <summary>Keeps the generated document's shape but makes every value one the schema allows.</summary>
    private static StrategicPlanning.Model.PlanDocument ValidShape(StrategicPlanning.Model.PlanDocument document) =>
        PlanJson.Parse(SchemaShape.Fix(PlanJson.Write(document)));
}

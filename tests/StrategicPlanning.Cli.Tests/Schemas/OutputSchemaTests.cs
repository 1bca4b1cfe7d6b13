using System.Text.Json.Nodes;

namespace StrategicPlanning.Cli.Tests.Schemas;

/// <summary>
/// The JSON of <c>splan score</c>, <c>reviews</c>, <c>finance</c>, <c>risks</c>, <c>validate</c> and <c>compare</c> on the samples holds
/// against the schema <c>splan schema --output NAME</c> prints, with format "date" asserted; and the runs reach every
/// word of every enum and both null and a value wherever a schema allows null, so each part of the schemas is tried.
/// </summary>
public class OutputSchemaTests
{
    /// <summary>What no valid document can make splan write, though the schema allows it (the C# shape is nullable).</summary>
    private static readonly Dictionary<(string Output, string Place), string> Unreachable = new()
    {
        [("risks", "$.risks[].mitigations[].status")] = "null: an action id that does not resolve is a validation error (SP1005), so the register is refused",
        [("risks", "$.risks[].band")] = "null: a first band above the lowest score is a validation error (SP1605, RSK-3), so every score has a band",
        [("risks", "$.threats.cells[].band")] = "null: as for a risk's band",
        [("risks", "$.opportunities.cells[].band")] = "null: as for a risk's band",
        [("risks", "$.themes[].heatMap.cells[].band")] = "null: as for a risk's band",
        [("validation", "$.issues[].line")] = "null: PlanJson places every read error (its converters throw JsonException, which has a position) " +
            "and every issue, at worst at an enclosing value; the one read error without a place, a document over " +
            "PlanReadOptions.MaxDocumentBytes, cannot reach the report: splan refuses such a file before reading it (standard error, exit 2)",
        [("validation", "$.issues[].column")] = "null: as for the line",
    };

    public static TheoryData<string> Cases => OutputCases.Names();

    /// <summary>
    /// Each run (named "COMMAND SAMPLE [EDIT] OPTIONS") exits as it should (0; for <c>splan validate</c> 1 on an invalid
    /// document and 2 on an unreadable one) and its JSON holds against the schema of its output.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Score_reviews_finance_risks_validate_and_compare_json_hold_against_their_schemas(string name)
    {
        var run = OutputCases.Named(name);
        var (exit, output, error) = OutputCases.Run(run);

        exit.Should().Be(run.Exit, error);
        var results = OutputSchema.Evaluate(run.Output, output);
        results.IsValid.Should().BeTrue(OutputSchema.Failures(results));
    }

    [Theory]
    [InlineData("score")]
    [InlineData("reviews")]
    [InlineData("finance")]
    [InlineData("risks")]
    [InlineData("validation")]
    [InlineData("compare")]
    public void The_runs_reach_every_place_every_enum_word_and_both_null_and_a_value_where_null_is_allowed(string output)
    {
        var outputs = OutputCases.All.Where(c => c.Output == output).Select(c => JsonNode.Parse(OutputCases.Run(c).Out)).ToList();
        var root = OutputSchema.Node(output);
        var missed = new List<string>();
        foreach (var place in OutputSchema.Places(root))
        {
            var seen = outputs.SelectMany(o => OutputSchema.ValuesAt(o, place.Key)).Select(v => v?.ToJsonString() ?? "null").ToHashSet(StringComparer.Ordinal);
            var wanted = OutputSchema.Words(root, place).ToHashSet(StringComparer.Ordinal);
            if (OutputSchema.AllowsNull(root, place))
            {
                wanted.Add("null");
            }

            if (Unreachable.ContainsKey((output, place.Key)))
            {
                wanted.Remove("null");
            }

            missed.AddRange(wanted.Except(seen).Select(w => $"{place.Key}: {w}"));
            if (!seen.Except(["null"]).Any() && !OutputSchema.OnlyNull(place))
            {
                missed.Add($"{place.Key}: a value other than null");
            }
        }

        missed.Should().BeEmpty(string.Join("; ", missed));
    }
}

using System.Text.Json;
using StrategicPlanning.Json;

namespace StrategicPlanning.Cli.Tests;

public class SchemaCommandTests
{
    [Fact]
    public void Schema_without_output_prints_the_plan_document_schema_shipped_in_the_library()
    {
        var (exit, output, error) = Splan.Run("schema");

        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.TrimEnd('\n').Should().Be(PlanJson.Schema.TrimEnd('\n'));
        output.Should().EndWith("}\n");
    }

    [Fact]
    public void Schema_output_plan_is_the_default()
    {
        Splan.Run("schema", "--output", "plan").Should().Be(Splan.Run("schema"));
    }

    [Theory]
    [InlineData("plan", "urn:strategicplanning:plan-document:1.0", "StrategicPlanning plan document, format 1.0")]
    [InlineData("score", "urn:strategicplanning:splan:score:1.0", "splan score --format json: the score output contract of format 1.0")]
    [InlineData("reviews", "urn:strategicplanning:splan:reviews:1.0", "splan reviews --format json")]
    [InlineData("finance", "urn:strategicplanning:splan:finance:1.0", "splan finance --format json")]
    [InlineData("risks", "urn:strategicplanning:splan:risks:1.0", "splan risks --format json")]
    [InlineData("validation", "urn:strategicplanning:splan:validation:1.0", "splan validate --format json")]
    [InlineData("compare", "urn:strategicplanning:splan:compare:1.0", "splan compare --format json")]
    public void Schema_output_prints_that_outputs_schema_draft_2020_12(string name, string id, string title)
    {
        var (exit, output, error) = Splan.Run("schema", "--output", name);

        exit.Should().Be(0, error);
        using var schema = JsonDocument.Parse(output);
        schema.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema.RootElement.GetProperty("$id").GetString().Should().Be(id);
        schema.RootElement.GetProperty("title").GetString().Should().Be(title);
        output.Should().EndWith("}\n");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validations")]
    [InlineData("Score")]
    [InlineData("")]
    public void Schema_output_of_anything_else_exits_2_listing_the_names_it_takes(string name)
    {
        var (exit, output, error) = Splan.Run("schema", "--output", name);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain($"Argument '{name}' not recognized. Must be one of:")
            .And.Contain("'plan'").And.Contain("'score'").And.Contain("'reviews'").And.Contain("'finance'").And.Contain("'risks'").And.Contain("'validation'").And.Contain("'compare'")
            .And.Contain("Run 'splan --help' or 'splan <command> --help' for what is allowed.");
    }

    [Fact]
    public void Schema_help_lists_the_names_in_order_and_the_default()
    {
        var (exit, output, _) = Splan.Run("schema", "--help");

        exit.Should().Be(0);
        output.Should().Contain("--output <plan|score|reviews|finance|risks|validation|compare>").And.Contain("[default: plan]");
    }
}

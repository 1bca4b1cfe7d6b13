using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategicPlanning.Cli.Tests;

public class ScoreCommandTests
{
    /// <summary>An actual of the measure, as the format writes it.</summary>
    internal static JsonObject Actual(string period, decimal value) => new() { ["period"] = period, ["value"] = value };

    private static string Contract => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "format-example.score.json"));

    [Fact]
    public void Score_json_for_the_format_example_is_json_format_mds_contract()
    {
        var (exit, output, error) = Splan.Run("score", Splan.FormatExample, "--as-of", "2025-03-31", "--format", "json");

        exit.Should().Be(0);
        error.Should().BeEmpty();
        JsonNode.DeepEquals(JsonNode.Parse(output), JsonNode.Parse(Contract)).Should().BeTrue(output);
        output.Should().Contain("\"score\": 100.0").And.Contain("\"coverage\": 0.5").And.Contain("\"meetingTarget\": null");
    }

    [Fact]
    public void Score_json_keeps_the_contracts_member_order()
    {
        var (_, output, _) = Splan.Run("score", Splan.FormatExample, "--as-of", "2025-03-31", "--format", "json");

        using var document = JsonDocument.Parse(output);
        document.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("asOf", "plan", "themes");
        document.RootElement.GetProperty("plan").EnumerateObject().Select(p => p.Name).Should().Equal("id", "score", "rag", "coverage", "meetingTarget", "counts");
        document.RootElement.GetProperty("plan").GetProperty("counts").EnumerateObject().Select(p => p.Name)
            .Should().Equal("green", "amber", "red", "complete", "noData", "excluded", "dataOnly");
        document.RootElement.GetProperty("themes")[0].EnumerateObject().Select(p => p.Name).Should().Equal("id", "score", "rag", "coverage", "meetingTarget", "counts", "outcomes");
    }

    [Fact]
    public void Score_rounds_only_on_output_half_away_from_zero()
    {
        using var file = Edited.FormatExample(d => d.Measure()["actuals"]!.AsArray().Insert(0, Actual("2024/25 Q4", 39.5m)));

        var (exit, output, _) = Splan.Run("score", file.Path, "--as-of", "2025-03-31", "--format", "json");

        // The measure is amber (39.5 vs 40, within 5%): outcome (50 + 100) / 2 = 75, amber because 75 is not above 75.
        exit.Should().Be(0);
        using var document = JsonDocument.Parse(output);
        var outcome = document.RootElement.GetProperty("themes")[0].GetProperty("outcomes")[0];
        outcome.GetProperty("score").GetRawText().Should().Be("75.0");
        outcome.GetProperty("rag").GetString().Should().Be("amber");
        outcome.GetProperty("coverage").GetRawText().Should().Be("1.0");
        outcome.GetProperty("meetingTarget").GetRawText().Should().Be("0.0");
    }

    [Fact]
    public void Score_text_is_a_table_of_themes_and_outcomes()
    {
        var (exit, output, _) = Splan.Run("score", Splan.FormatExample, "--as-of", "2025-03-31");

        exit.Should().Be(0);
        output.Should().StartWith("Council Plan 2022-2025: scores at 2025-03-31, targets as restated");
        output.Should().MatchRegex(@"Green city\s+100\.00\s+green\s+50\.0%\s+-\s+1\s+0\s+0\s+0\s+1\s+0\s+0");
        output.Should().MatchRegex(@"  Cleaner air\s+100\.00\s+green");
    }

    [Fact]
    public void Score_refuses_a_document_with_errors_in_what_scoring_reads_with_exit_1_and_the_errors_on_standard_error()
    {
        using var file = Edited.FormatExample(d => d.Action()["outcomeIds"]![0] = "green.water");

        var (exit, output, error) = Splan.Run("score", file.Path, "--as-of", "2025-03-31", "--format", "json");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("cannot be scored").And.Contain("SP1003").And.Contain("$.deliveryPlans[0].actions[0].outcomeIds[0]");
    }

    [Fact]
    public void Score_as_reported_is_accepted_and_said()
    {
        var (exit, output, _) = Splan.Run("score", Splan.FormatExample, "--as-of", "2025-03-31", "--as-reported");

        exit.Should().Be(0);
        output.Should().Contain("targets as reported");
    }

    [Theory]
    [InlineData("score", "FILE")]
    [InlineData("score", "FILE", "--as-of", "31/03/2025")]
    public void Score_needs_a_valid_as_of_date(params string[] args)
    {
        var (exit, _, error) = Splan.Run([.. args.Select(a => a == "FILE" ? Splan.FormatExample : a)]);

        exit.Should().Be(2);
        error.Should().Contain("--as-of");
    }
}

public class ExplainCommandTests
{
    [Fact]
    public void Explain_says_why_a_theme_is_amber_in_words()
    {
        // A red must-do action (overdue at 2025-04-01) holds the theme, green by score, at amber.
        using var file = Edited.FormatExample(d => d.Measure()["actuals"]!.AsArray().Insert(0, ScoreCommandTests.Actual("2024/25 Q4", 41m)));

        var (exit, output, _) = Splan.Run("explain", file.Path, "--as-of", "2025-04-01", "--node", "green");

        // The measure is green (41 against the 2024/25 target of 40) and the action overdue: (100 + 0) / 2 = 50.
        exit.Should().Be(0);
        output.Should().Contain("Theme 'Green city' (green) at 2025-04-01");
        output.Should().Contain("Result: amber, score 50. Amber at 50: pulled down by action 'Deliver new cycle and walking routes' at 0.");
    }

    [Fact]
    public void Explain_holds_at_amber_with_the_must_do_named()
    {
        using var file = Edited.FormatExample(d =>
        {
            d.Measure()["actuals"]!.AsArray().Insert(0, ScoreCommandTests.Actual("2024/25 Q4", 41m));
            d.Measure()["weight"] = 9;
        });

        var (exit, output, _) = Splan.Run("explain", file.Path, "--as-of", "2025-04-01", "--node", "green.air");

        exit.Should().Be(0);
        output.Should().Contain("Result: amber, score 90.");
        output.Should().Contain("held at amber because must-do action 'Deliver new cycle and walking routes' is red: overdue, due 2025-03-31 and not completed");
    }

    [Fact]
    public void Explain_an_unknown_node_exits_2()
    {
        var (exit, _, error) = Splan.Run("explain", Splan.FormatExample, "--as-of", "2025-03-31", "--node", "blue");

        exit.Should().Be(2);
        error.Should().Contain("'blue'");
    }
}

public class AsOfOptionTests
{
    [Theory]
    [InlineData("0003-12-31")]
    [InlineData("9998-01-01")]
    public void As_of_dates_outside_the_range_every_rule_evaluates_in_are_refused_with_exit_2(string asOf)
    {
        var (exit, _, error) = Splan.Run("score", Splan.FormatExample, "--as-of", asOf);

        exit.Should().Be(2);
        error.Should().StartWith($"--as-of '{asOf}' is outside the dates splan evaluates: 0004-01-01 to 9997-12-31.");
    }

    [Theory]
    [InlineData("0004-01-01")]
    [InlineData("9997-12-31")]
    public void The_command_line_evaluates_at_both_ends_of_the_library_range(string asOf)
    {
        var (exit, output, _) = Splan.Run("score", Splan.FormatExample, "--as-of", asOf, "--format", "json");

        exit.Should().Be(0);
        output.Should().Contain($"\"asOf\": \"{asOf}\"");
    }
}

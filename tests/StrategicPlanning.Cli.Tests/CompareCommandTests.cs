using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategicPlanning.Cli.Tests;

public class CompareCommandTests
{
    private static string Derby => Path.Combine(Splan.Samples, "derby-council-plan-2022-25.json");

    [Fact]
    public void Compare_text_says_per_theme_score_and_RAG_then_and_now_and_the_contributors_in_words()
    {
        // 2024-06-30: the measure is amber (Q1 39.1 against 40) and the action green: 75. 2024-09-30: the measure has
        // no Q2 actual, the action alone counts: 100. Mid-score 87.5: the amber measure dropping out (share 1/2, 37.5
        // below it) gives +18.75; the action's share rising 1/2 at 12.5 above it gives +6.25.
        var (exit, output, error) = Splan.Run("compare", Splan.FormatExample, "--from", "2024-06-30", "--to", "2024-09-30");

        exit.Should().Be(0, error);
        output.Should().StartWith("Council Plan 2022-2025: what moved from 2024-06-30 to 2024-09-30");
        output.Should().Contain("Green city rose 25.0: 75.0 → 100.0, amber → green; the score crossed from amber to green (AGG-5)");
        output.Should().Contain("'Household waste sent for reuse, recycling or composting' has no 2024/25 Q2 actual (was amber) (+18.8)");
        output.Should().Contain("'Deliver new cycle and walking routes' (green) weighs more in the mix as others moved (+6.3)");
    }

    [Fact]
    public void Compare_json_gives_every_node_with_its_exact_contributions_rounded_to_four_places()
    {
        var (exit, output, _) = Splan.Run("compare", Splan.FormatExample, "--from", "2024-06-30", "--to", "2024-09-30", "--format", "json");

        exit.Should().Be(0);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("thenAsOf", "nowAsOf", "twoVersions", "plan", "themes", "appeared", "disappeared");
        var theme = root.GetProperty("themes")[0];
        (theme.GetProperty("id").GetString(), theme.GetProperty("change").GetRawText(), theme.GetProperty("thresholdCrossed").GetBoolean())
            .Should().Be(("green", "25.0", true));
        var measure = theme.GetProperty("contributions")[0];
        (measure.GetProperty("cause").GetString(), measure.GetProperty("statusThen").GetString(), measure.GetProperty("statusNow").GetString())
            .Should().Be(("lostData", "amber", "noData"));
        (measure.GetProperty("shareThen").GetRawText(), measure.GetProperty("fromMix").GetRawText(), measure.GetProperty("total").GetRawText())
            .Should().Be(("0.5", "18.75", "18.75"));
        theme.GetProperty("contributions")[1].GetProperty("total").GetRawText().Should().Be("6.25");
    }

    [Fact]
    public void Compare_names_a_theme_falling_past_a_threshold_and_its_largest_contributor_on_the_Derby_sample()
    {
        var (exit, output, _) = Splan.Run("compare", Derby, "--from", "2024-06-30", "--to", "2024-09-30");

        exit.Should().Be(0);
        output.Should().Contain("Vibrant city fell 7.0: 77.8 → 70.8, green → amber; the score crossed from green to amber (AGG-5)");
        output.Should().Contain("'Install new city centre wayfinding' went from green to amber (−6.9)");
    }

    [Fact]
    public void Compare_from_file_compares_two_versions_at_one_date_and_names_the_must_do_guard()
    {
        // The later version adds a green measure (weight 3) to the outcome: (100 × 3 + 50 + 100) / 5 = 90, green by
        // score; and the must-do action goes off track: red, so the guard holds the theme at amber (AGG-6).
        var text = File.ReadAllText(Splan.FormatExample);
        var later = JsonNode.Parse(text)!;
        var outcome = later["plan"]!["themes"]![0]!["outcomes"]![0]!;
        var added = outcome["measures"]![0]!.DeepClone();
        added["id"] = "m.new";
        added["title"] = "A new measure";
        added["weight"] = 3;
        added["actuals"] = new JsonArray(new JsonObject { ["period"] = "2024/25 Q1", ["value"] = 50 });
        outcome["measures"]!.AsArray().Add(added);
        using var file = Splan.Write(later.ToJsonString());

        var (exit, output, error) = Splan.Run("compare", file.Path, "--from-file", Splan.FormatExample, "--as-of", "2024-06-30", "--format", "json");

        exit.Should().Be(0, error);
        var root = JsonNode.Parse(output)!;
        root["twoVersions"]!.GetValue<bool>().Should().BeTrue();
        root["appeared"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()).Should().Equal("m.new");
        var theme = root["themes"]![0]!;
        (theme["scoreThen"]!.GetValue<decimal>(), theme["scoreNow"]!.GetValue<decimal>(), theme["ragNow"]!.GetValue<string>()).Should().Be((75m, 90m, "green"));
        theme["contributions"]![0]!["cause"]!.GetValue<string>().Should().Be("appeared");
    }

    [Fact]
    public void Compare_says_when_the_must_do_guard_starts_holding_a_theme()
    {
        // The later version: a green measure of weight 3 (90 by score) and the must-do action off track on 2024-06-30.
        var later = JsonNode.Parse(File.ReadAllText(Splan.FormatExample))!;
        var measure = later["plan"]!["themes"]![0]!["outcomes"]![0]!["measures"]![0]!;
        measure["actuals"] = new JsonArray(new JsonObject { ["period"] = "2024/25 Q1", ["value"] = 50 });
        later["deliveryPlans"]![0]!["actions"]![0]!["updates"]![0]!["status"] = "offTrack";
        measure["weight"] = 9;
        using var file = Splan.Write(later.ToJsonString());

        var (exit, output, error) = Splan.Run("compare", file.Path, "--from-file", Splan.FormatExample, "--as-of", "2024-06-30");

        // Then 75 (amber measure, green action); now (100 × 9 + 0) / 10 = 90, green by score, held at amber.
        exit.Should().Be(0, error);
        output.Should().Contain("Green city rose 15.0: 75.0 → 90.0, amber → amber; the score crossed from amber to green (AGG-5); now held at amber by a red must do (AGG-6)");
        output.Should().Contain("'Deliver new cycle and walking routes' went from green to red");
        output.Should().Contain("'Household waste sent for reuse, recycling or composting' went from amber to green");
    }

    [Theory]
    [InlineData("--from 2024-06-30", "Give --from DATE and --to DATE")]
    [InlineData("--as-of 2024-06-30", "--as-of compares two versions of a document")]
    [InlineData("--from-file OTHER", "With --from-file, give --as-of DATE")]
    [InlineData("--from-file OTHER --as-of 2024-06-30 --to 2024-09-30", "not both")]
    [InlineData("--from 2024-06-31 --to 2024-09-30", "--from '2024-06-31' is not a date")]
    public void Compare_refuses_a_wrong_combination_of_options_before_reading_anything(string options, string message)
    {
        var args = options.Replace("OTHER", Splan.FormatExample, StringComparison.Ordinal).Split(' ');

        var (exit, output, error) = Splan.Run(["compare", Path.Combine(Splan.Samples, "no-such-file.json"), .. args]);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain(message).And.NotContain("no-such-file");
    }

    [Fact]
    public void Compare_exits_2_on_an_unreadable_earlier_version_and_1_on_an_invalid_one()
    {
        using var cut = Splan.Write(File.ReadAllText(Splan.FormatExample)[..1500]);
        using var invalid = Edited.FormatExample(d => d.Action()["outcomeIds"]![0] = "green.water");

        Splan.Run("compare", Splan.FormatExample, "--from-file", cut.Path, "--as-of", "2024-06-30").Exit.Should().Be(2);
        var (exit, _, error) = Splan.Run("compare", Splan.FormatExample, "--from-file", invalid.Path, "--as-of", "2024-06-30");
        exit.Should().Be(1);
        error.Should().Contain("cannot be scored").And.Contain("SP1003");
    }
}

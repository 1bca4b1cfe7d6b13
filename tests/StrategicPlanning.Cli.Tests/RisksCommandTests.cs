using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategicPlanning.Cli.Tests;

public class RisksCommandTests
{
    [Fact]
    public void Risks_prints_the_register_by_score_and_the_heat_map_for_the_format_example()
    {
        var (exit, output, _) = Splan.Run("risks", Splan.FormatExample, "--as-of", "2025-03-31");

        exit.Should().Be(0);
        output.Should().StartWith("Strategic Risk Register at 2025-03-31: 1 risk (1 threat, 0 opportunities); 1 outside appetite; 1 overdue for review.");
        output.Should().MatchRegex(@"20\s+High\s+★ new\s+threat\s+r\.budget-gap\s+OUTSIDE \(max 12\)\s+OVERDUE since 2024-09-30");
        output.Should().Contain("Heat map of open threats");
        output.Should().MatchRegex(@"4 Likely\s+\.\s+\.\s+\.\s+\.\s+1");
        output.Should().Contain("mitigation a.cycle-routes: on track");
    }

    [Fact]
    public void Risks_json_has_one_cell_per_likelihood_and_impact_pair()
    {
        var (exit, output, _) = Splan.Run("risks", Splan.FormatExample, "--as-of", "2025-03-31", "--format", "json");

        exit.Should().Be(0);
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        root.GetProperty("threats").GetProperty("cells").GetArrayLength().Should().Be(25);
        var risk = root.GetProperty("risks")[0];
        risk.GetProperty("score").GetInt32().Should().Be(20);
        risk.GetProperty("band").GetString().Should().Be("High");
        risk.GetProperty("rag").GetString().Should().Be("red");
        risk.GetProperty("outsideAppetite").GetBoolean().Should().BeTrue();
        risk.GetProperty("reviewDue").GetString().Should().Be("2024-09-30");
        risk.GetProperty("trend").GetString().Should().Be("new");
        root.GetProperty("themes")[0].GetProperty("byBand").GetProperty("High").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Risks_refuses_a_register_with_errors_with_exit_1()
    {
        using var file = Edited.FormatExample(d => d.Risk()["treatment"] = "exploit");

        var (exit, _, error) = Splan.Run("risks", file.Path, "--as-of", "2025-03-31");

        exit.Should().Be(1);
        error.Should().Contain("SP1606");
    }

    [Fact]
    public void RSK3_a_grid_whose_lowest_score_is_2_with_the_default_bands_is_valid_and_its_register_evaluated()
    {
        // score = likelihood × impact + 1 (lowest 2) and no bands: the default Low 1 / Medium 8 / High 15 apply.
        var document = JsonNode.Parse(File.ReadAllText(Splan.FormatExample))!;
        var matrix = document["riskRegister"]!["matrix"]!.AsObject();
        matrix["scores"] = new JsonArray([.. Enumerable.Range(1, 5).Select(l => (JsonNode)new JsonArray([.. Enumerable.Range(1, 5).Select(i => (JsonNode)JsonValue.Create((l * i) + 1))]))]);
        matrix.Remove("bands");
        using var file = Splan.Write(document.ToJsonString());

        var (validateExit, validateOut, _) = Splan.Run("validate", file.Path);
        var (exit, output, _) = Splan.Run("risks", file.Path, "--as-of", "2025-03-31", "--format", "json");

        validateExit.Should().Be(0);
        validateOut.Should().NotContain("SP1605");
        exit.Should().Be(0);
        using var report = JsonDocument.Parse(output);
        var risk = report.RootElement.GetProperty("risks")[0];
        risk.GetProperty("score").GetInt32().Should().Be(21, "4 × 5 + 1");
        risk.GetProperty("band").GetString().Should().Be("High");
        report.RootElement.GetProperty("threats").GetProperty("cells")[0].GetProperty("score").GetInt32().Should().Be(2);
        report.RootElement.GetProperty("threats").GetProperty("cells")[0].GetProperty("band").GetString().Should().Be("Low");
    }

    [Fact]
    public void RSK8_each_theme_has_the_heat_map_of_its_open_threats_in_json_and_text()
    {
        // Derby at 2024-09-30: City of growth has homelessness at (4,4) (named by the theme and by growth.homes, counted
        // once) and contractor failure at (2,3); Resilient city four threats, two of them at (4,4).
        var derby = Path.Combine(Splan.Samples, "derby-council-plan-2022-25.json");
        var (exit, output, _) = Splan.Run("risks", derby, "--as-of", "2024-09-30", "--format", "json");
        var (textExit, text, _) = Splan.Run("risks", derby, "--as-of", "2024-09-30");

        exit.Should().Be(0);
        using var report = JsonDocument.Parse(output);
        var growth = report.RootElement.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "growth");
        growth.GetProperty("openThreats").GetInt32().Should().Be(2);
        var map = growth.GetProperty("heatMap");
        (map.GetProperty("likelihoodLevels").GetInt32(), map.GetProperty("impactLevels").GetInt32(), map.GetProperty("total").GetInt32()).Should().Be((5, 5, 2));
        map.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("count").GetInt32() > 0)
            .Select(c => (c.GetProperty("likelihood").GetInt32(), c.GetProperty("impact").GetInt32(), c.GetProperty("score").GetInt32(), c.GetProperty("count").GetInt32()))
            .Should().Equal((2, 3, 6, 1), (4, 4, 16, 1));
        textExit.Should().Be(0);
        text.Should().Contain("Heat map of open threats to City of growth: 2").And.Contain("Heat map of open threats to Resilient city: 4");
        text.Should().MatchRegex(@"Resilient city: 4\n.*\n\s+5 Almost certain\s+\.\s+\.\s+\.\s+1\s+\.\n\s+4 Likely\s+\.\s+\.\s+\.\s+2\s+\.\n");
    }

    [Fact]
    public void RSK3_an_opportunity_has_no_rag_even_in_the_high_band()
    {
        // The format example's risk made an opportunity: assessed 4 × 5 = 20 on 2024-06-30, High (from 15, red for a threat).
        using var report = OpportunityRisks(_ => { });
        var line = report.RootElement.GetProperty("risks")[0];
        (line.GetProperty("kind").GetString(), line.GetProperty("score").GetInt32(), line.GetProperty("band").GetString()).Should().Be(("opportunity", 20, "High"));
        line.GetProperty("rag").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void RSK3_a_band_without_a_name_is_told_by_where_it_starts_and_an_opportunity_in_it_still_has_no_rag()
    {
        using var report = OpportunityRisks(document =>
        {
            foreach (var band in document["riskRegister"]!["matrix"]!["bands"]!.AsArray())
            {
                band!.AsObject().Remove("name");
            }
        });
        var line = report.RootElement.GetProperty("risks")[0];
        (line.GetProperty("score").GetInt32(), line.GetProperty("band").GetString()).Should().Be((20, "from 15"));
        line.GetProperty("rag").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void RSK8_two_bands_with_the_same_name_are_counted_apart_not_a_crash()
    {
        // Bands Low 1, High 8, High 15: the format allows the repeated name; the threat assessed 4 × 5 = 20 is in the second High.
        var document = JsonNode.Parse(File.ReadAllText(Splan.FormatExample))!;
        document["riskRegister"]!["matrix"]!["bands"]![1]!["name"] = "High";
        using var file = Splan.Write(document.ToJsonString());

        var (exit, output, error) = Splan.Run("risks", file.Path, "--as-of", "2025-03-31", "--format", "json");

        exit.Should().Be(0, error);
        using var report = JsonDocument.Parse(output);
        var byBand = report.RootElement.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("byBand")).First(b => b.EnumerateObject().Any());
        byBand.EnumerateObject().Select(p => p.Name).Should().Equal("Low", "High", "High (from 15)");
    }

    /// <summary>
    /// <c>splan risks --format json</c> at 2025-03-31 on the format example with its risk made an opportunity (exploit)
    /// and one more edit; the run must succeed.
    /// </summary>
    private static JsonDocument OpportunityRisks(Action<JsonNode> edit)
    {
        var document = JsonNode.Parse(File.ReadAllText(Splan.FormatExample))!;
        var risk = document["riskRegister"]!["risks"]![0]!;
        risk["kind"] = "opportunity";
        risk["treatment"] = "exploit";
        edit(document);
        using var file = Splan.Write(document.ToJsonString());

        var (exit, output, error) = Splan.Run("risks", file.Path, "--as-of", "2025-03-31", "--format", "json");

        exit.Should().Be(0, error);
        return JsonDocument.Parse(output);
    }
}

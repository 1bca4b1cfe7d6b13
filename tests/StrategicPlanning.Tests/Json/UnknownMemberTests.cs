using System.Text.Json.Nodes;
using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

public class UnknownMemberTests
{
    public static TheoryData<string> EveryObject => new()
    {
        "$",
        "$.organisation",
        "$.calendar",
        "$.plan",
        "$.plan.values[0]",
        "$.plan.stakeholders[0]",
        "$.plan.themes[0]",
        "$.plan.themes[0].outcomes[0]",
        "$.plan.themes[0].outcomes[0].measures[0]",
        "$.plan.themes[0].outcomes[0].measures[0].tolerance",
        "$.plan.themes[0].outcomes[0].measures[0].baseline",
        "$.plan.themes[0].outcomes[0].measures[0].targets[0]",
        "$.plan.themes[0].outcomes[0].measures[0].actuals[0]",
        "$.deliveryPlans[0]",
        "$.deliveryPlans[0].actions[0]",
        "$.deliveryPlans[0].actions[0].milestones[0]",
        "$.deliveryPlans[0].actions[0].updates[0]",
        "$.deliveryPlans[0].actions[0].estimatedCost[0]",
        "$.deliveryPlans[0].actions[0].funding[0]",
        "$.financialStrategy",
        "$.financialStrategy.lines[0]",
        "$.financialStrategy.lines[0].amounts[0]",
        "$.riskRegister",
        "$.riskRegister.matrix",
        "$.riskRegister.matrix.bands[0]",
        "$.riskRegister.appetite[0]",
        "$.riskRegister.risks[0]",
        "$.riskRegister.risks[0].inherent",
        "$.riskRegister.risks[0].target",
        "$.riskRegister.risks[0].assessments[0]",
        "$.reviews",
        "$.reviews.held[0]",
    };

    [Theory]
    [MemberData(nameof(EveryObject))]
    public void JSN2_an_unknown_member_at_every_level_is_kept_and_written_back(string path)
    {
        var node = Samples.FormatExampleNode();
        Find(node, path)["x-newer-app"] = JsonNode.Parse("""{ "rating": 4.50, "tags": ["a", null, true], "nested": { "deep": [] } }""");

        var document = PlanJson.Parse(node.ToJsonString());
        var written = JsonNode.Parse(PlanJson.Write(document))!;

        var kept = Find(written.AsObject(), path)["x-newer-app"];
        kept.Should().NotBeNull();
        kept!.ToJsonString().Should().Be("""{"rating":4.50,"tags":["a",null,true],"nested":{"deep":[]}}""");
        PlanJson.Parse(written.ToJsonString()).Should().Be(document);
    }

    [Fact]
    public void JSN2_unknown_members_are_exposed_on_the_model_in_their_order()
    {
        var node = Samples.FormatExampleNode();
        node.Measure()["x-b"] = 2;
        node.Measure()["x-a"] = "first";

        var measure = PlanJson.Parse(node.ToJsonString()).Plan.Themes[0].Outcomes[0].Measures[0];

        measure.Extensions.Keys.Should().Equal("x-b", "x-a");
        measure.Extensions["x-a"].GetString().Should().Be("first");
    }

    [Fact]
    public void JSN2_a_member_differing_only_in_case_from_a_known_one_is_kept_as_unknown()
    {
        var node = Samples.FormatExampleNode();
        node.Measure()["Title"] = "Other spelling";

        var measure = PlanJson.Parse(node.ToJsonString()).Plan.Themes[0].Outcomes[0].Measures[0];

        measure.Title.Should().Be("Household waste sent for reuse, recycling or composting");
        measure.Extensions["Title"].GetString().Should().Be("Other spelling");
    }

    private static JsonObject Find(JsonObject root, string path) => root.SelectPath(path).AsObject();
}

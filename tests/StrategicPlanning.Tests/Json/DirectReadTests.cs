using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>
/// Measures, actions and their lists are read straight into the model (Json/Leaves). Errors keep the paths, order
/// and wording the wire objects gave (VAL-1, VAL-4), and nothing is lost on the way back out (JSN-2).
/// </summary>
public class DirectReadTests
{
    private static PlanReadResult Read(Action<System.Text.Json.Nodes.JsonObject> edit)
    {
        var node = Samples.FormatExampleNode();
        edit(node);
        return PlanJson.Read(node.ToJsonString());
    }

    [Fact]
    public void VAL1_a_measure_missing_its_id_and_a_target_missing_its_value_report_both_in_order()
    {
        var result = Read(d => { d.Measure().Remove("id"); d.Measure()["targets"]![0]!.AsObject().Remove("value"); });

        result.Errors.Select(e => e.Path).Should().Equal(
            "$.plan.themes[0].outcomes[0].measures[0].id",
            "$.plan.themes[0].outcomes[0].measures[0].targets[0].value");
        result.Errors[1].Message.Should().Be("'value' is required for a target but is missing or null.");
    }

    [Fact]
    public void VAL4_a_wrong_type_deep_inside_a_measure_is_placed_at_its_member()
    {
        var result = Read(d => d.Measure()["tolerance"] = new System.Text.Json.Nodes.JsonObject { ["amberWithin"] = "x" });

        result.Errors.Should().ContainSingle().Which.Path.Should().Be("$.plan.themes[0].outcomes[0].measures[0].tolerance.amberWithin");
        result.Errors[0].Message.Should().Be("Expected a number, found a string.");
    }

    [Fact]
    public void VAL4_a_wrong_type_in_an_update_of_an_action_is_placed_at_its_member()
    {
        var result = Read(d => d.Action()["updates"]![0]!["percentComplete"] = true);

        result.Errors.Should().ContainSingle().Which.Path.Should().Be("$.deliveryPlans[0].actions[0].updates[0].percentComplete");
    }

    [Fact]
    public void VAL1_a_null_outcome_id_is_reported_only_for_an_otherwise_complete_action()
    {
        Read(d => d.Action()["outcomeIds"] = new System.Text.Json.Nodes.JsonArray((System.Text.Json.Nodes.JsonNode?)null))
            .Errors.Should().ContainSingle().Which.Path.Should().Be("$.deliveryPlans[0].actions[0].outcomeIds[0]");
        Read(d => { d.Action()["outcomeIds"] = new System.Text.Json.Nodes.JsonArray((System.Text.Json.Nodes.JsonNode?)null); d.Action().Remove("id"); })
            .Errors.Should().ContainSingle().Which.Path.Should().Be("$.deliveryPlans[0].actions[0].id");
    }

    [Fact]
    public void VAL4_a_member_repeated_inside_an_action_is_refused_with_its_name()
    {
        var text = Samples.FormatExampleText;
        var at = text.IndexOf("\"owner\"", text.IndexOf("\"actions\"", StringComparison.Ordinal), StringComparison.Ordinal);

        var result = PlanJson.Read(text[..at] + "\"owner\": \"x\", " + text[at..]);

        result.Errors.Should().ContainSingle().Which.Path.Should().Be("$.deliveryPlans[0].actions[0].owner");
        result.Errors[0].Message.Should().Be("The member 'owner' appears more than once in this object; each member may appear only once.");
    }

    [Fact]
    public void JSN1_member_names_written_with_escapes_are_read_as_the_same_members()
    {
        var text = Samples.FormatExampleText.Replace("\"period\": \"2024/25 Q1\"", "\"\\u0070eriod\": \"2024/25 Q1\"", StringComparison.Ordinal);

        var document = PlanJson.Parse(text);

        document.Plan.Themes[0].Outcomes[0].Measures[0].Actuals[0].Period.Should().Be("2024/25 Q1");
    }

    [Fact]
    public void JSN2_unknown_members_of_tolerances_updates_and_actions_are_kept_and_written_back()
    {
        var node = Samples.FormatExampleNode();
        node.Measure()["tolerance"] = new System.Text.Json.Nodes.JsonObject { ["amberWithin"] = 3, ["source"] = "Cabinet" };
        node.Action()["updates"]![0]!["by"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "PMO" };
        node.Action()["ragOverride"] = "amber";

        var document = PlanJson.Parse(node.ToJsonString());
        var again = PlanJson.Parse(PlanJson.Write(document));

        again.Should().Be(document);
        var action = again.DeliveryPlans[0].Actions[0];
        action.Extensions["ragOverride"].GetString().Should().Be("amber");
        action.Updates[0].Extensions["by"].GetProperty("name").GetString().Should().Be("PMO");
        again.Plan.Themes[0].Outcomes[0].Measures[0].Tolerance!.Extensions["source"].GetString().Should().Be("Cabinet");
        again.Plan.Themes[0].Outcomes[0].Measures[0].Tolerance!.AmberWithin.Should().Be(3m);
    }
}

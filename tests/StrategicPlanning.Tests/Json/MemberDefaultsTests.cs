using System.Text.Json.Nodes;
using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>
/// JSN-1: what an absent optional member reads as, and which empty lists are still written (the format's required
/// arrays), so that a document written and read again is the same document.
/// </summary>
public class MemberDefaultsTests
{
    [Fact]
    public void JSN1_an_absent_flag_reads_as_false()
    {
        // In the format example the action is a must do; the theme and measure say false outright.
        var document = Samples.FormatExampleWith(d =>
        {
            d["plan"]!["themes"]![0]!.AsObject().Remove("crossCutting");
            d.Measure().Remove("mustDo");
            d.Action().Remove("mustDo");
        });

        var theme = document.Plan.Themes[0];
        (theme.CrossCutting, theme.Outcomes[0].Measures[0].MustDo, document.DeliveryPlans[0].Actions[0].MustDo).Should().Be((false, false, false));
    }

    [Fact]
    public void JSN1_a_plan_without_themes_and_an_action_without_outcome_ids_still_write_both_lists()
    {
        var document = Samples.FormatExampleWith(d =>
        {
            d["plan"]!["themes"] = new JsonArray();
            d.Action()["outcomeIds"] = new JsonArray();
            d.Action()["milestones"] = new JsonArray();
        });

        var written = JsonNode.Parse(PlanJson.Write(document))!;

        written["plan"]!["themes"]!.AsArray().Should().BeEmpty();
        var action = written["deliveryPlans"]![0]!["actions"]![0]!.AsObject();
        action["outcomeIds"]!.AsArray().Should().BeEmpty();
        action.ContainsKey("milestones").Should().BeFalse("an empty optional list is left out");
    }
}

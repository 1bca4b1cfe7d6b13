using System.Text.Json.Nodes;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Validation;

/// <summary>VAL-2 on every kind of item that carries an id: the path, the kind in the message and the area of each issue.</summary>
public class IdCheckTests
{
    private const string Allowed = "an id starts with a letter or digit, continues with letters, digits, '.', '_' or '-', and is at most 64 characters (VAL-2).";

    private static IReadOnlyList<ValidationIssue> Issues(Action<JsonObject> edit) => PlanValidator.Validate(Samples.FormatExampleWith(edit)).Issues;

    [Fact]
    public void VAL2_an_id_that_is_not_allowed_is_reported_on_every_kind_of_item_in_document_order()
    {
        // Each id gets a space: "x y" is not an id. References to them break too; only SP1001 is looked at here.
        var issues = Issues(d =>
        {
            string[] paths =
            [
                "$.plan", "$.plan.themes[0]", "$.plan.themes[0].outcomes[0]", "$.plan.themes[0].outcomes[0].measures[0]",
                "$.deliveryPlans[0]", "$.deliveryPlans[0].actions[0]", "$.deliveryPlans[0].actions[0].milestones[0]",
                "$.financialStrategy", "$.financialStrategy.lines[0]", "$.riskRegister", "$.riskRegister.risks[0]",
            ];
            for (var i = 0; i < paths.Length; i++)
            {
                d.SelectPath(paths[i]).AsObject()["id"] = $"x {i}";
            }
        });

        issues.Where(i => i.Code == ValidationCodes.InvalidId).Select(i => (i.Path, i.Area, i.Message)).Should().Equal(
            ("$.plan.id", ValidationArea.Plan, "The plan id 'x 0' is not allowed: " + Allowed),
            ("$.plan.themes[0].id", ValidationArea.Plan, "The theme id 'x 1' is not allowed: " + Allowed),
            ("$.plan.themes[0].outcomes[0].id", ValidationArea.Plan, "The outcome id 'x 2' is not allowed: " + Allowed),
            ("$.plan.themes[0].outcomes[0].measures[0].id", ValidationArea.Measures, "The measure id 'x 3' is not allowed: " + Allowed),
            ("$.deliveryPlans[0].id", ValidationArea.Delivery, "The delivery plan id 'x 4' is not allowed: " + Allowed),
            ("$.deliveryPlans[0].actions[0].id", ValidationArea.Delivery, "The action id 'x 5' is not allowed: " + Allowed),
            ("$.deliveryPlans[0].actions[0].milestones[0].id", ValidationArea.Delivery, "The milestone id 'x 6' is not allowed: " + Allowed),
            ("$.financialStrategy.id", ValidationArea.Finance, "The financial strategy id 'x 7' is not allowed: " + Allowed),
            ("$.financialStrategy.lines[0].id", ValidationArea.Finance, "The budget line id 'x 8' is not allowed: " + Allowed),
            ("$.riskRegister.id", ValidationArea.Risks, "The risk register id 'x 9' is not allowed: " + Allowed),
            ("$.riskRegister.risks[0].id", ValidationArea.Risks, "The risk id 'x 10' is not allowed: " + Allowed));
    }

    [Fact]
    public void VAL2_a_repeated_id_is_filed_under_the_area_of_the_item_that_repeats_it()
    {
        // Every id below repeats the plan's id, so each is reported where it stands, pointing at the plan's.
        var issues = Issues(d =>
        {
            d.Measure()["id"] = "council-plan-2022-25";
            d["deliveryPlans"]![0]!["id"] = "council-plan-2022-25";
            d["financialStrategy"]!["id"] = "council-plan-2022-25";
            d["riskRegister"]!["id"] = "council-plan-2022-25";
            d["plan"]!["themes"]![0]!["id"] = "council-plan-2022-25";
        });

        const string Used = "' is already used at $.plan.id; ids must be unique across the whole document (VAL-2).";
        issues.Where(i => i.Code == ValidationCodes.DuplicateId).Select(i => (i.Path, i.Area, i.Message)).Should().Equal(
            ("$.plan.themes[0].id", ValidationArea.Plan, "The theme id 'council-plan-2022-25" + Used),
            ("$.plan.themes[0].outcomes[0].measures[0].id", ValidationArea.Measures, "The measure id 'council-plan-2022-25" + Used),
            ("$.deliveryPlans[0].id", ValidationArea.Delivery, "The delivery plan id 'council-plan-2022-25" + Used),
            ("$.financialStrategy.id", ValidationArea.Finance, "The financial strategy id 'council-plan-2022-25" + Used),
            ("$.riskRegister.id", ValidationArea.Risks, "The risk register id 'council-plan-2022-25" + Used));
    }

    [Theory]
    [InlineData(80, false)]
    [InlineData(81, true)]
    public void VAL2_an_id_too_long_to_quote_whole_is_cut_to_77_characters_and_an_ellipsis(int length, bool cut)
    {
        var id = new string('a', length);

        var message = Issues(d => d["plan"]!["themes"]![0]!["id"] = id).Single(i => i.Code == ValidationCodes.InvalidId).Message;

        message.Should().Be($"The theme id '{(cut ? new string('a', 77) + "..." : id)}' is not allowed: " + Allowed);
    }

    [Fact]
    public void VAL2_ids_that_are_each_fine_but_equal_across_the_strategy_and_register_are_still_found()
    {
        // The fast path that collects ids without paths must refuse these too, or no walk would report them.
        var issues = Issues(d => d["riskRegister"]!["id"] = "mtfs-2024-28");

        issues.Where(i => i.Code == ValidationCodes.DuplicateId).Select(i => (i.Path, i.Message)).Should().Equal(
            ("$.riskRegister.id", "The risk register id 'mtfs-2024-28' is already used at $.financialStrategy.id; ids must be unique across the whole document (VAL-2)."));
    }

    [Fact]
    public void VAL2_a_reference_to_an_id_of_another_kind_names_nothing()
    {
        // "green" is a theme, "green.air" an outcome, "a.cycle-routes" an action: each listed where another kind belongs.
        var issues = PlanValidator.Validate(Samples.FormatExampleWith(d =>
        {
            d.Action()["outcomeIds"] = new JsonArray("green", "green.air");
            d.Risk()["themeIds"] = new JsonArray("green.air");
            d.Risk()["outcomeIds"] = new JsonArray("a.cycle-routes");
            d.Risk()["mitigationActionIds"] = new JsonArray("green");
        })).Issues;

        issues.Select(i => (i.Code, i.Path)).Should().Equal(
            (ValidationCodes.UnknownOutcome, "$.deliveryPlans[0].actions[0].outcomeIds[0]"),
            (ValidationCodes.UnknownTheme, "$.riskRegister.risks[0].themeIds[0]"),
            (ValidationCodes.UnknownOutcome, "$.riskRegister.risks[0].outcomeIds[0]"),
            (ValidationCodes.UnknownAction, "$.riskRegister.risks[0].mitigationActionIds[0]"));
    }

    [Fact]
    public void VAL2_a_financial_strategy_and_a_risk_register_may_go_without_an_id()
    {
        Issues(d =>
        {
            d["financialStrategy"]!.AsObject().Remove("id");
            d["riskRegister"]!.AsObject().Remove("id");
        }).Should().BeEmpty();
    }
}

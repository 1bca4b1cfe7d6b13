using System.Text.Json.Nodes;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Validation;

/// <summary>VAL-3 and CAL-3 on the plan, its delivery plans and measures: each edit's issues, exactly.</summary>
public class ItemCheckTests
{
    private const string Action = "$.deliveryPlans[0].actions[0]";
    private const string Measure = "$.plan.themes[0].outcomes[0].measures[0]";
    private const string Dates = "; dates must fall in 0004-01-01 to 9997-12-31, the dates every rule can work from (VAL-3).";

    private static IEnumerable<(string Code, string Path, string Message)> Issues(Action<JsonObject> edit) => Samples.FormatExampleIssuesWith(edit);

    [Fact]
    public void VAL3_every_date_of_the_plan_and_its_delivery_is_checked_where_it_stands()
    {
        var issues = Issues(d =>
        {
            d["plan"]!["approved"] = "0003-01-01";
            d["deliveryPlans"]![0]!["approved"] = "9998-01-01";
            d.Action()["milestones"]![0]!["due"] = "0003-02-01";
            d.Action()["milestones"]![0]!["completed"] = "9998-02-01";
        });

        issues.Should().Equal(
            (ValidationCodes.DateOutOfRange, "$.plan.approved", "approved is 0003-01-01" + Dates),
            (ValidationCodes.DateOutOfRange, "$.deliveryPlans[0].approved", "approved is 9998-01-01" + Dates),
            (ValidationCodes.DateOutOfRange, Action + ".milestones[0].due", "due is 0003-02-01" + Dates),
            (ValidationCodes.DateOutOfRange, Action + ".milestones[0].completed", "completed is 9998-02-01" + Dates));
    }

    [Fact]
    public void VAL3_an_action_or_plan_may_end_on_the_day_it_starts_but_not_before()
    {
        Issues(d =>
        {
            d.Action()["due"] = "2024-04-01";
            d["plan"]!["end"] = "2022-04-01";
        }).Where(i => i.Code == ValidationCodes.DatesOutOfOrder).Should().BeEmpty();

        Issues(d => d["plan"]!["end"] = "2022-03-31").Where(i => i.Code == ValidationCodes.DatesOutOfOrder).Should().Equal(
            (ValidationCodes.DatesOutOfOrder, "$.plan.end", "The plan ends on 2022-03-31, before it starts on 2022-04-01; the end must be on or after the start (VAL-3)."));
    }

    [Theory]
    [InlineData("2024/25 Q1", ValidationCodes.WrongPeriodKind, "'2024/25 Q1' is a quarter, but a delivery plan's year must name a financial year (CAL-3).")]
    [InlineData("2024", ValidationCodes.InvalidPeriodLabel, "'2024' is written for a calendar-year financial year, but this calendar's year starts in month 4 (CAL-3): write '2024/25'.")]
    public void CAL3_a_delivery_plan_is_for_one_financial_year(string year, string code, string message)
    {
        var issue = Issues(d => d["deliveryPlans"]![0]!["year"] = year).Should().ContainSingle().Subject;

        (issue.Code, issue.Path, issue.Message.StartsWith(message, StringComparison.Ordinal)).Should().Be((code, "$.deliveryPlans[0].year", true), issue.Message);
    }

    [Fact]
    public void VAL3_negative_weights_name_the_kind_of_item()
    {
        var issues = Issues(d =>
        {
            d["plan"]!["themes"]![0]!["weight"] = -1;
            d["plan"]!["themes"]![0]!["outcomes"]![0]!["weight"] = -2;
            d.Action()["weight"] = -3;
        });

        issues.Where(i => i.Code == ValidationCodes.NegativeWeight).Should().Equal(
            (ValidationCodes.NegativeWeight, "$.plan.themes[0].weight", "The theme's weight is -1; a weight must be 0 or more (VAL-3). Use 0 to leave it out of its parent's score."),
            (ValidationCodes.NegativeWeight, "$.plan.themes[0].outcomes[0].weight", "The outcome's weight is -2; a weight must be 0 or more (VAL-3). Use 0 to leave it out of its parent's score."),
            (ValidationCodes.NegativeWeight, Action + ".weight", "The action's weight is -3; a weight must be 0 or more (VAL-3). Use 0 to leave it out of its parent's score."));
    }

    [Fact]
    public void VAL3_AGG3_siblings_without_a_positive_weight_are_named_by_their_parent()
    {
        // The outcome's children are its measure and the action naming it: both weight 0. The theme's one outcome too.
        var issues = Issues(d =>
        {
            d["plan"]!["themes"]![0]!["outcomes"]![0]!["weight"] = 0;
            d.Measure()["weight"] = 0;
            d.Action()["weight"] = 0;
        });

        issues.Should().Equal(
            (ValidationCodes.NoPositiveWeight, "$.plan.themes[0].outcomes", "The only one of the outcomes of theme 'green' has no positive weight; at least one must be positive so that a score can be computed (VAL-3, AGG-3)."),
            (ValidationCodes.NoPositiveWeight, "$.plan.themes[0].outcomes[0]", "None of the 2 measures and actions of outcome 'green.air' has a positive weight; at least one must be positive so that a score can be computed (VAL-3, AGG-3)."));
    }

    [Fact]
    public void VAL3_a_plan_without_themes_has_no_siblings_to_weigh()
    {
        var issues = Issues(d =>
        {
            d["plan"]!["themes"] = new JsonArray();
            d.Remove("deliveryPlans");
            d.Risk()["themeIds"] = new JsonArray();
            d.Risk()["mitigationActionIds"] = new JsonArray();
        });

        // Only the budget line, now with no action to fund, is reported (FIN-5): no SP1302 for the empty list of themes.
        issues.Select(i => i.Code).Should().Equal(ValidationCodes.UnallocatedLine);
    }

    [Fact]
    public void MEA1_a_baseline_names_a_period_and_holds_an_exact_value()
    {
        var issues = Issues(d =>
        {
            d.Measure()["baseline"]!["period"] = "2023-24";
            d.Measure()["baseline"]!["value"] = 2_000_000_000_000_000m;
        });

        issues.Select(i => (i.Code, i.Path)).Should().Equal(
            (ValidationCodes.InvalidPeriodLabel, Measure + ".baseline.period"),
            (ValidationCodes.ValueOutOfRange, Measure + ".baseline.value"));
    }
}

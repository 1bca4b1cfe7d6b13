using System.Text.Json.Nodes;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Validation;

/// <summary>VAL-1 to VAL-3 through the validator's front door: its guards, validity with warnings, and paths after a fault.</summary>
public class ValidatorSurfaceTests
{
    private static IEnumerable<(string Code, string Path)> Issues(Action<JsonObject> edit) =>
        PlanValidator.Validate(Samples.FormatExampleWith(edit)).Issues.Select(i => (i.Code, i.Path));

    [Fact]
    public void VAL1_the_validator_refuses_null_by_name()
    {
        FluentActions.Invoking(() => PlanValidator.Validate(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("document");
        FluentActions.Invoking(() => PlanValidator.IsValidId(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("id");
    }

    [Fact]
    public void VAL1_a_document_with_warnings_only_is_valid_and_one_with_an_error_is_not()
    {
        var warned = PlanValidator.Validate(Samples.FormatExampleWith(d => d.Action()["estimatedCost"]![0]!["amount"] = 250_000.01m));
        var wrong = PlanValidator.Validate(Samples.FormatExampleWith(d => d["currency"] = "pounds"));

        (warned.IsValid, warned.Issues.Single().Severity, warned.Errors.Count).Should().Be((true, ValidationSeverity.Warning, 0));
        (wrong.IsValid, wrong.Errors.Single().Code).Should().Be((false, ValidationCodes.InvalidCurrency));
    }

    [Fact]
    public void VAL1_the_path_after_a_calendar_fault_is_not_inside_the_calendar()
    {
        Issues(d =>
        {
            d["calendar"]!["yearStartMonth"] = 13;
            d["plan"]!["approved"] = "0003-01-01";
        }).Should().Equal(
            (ValidationCodes.InvalidYearStartMonth, "$.calendar.yearStartMonth"),
            (ValidationCodes.DateOutOfRange, "$.plan.approved"));
    }

    [Fact]
    public void FIN3_each_over_allocated_year_of_a_line_is_reported_at_its_amount_in_year_order()
    {
        // Allocated 2025/26 first: reports still come in year order, each at its own amount.
        Issues(d => d.Action()["funding"] = new JsonArray(
            new JsonObject { ["lineId"] = "cap.transport", ["year"] = "2025/26", ["amount"] = 900_000.01m },
            new JsonObject { ["lineId"] = "cap.transport", ["year"] = "2024/25", ["amount"] = 1_200_000.01m }))
            .Where(i => i.Code == ValidationCodes.OverAllocatedLine).Should().Equal(
                (ValidationCodes.OverAllocatedLine, "$.financialStrategy.lines[0].amounts[0].amount"),
                (ValidationCodes.OverAllocatedLine, "$.financialStrategy.lines[0].amounts[1].amount"));
    }

    [Fact]
    public void VAL2_references_are_checked_the_same_way_when_a_repeated_id_rules_out_the_fast_lookup()
    {
        // The repeated line id makes the checks look ids up through the index instead of the collected ids.
        Issues(d =>
        {
            d["financialStrategy"]!["lines"]!.AsArray().Add(new JsonObject { ["id"] = "cap.transport", ["name"] = "Again", ["kind"] = "capital", ["amounts"] = new JsonArray() });
            d.Risk()["themeIds"] = new JsonArray("green", "blue");
            d.Risk()["mitigationActionIds"] = new JsonArray("a.cycle-routes", "a.none");
        }).Should().Equal(
            (ValidationCodes.DuplicateId, "$.financialStrategy.lines[1].id"),
            (ValidationCodes.UnknownTheme, "$.riskRegister.risks[0].themeIds[1]"),
            (ValidationCodes.UnknownAction, "$.riskRegister.risks[0].mitigationActionIds[1]"));
    }

    [Fact]
    public void VAL3_a_plan_of_one_day_is_a_usable_period_to_check_against()
    {
        Issues(d =>
        {
            d["plan"]!["start"] = "2024-06-30";
            d["plan"]!["end"] = "2024-06-30";
        }).Where(i => i.Code == ValidationCodes.TargetOutsidePlan).Should().Equal(
            (ValidationCodes.TargetOutsidePlan, "$.plan.themes[0].outcomes[0].measures[0].targets[1].period"));
    }

    [Fact]
    public void AGG1_VAL3_an_outcome_with_neither_measures_nor_actions_has_no_siblings_to_weigh()
    {
        Issues(d => d["plan"]!["themes"]![0]!["outcomes"]!.AsArray().Add(new JsonObject { ["id"] = "green.quiet", ["title"] = "Quiet" }))
            .Should().BeEmpty();
    }

    [Fact]
    public void AGG1_VAL3_only_an_action_naming_the_outcome_itself_counts_among_its_children()
    {
        // The measure weighs 0. An action weighing 1 that names the outcome gives it a positive child; one that
        // names the theme "green" instead gives it none (and names no outcome at all, SP1003).
        var namesOutcome = Issues(d => d.Measure()["weight"] = 0);
        var namesTheme = Issues(d =>
        {
            d.Measure()["weight"] = 0;
            d.Action()["outcomeIds"] = new JsonArray("green");
        });

        namesOutcome.Should().BeEmpty();
        namesTheme.Should().Equal(
            (ValidationCodes.NoPositiveWeight, "$.plan.themes[0].outcomes[0]"),
            (ValidationCodes.UnknownOutcome, "$.deliveryPlans[0].actions[0].outcomeIds[0]"));
    }
}

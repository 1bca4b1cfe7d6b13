using CsCheck;
using StrategicPlanning.Calendar;
using StrategicPlanning.Finance;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Finance;

public class FinanceValidationTests
{
    [Fact]
    public void FIN2_an_allocation_must_be_more_than_zero()
    {
        var issues = PlanValidator.Validate(Samples.FormatExampleWith(d => d.Action()["funding"]![0]!["amount"] = -5)).Issues;

        issues.Should().ContainSingle(i => i.Code == ValidationCodes.AllocationNotPositive).Which.Path.Should().Be("$.deliveryPlans[0].actions[0].funding[0].amount");
    }

    [Fact]
    public void FIN1_negative_amounts_a_bad_currency_a_year_outside_the_MTFS_and_duplicate_line_ids_are_errors_with_paths()
    {
        var issues = PlanValidator.Validate(Samples.FormatExampleWith(d =>
        {
            d["currency"] = "Sterling";
            d.Line()["amounts"]![1]!["amount"] = -900000;
            d.Line()["amounts"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["year"] = "2030/31", ["amount"] = 1 });
            d["financialStrategy"]!["lines"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "id": "cap.transport", "name": "Again", "kind": "capital" }"""));
        })).Issues;

        issues.Select(i => (i.Code, i.Path)).Should().Contain(new[]
        {
            (ValidationCodes.InvalidCurrency, "$.currency"),
            (ValidationCodes.NegativeAmount, "$.financialStrategy.lines[0].amounts[1].amount"),
            (ValidationCodes.LineYearOutsideHorizon, "$.financialStrategy.lines[0].amounts[2].year"),
            (ValidationCodes.DuplicateId, "$.financialStrategy.lines[1].id"),
        });
    }

    [Fact]
    public void FIN7_amounts_with_more_than_two_decimal_places_are_read_exactly()
    {
        var document = Samples.FormatExampleWith(d => d.Action()["funding"]![0]!["amount"] = 250000.12345m);

        document.DeliveryPlans[0].Actions[0].Funding[0].Amount.Should().Be(250000.12345m);
        FinanceRules.Evaluate(document).GetValueOrThrow().For(PeriodLabel.Parse("2024/25"))!.Allocated.Should().Be(250000.12345m);
    }
}

using System.Text.Json.Nodes;
using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Delivery;
using StrategicPlanning.Finance;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;
using StrategicPlanning.Reviews;
using StrategicPlanning.Risks;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Validation;

/// <summary>
/// VAL-1 through every front door: a family refuses a document with an error in what it reads, and only then; errors
/// elsewhere do not stop it. One edit of the format example per area, each checked first to be the error it means.
/// </summary>
public class RuleGateTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);

    public static TheoryData<string, string> BrokenAreas() => new()
    {
        { "document", ValidationCodes.InvalidYearStartMonth },
        { "measures", ValidationCodes.DuplicateActual },
        { "delivery", ValidationCodes.PercentOutOfRange },
        { "finance", ValidationCodes.OverAllocatedLine },
        { "risks", ValidationCodes.RatingOutsideMatrix },
        { "reviews", ValidationCodes.InvalidCadence },
    };

    [Theory]
    [MemberData(nameof(BrokenAreas))]
    public void VAL1_each_family_refuses_exactly_the_errors_in_what_it_reads(string area, string code)
    {
        var document = Broken(area);
        var errors = PlanValidator.Validate(document).Errors;
        errors.Should().ContainSingle().Which.Code.Should().Be(code, "the edit must make the one error the case is about");

        var refused = new Dictionary<string, bool>
        {
            ["measures"] = !MeasureRules.Evaluate(document, AsOf).Succeeded,
            ["delivery"] = !DeliveryRules.Evaluate(document, AsOf).Succeeded,
            ["aggregation"] = !AggregationRules.Evaluate(document, AsOf).Succeeded,
            ["finance"] = !FinanceRules.Evaluate(document).Succeeded,
            ["risks"] = !RiskRules.Evaluate(document, AsOf).Succeeded,
            ["reviews"] = !ReviewRules.Evaluate(document, AsOf).Succeeded,
        };

        refused.Where(r => r.Value).Select(r => r.Key).Should().BeEquivalentTo(ExpectedRefusals(area));
    }

    [Fact]
    public void VAL1_a_refusal_carries_the_errors_and_says_what_could_not_be_done()
    {
        var result = AggregationRules.Evaluate(Broken("measures"), AsOf);

        result.Value.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Path.Should().Be("$.plan.themes[0].outcomes[0].measures[0].actuals[1].period");
        result.Invoking(r => r.GetValueOrThrow()).Should().Throw<InvalidOperationException>()
            .WithMessage("The document cannot be scored: error SP1201 $.plan.themes[0].outcomes[0].measures[0].actuals[1].period:*");
    }

    [Fact]
    public void FIN3_finance_refuses_money_errors_and_keeps_warnings_and_information_in_its_report()
    {
        var refused = FinanceRules.Evaluate(Broken("finance"));
        var warned = FinanceRules.Evaluate(Samples.FormatExampleWith(d => d.Action()["estimatedCost"]![0]!["amount"] = 300_000)).GetValueOrThrow();

        refused.Errors.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.OverAllocatedLine);
        warned.Issues.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.UnderfundedAction);
    }

    [Fact]
    public void VAL1_the_validation_is_remembered_for_the_document_and_not_for_a_changed_copy()
    {
        var document = Samples.FormatExample();
        var first = PlanValidator.Validate(document);

        PlanValidator.Remembered(document).Should().BeSameAs(first);
        var copy = document with { Currency = "pounds" };
        PlanValidator.Remembered(copy).Errors.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.InvalidCurrency);
        PlanValidator.Remembered(document).Should().BeSameAs(first);
    }

    [Fact]
    public void Every_front_door_refuses_an_as_of_date_outside_the_one_range()
    {
        var document = Samples.FormatExample();
        var early = new LocalDate(3, 12, 31);

        foreach (var call in new Action[]
        {
            () => MeasureRules.Evaluate(document, early),
            () => DeliveryRules.Evaluate(document, early),
            () => AggregationRules.Evaluate(document, early),
            () => RiskRules.Evaluate(document, early),
            () => ReviewRules.Evaluate(document, early),
        })
        {
            call.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*from 0004-01-01 to 9997-12-31*");
        }
    }

    /// <summary>Who reads what: reviews read measures, actions and risks (REV-7); risks read the actions mitigating them.</summary>
    private static string[] ExpectedRefusals(string area) => area switch
    {
        "document" => ["measures", "delivery", "aggregation", "finance", "risks", "reviews"],
        "measures" => ["measures", "aggregation", "reviews"],
        "delivery" => ["delivery", "aggregation", "risks", "reviews"],
        "finance" => ["finance"],
        "risks" => ["risks", "reviews"],
        _ => ["reviews"],
    };

    private static PlanDocument Broken(string area) => Samples.FormatExampleWith(d =>
    {
        switch (area)
        {
            case "document":
                d["calendar"]!["yearStartMonth"] = 13;
                break;
            case "measures":
                d.Measure()["actuals"]!.AsArray().Add(new JsonObject { ["period"] = "2024/25 Q1", ["value"] = 40 });
                break;
            case "delivery":
                d.Action()["updates"]![0]!["percentComplete"] = 150;
                break;
            case "finance":
                d.Action()["funding"]![0]!["amount"] = 1_200_001;
                d.Action()["estimatedCost"]![0]!["amount"] = 1_200_001;
                break;
            case "risks":
                d.Risk()["inherent"]!["likelihood"] = 9;
                break;
            case "reviews":
                d["reviews"]!["cadence"] = "P0D";
                break;
        }
    });
}

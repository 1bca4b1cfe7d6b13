using System.Text.Json.Nodes;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Validation;

/// <summary>FIN-1 to FIN-3 and CAL-3 on the money of the format example: every issue an edit raises, exactly.</summary>
public class FinanceCheckTests
{
    private const string Action = "$.deliveryPlans[0].actions[0]";
    private const string Line = "$.financialStrategy.lines[0]";

    private static IEnumerable<(string Code, string Path, string Message)> Issues(Action<JsonObject> edit) => Samples.FormatExampleIssuesWith(edit);

    [Theory]
    [InlineData("GBp", true)]
    [InlineData("GBPX", true)]
    [InlineData("GB", true)]
    [InlineData("EUR", false)]
    public void FIN1_a_currency_is_three_capital_letters(string currency, bool refused) =>
        Issues(d => d["currency"] = currency).Should().Equal(refused
            ? [(ValidationCodes.InvalidCurrency, "$.currency", $"The currency '{currency}' is not an ISO 4217 code: use three capital letters, e.g. \"GBP\" (FIN-1).")]
            : []);

    [Fact]
    public void CAL3_FIN1_every_year_of_the_money_must_be_a_financial_year()
    {
        var issues = Issues(d =>
        {
            d["financialStrategy"]!["years"] = new JsonArray("2024/25", "2025/26", "2026/27 Q1", "2026/27", "2027/28");
            d.Line()["amounts"]![1]!["year"] = "2025-06";
            d.Action()["estimatedCost"]![0]!["year"] = "2024/25 Q2";
            d.Action()["funding"]![0]!["year"] = "2024/25 Q3";
        });

        issues.Should().Equal(
            (ValidationCodes.WrongPeriodKind, "$.financialStrategy.years[2]", "'2026/27 Q1' is a quarter, but an MTFS year must name a financial year (CAL-3)."),
            (ValidationCodes.WrongPeriodKind, Line + ".amounts[1].year", "'2025-06' is a month, but the year of a budget amount must name a financial year (CAL-3)."),
            (ValidationCodes.WrongPeriodKind, Action + ".estimatedCost[0].year", "'2024/25 Q2' is a quarter, but the year of an estimated cost must name a financial year (CAL-3)."),
            (ValidationCodes.WrongPeriodKind, Action + ".funding[0].year", "'2024/25 Q3' is a quarter, but the year of an allocation must name a financial year (CAL-3)."),
            (ValidationCodes.UnallocatedLine, Line, "Budget line 'cap.transport' has money (£1,200,000 over the MTFS) and no allocation to any action that can be placed in an MTFS year: it is not aligned to the plan (FIN-5)."));
    }

    [Fact]
    public void FIN1_FIN3_years_out_of_order_are_reported_and_listed_in_order_in_other_messages()
    {
        var issues = Issues(d =>
        {
            d["financialStrategy"]!["years"] = new JsonArray("2025/26", "2024/25", "2024/25");
            d.Action()["funding"]![0]!["year"] = "2027/28";
        });

        issues.Should().Equal(
            (ValidationCodes.YearsNotConsecutive, "$.financialStrategy.years[1]", "'2024/25' does not follow '2025/26'; the MTFS years must be consecutive financial years in order, each once (FIN-1)."),
            (ValidationCodes.YearsNotConsecutive, "$.financialStrategy.years[2]", "'2024/25' does not follow '2024/25'; the MTFS years must be consecutive financial years in order, each once (FIN-1)."),
            (ValidationCodes.AllocationOutsideHorizon, Action + ".funding[0].year", "The allocation is for 2027/28, outside the MTFS years (2024/25, 2025/26) (FIN-3)."),
            (ValidationCodes.UnderfundedAction, Action + ".estimatedCost[0]", "The action's estimated cost in 2024/25 is £250,000, but it is allocated only £0 on revenue and capital lines: underfunded by £250,000 (FIN-4)."),
            (ValidationCodes.UnallocatedLine, Line, "Budget line 'cap.transport' has money (£2,100,000 over the MTFS) and no allocation to any action that can be placed in an MTFS year: it is not aligned to the plan (FIN-5)."));
    }

    [Fact]
    public void FIN1_FIN3_an_MTFS_of_no_years_says_so()
    {
        var issues = Issues(d => d["financialStrategy"]!["years"] = new JsonArray());

        issues.Should().Equal(
            (ValidationCodes.LineYearOutsideHorizon, Line + ".amounts[0].year", "2024/25 is not one of the MTFS years (none) (FIN-1)."),
            (ValidationCodes.LineYearOutsideHorizon, Line + ".amounts[1].year", "2025/26 is not one of the MTFS years (none) (FIN-1)."),
            (ValidationCodes.AllocationOutsideHorizon, Action + ".funding[0].year", "The allocation is for 2024/25, but the MTFS covers no years (FIN-3)."),
            (ValidationCodes.UnderfundedAction, Action + ".estimatedCost[0]", "The action's estimated cost in 2024/25 is £250,000, but it is allocated only £0 on revenue and capital lines: underfunded by £250,000 (FIN-4)."),
            (ValidationCodes.UnallocatedLine, Line, "Budget line 'cap.transport' has money (£2,100,000 over the MTFS) and no allocation to any action that can be placed in an MTFS year: it is not aligned to the plan (FIN-5)."));
    }

    [Fact]
    public void FIN3_an_allocation_in_a_document_without_an_MTFS_names_the_missing_strategy()
    {
        var issues = Issues(d => d.Remove("financialStrategy"));

        issues.Should().Contain((ValidationCodes.UnknownBudgetLine, Action + ".funding[0].lineId",
            "The allocation names budget line 'cap.transport', but the document has no financialStrategy (FIN-3)."));
    }

    [Fact]
    public void FIN7_an_amount_beyond_the_exact_range_is_reported_as_that_alone()
    {
        // Negative and beyond ±10^15: only SP1010, not also "negative" (SP1503) or "not positive" (SP1504).
        var issues = Issues(d =>
        {
            d.Action()["estimatedCost"]![0]!["amount"] = -2_000_000_000_000_000m;
            d.Action()["funding"]![0]!["amount"] = -2_000_000_000_000_000m;
        });

        issues.Select(i => (i.Code, i.Path)).Should().Equal(
            (ValidationCodes.ValueOutOfRange, Action + ".estimatedCost[0].amount"),
            (ValidationCodes.ValueOutOfRange, Action + ".funding[0].amount"),
            (ValidationCodes.UnallocatedLine, Line));
    }

    [Fact]
    public void FIN5_a_savings_line_without_allocations_has_savings_to_find_and_a_line_of_zeros_has_nothing()
    {
        // Savings of £1 and £2 (and £0) make £3; a line whose amounts are all 0 holds no money to align.
        var issues = Issues(d => d["financialStrategy"]!["lines"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "sav.back-office", ["name"] = "Back office savings", ["kind"] = "savings",
            ["amounts"] = new JsonArray(Money("2024/25", 1), Money("2025/26", 2), Money("2026/27", 0)),
        }));
        var zeros = Issues(d => d["financialStrategy"]!["lines"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "rev.none", ["name"] = "Nothing", ["kind"] = "revenue", ["amounts"] = new JsonArray(Money("2024/25", 0)),
        }));

        issues.Should().Equal((ValidationCodes.UnallocatedLine, "$.financialStrategy.lines[1]",
            "Budget line 'sav.back-office' has savings to find (£3 over the MTFS) and no allocation to any action that can be placed in an MTFS year: it is not aligned to the plan (FIN-5)."));
        zeros.Should().BeEmpty();
    }

    [Fact]
    public void FIN4_an_action_costing_nothing_needs_no_funding_and_a_funded_first_year_does_not_hide_a_second()
    {
        var free = Issues(d =>
        {
            d.Action()["estimatedCost"]![0]!["amount"] = 0;
            d.Action().Remove("funding");
        });
        var twoYears = Issues(d => d.Action()["estimatedCost"]!.AsArray().Add(Money("2025/26", 10)));

        free.Should().Equal((ValidationCodes.UnallocatedLine, Line,
            "Budget line 'cap.transport' has money (£2,100,000 over the MTFS) and no allocation to any action that can be placed in an MTFS year: it is not aligned to the plan (FIN-5)."));
        twoYears.Should().Equal((ValidationCodes.UnderfundedAction, Action + ".estimatedCost[1]",
            "The action's estimated cost in 2025/26 is £10, but it is allocated only £0 on revenue and capital lines: underfunded by £10 (FIN-4)."));
    }

    [Fact]
    public void FIN4_estimates_for_one_year_add_up_and_four_years_are_each_reported_in_order()
    {
        // Two estimates for 2024/25 make £260,000 against £250,000 funded: one report, at the first of them.
        var sameYear = Issues(d => d.Action()["estimatedCost"] = new JsonArray(Money("2024/25", 200_000), Money("2024/25", 60_000)));
        // Four years, each £1 more than funded (only 2024/25 is funded, with £250,000).
        var fourYears = Issues(d => d.Action()["estimatedCost"] = new JsonArray(
            Money("2027/28", 1), Money("2026/27", 1), Money("2025/26", 1), Money("2024/25", 250_001)));

        sameYear.Should().Equal((ValidationCodes.UnderfundedAction, Action + ".estimatedCost[0]",
            "The action's estimated cost in 2024/25 is £260,000, but it is allocated only £250,000 on revenue and capital lines: underfunded by £10,000 (FIN-4)."));
        fourYears.Select(i => i.Path).Should().Equal(
            Action + ".estimatedCost[3]", Action + ".estimatedCost[2]", Action + ".estimatedCost[1]", Action + ".estimatedCost[0]");
    }

    [Fact]
    public void FIN3_FIN5_a_repeated_line_adds_no_money_to_the_first_and_an_amount_out_of_range_is_not_counted()
    {
        // The repeat of cap.transport has 2026/27; the first has not, so £50 allocated there is over its £0.
        var repeated = Issues(d =>
        {
            d["financialStrategy"]!["lines"]!.AsArray().Add(new JsonObject
            {
                ["id"] = "cap.transport", ["name"] = "Again", ["kind"] = "capital", ["amounts"] = new JsonArray(Money("2026/27", 100)),
            });
            d.Action()["funding"]!.AsArray().Add(new JsonObject { ["lineId"] = "cap.transport", ["year"] = "2026/27", ["amount"] = 50 });
        });
        var outOfRange = Issues(d => d["financialStrategy"]!["lines"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "rev.big", ["name"] = "Big", ["kind"] = "revenue",
            ["amounts"] = new JsonArray(Money("2024/25", 5), Money("2025/26", 2_000_000_000_000_000m)),
        }));

        repeated.Should().Equal(
            (ValidationCodes.DuplicateId, "$.financialStrategy.lines[1].id", "The budget line id 'cap.transport' is already used at $.financialStrategy.lines[0].id; ids must be unique across the whole document (VAL-2)."),
            (ValidationCodes.OverAllocatedLine, Line, "Budget line 'cap.transport' has £0 for 2026/27 but actions are allocated £50: over-allocated by £50 (FIN-3)."));
        outOfRange.Should().Equal(
            (ValidationCodes.ValueOutOfRange, "$.financialStrategy.lines[1].amounts[1].amount", "amount is 2000000000000000; numbers must lie within ±1,000,000,000,000,000 so that every sum and comparison stays exact (FIN-7)."),
            (ValidationCodes.UnallocatedLine, "$.financialStrategy.lines[1]", "Budget line 'rev.big' has money (£5 over the MTFS) and no allocation to any action that can be placed in an MTFS year: it is not aligned to the plan (FIN-5)."));
    }

    [Fact]
    public void FIN5_the_money_of_an_unallocated_line_is_that_of_its_first_line_with_the_id()
    {
        // The first cap.transport has £1,200,000 + £900,000; its repeat's £500,000 for 2026/27 is not added.
        var issues = Issues(d =>
        {
            d["financialStrategy"]!["lines"]!.AsArray().Add(new JsonObject
            {
                ["id"] = "cap.transport", ["name"] = "Again", ["kind"] = "capital", ["amounts"] = new JsonArray(Money("2026/27", 500_000)),
            });
            d.Action()["funding"] = new JsonArray();
        });

        issues.Where(i => i.Code == ValidationCodes.UnallocatedLine).Should().Equal(
            (ValidationCodes.UnallocatedLine, Line, "Budget line 'cap.transport' has money (£2,100,000 over the MTFS) and no allocation to any action that can be placed in an MTFS year: it is not aligned to the plan (FIN-5)."));
    }

    [Fact]
    public void FIN2_FIN5_an_allocation_of_nothing_does_not_align_its_line()
    {
        var issues = Issues(d => d.Action()["funding"]![0]!["amount"] = 0);

        issues.Where(i => i.Code is ValidationCodes.AllocationNotPositive or ValidationCodes.UnallocatedLine).Should().Equal(
            (ValidationCodes.AllocationNotPositive, Action + ".funding[0].amount", "The allocation is 0; an allocation must be more than 0 (FIN-2)."),
            (ValidationCodes.UnallocatedLine, Line, "Budget line 'cap.transport' has money (£2,100,000 over the MTFS) and no allocation to any action that can be placed in an MTFS year: it is not aligned to the plan (FIN-5)."));
    }

    [Fact]
    public void FIN4_two_estimates_for_one_year_count_once_each_in_an_unfunded_action()
    {
        // £100,000 + £50,000 for 2024/25 and no funding: £150,000 unfunded.
        var issues = Issues(d =>
        {
            d.Action()["estimatedCost"] = new JsonArray(Money("2024/25", 100_000), Money("2024/25", 50_000));
            d.Action()["funding"] = new JsonArray();
        });

        issues.Where(i => i.Code == ValidationCodes.UnfundedAction).Select(i => i.Message).Should().Equal(
            "The action has an estimated cost of £150,000 and no funding allocation from any budget line (FIN-4).");
    }

    private static JsonObject Money(string year, decimal amount) => new() { ["year"] = year, ["amount"] = amount };
}

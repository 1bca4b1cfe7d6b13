using System.Text.Json.Nodes;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Validation;

/// <summary>
/// VAL-1: every issue is placed at the member that holds the fault, and the checks after it keep their own paths.
/// Each edit is of the format example; the issues are listed exactly.
/// </summary>
public class PlacementTests
{
    private const string Action = "$.deliveryPlans[0].actions[0]";
    private const string Line = "$.financialStrategy.lines[0]";
    private const string Measure = "$.plan.themes[0].outcomes[0].measures[0]";
    private const string Risk = "$.riskRegister.risks[0]";
    private const string Dates = "; dates must fall in 0004-01-01 to 9997-12-31, the dates every rule can work from (VAL-3).";

    private static IEnumerable<(string Code, string Path, string Message)> Issues(Action<JsonObject> edit) => Samples.FormatExampleIssuesWith(edit);

    /// <summary>The product grid plus <paramref name="plus"/>, with row <paramref name="row"/> (from 0) replaced.</summary>
    private static JsonArray Grid(int plus, int row = -1, JsonArray? replacement = null)
    {
        var grid = Samples.ProductGrid(plus);
        if (row >= 0)
        {
            grid[row] = replacement;
        }

        return grid;
    }

    [Fact]
    public void VAL3_an_action_starts_and_is_due_on_dates_the_rules_can_use()
    {
        Issues(d =>
        {
            d.Action()["start"] = "0003-03-01";
            d.Action()["due"] = "9998-03-01";
        }).Where(i => i.Code == ValidationCodes.DateOutOfRange).Should().Equal(
            (ValidationCodes.DateOutOfRange, Action + ".start", "start is 0003-03-01" + Dates),
            (ValidationCodes.DateOutOfRange, Action + ".due", "due is 9998-03-01" + Dates));
    }

    [Fact]
    public void CAL3_a_period_that_cannot_be_read_is_reported_at_the_member_that_holds_it()
    {
        var issues = Issues(d =>
        {
            d.Measure()["actuals"]![0]!["period"] = "last quarter";
            d.Action()["funding"]![0]!["year"] = "next year";
            d["financialStrategy"]!["years"]![3] = "year four";
            d.Line()["amounts"]![0]!["year"] = "year one";
            d["reviews"]!["held"]![0]!["period"] = "this quarter";
        });

        issues.Where(i => i.Code == ValidationCodes.InvalidPeriodLabel).Select(i => i.Path).Should().Equal(
            Measure + ".actuals[0].period",
            "$.financialStrategy.years[3]",
            Line + ".amounts[0].year",
            Action + ".funding[0].year",
            "$.reviews.held[0].period");
    }

    [Fact]
    public void FIN1_a_negative_budget_amount_is_named_as_one()
    {
        Issues(d => d.Line()["amounts"]![1]!["amount"] = -5).Where(i => i.Code == ValidationCodes.NegativeAmount).Should().Equal(
            (ValidationCodes.NegativeAmount, Line + ".amounts[1].amount", "The budget amount is -5; amounts must be 0 or more (FIN-1)."));
    }

    [Fact]
    public void VAL3_a_review_of_another_kind_is_still_checked_against_the_plan_period()
    {
        Issues(d => d["reviews"]!["held"]!.AsArray().Add(new JsonObject { ["date"] = "2021-09-01", ["kind"] = "other", ["period"] = "2021/22 Q1" }))
            .Should().Equal(
                (ValidationCodes.ReviewPeriodOutsidePlan, "$.reviews.held[2].period", "The review covers 2021/22 Q1, outside the plan period 2022-04-01 to 2025-03-31 (VAL-3)."));
    }

    [Theory]
    [InlineData(1, "1 row")]
    [InlineData(2, "2 rows")]
    public void RSK2_a_grid_with_the_wrong_number_of_rows_says_how_many_it_has(int rows, string has)
    {
        var grid = new JsonArray([.. Enumerable.Range(1, rows).Select(_ => (JsonNode)new JsonArray(1, 2, 3, 4, 5))]);

        Issues(d => d["riskRegister"]!["matrix"]!["scores"] = grid).Should().Equal(
            (ValidationCodes.InvalidScoreGrid, "$.riskRegister.matrix.scores",
                $"The score grid has {has}; it needs one per likelihood level (5), each of 5 scores: scores[likelihood - 1][impact - 1] (RSK-2)."));
    }

    [Fact]
    public void RSK3_a_row_of_the_wrong_length_leaves_the_bands_unchecked()
    {
        // Band 3 from 7 does not ascend, but with a faulty row the bands are not checked at all.
        Issues(d =>
        {
            d["riskRegister"]!["matrix"]!["scores"] = Grid(0, row: 1, replacement: new JsonArray(2, 4, 6, 8));
            d["riskRegister"]!["matrix"]!["bands"]![2]!["from"] = 7;
        }).Should().Equal(
            (ValidationCodes.InvalidScoreGrid, "$.riskRegister.matrix.scores[1]", "Row 2 of the score grid has 4 scores; it needs one per impact level (5) (RSK-2)."));
    }

    [Fact]
    public void RSK3_a_score_below_1_leaves_the_bands_unchecked()
    {
        // The first band, from 1, starts above the 0 in row 3; that is not reported on a grid that is itself refused.
        Issues(d => d["riskRegister"]!["matrix"]!["scores"] = Grid(0, row: 2, replacement: new JsonArray(0, 6, 9, 12, 15))).Should().Equal(
            (ValidationCodes.InvalidScoreGrid, "$.riskRegister.matrix.scores[2]", "Row 3 of the score grid holds a score below 1; scores are positive whole numbers (RSK-2)."));
    }

    [Fact]
    public void RSK3_a_first_band_above_the_lowest_score_leaves_the_paths_after_it_intact()
    {
        var issues = Issues(d =>
        {
            d["riskRegister"]!["matrix"]!["scores"] = Grid(1);
            d["riskRegister"]!["matrix"]!["bands"]![0]!["from"] = 3;
            d["riskRegister"]!["matrix"]!["bands"]![2]!["from"] = 7;
            d["riskRegister"]!["appetite"]![0]!["maxScore"] = 0;
            d.Risk()["inherent"]!["likelihood"] = 6;
        });

        issues.Should().Equal(
            (ValidationCodes.InvalidBands, "$.riskRegister.matrix.bands[0].from",
                "The first band starts at 3, above the lowest score this matrix gives (2), so that score would have no band; start the first band at 2 or below (RSK-3)."),
            (ValidationCodes.InvalidBands, "$.riskRegister.matrix.bands[2].from", "Band 3 starts at 7, not above the band before it (8); bands must ascend (RSK-3)."),
            (ValidationCodes.InvalidAppetite, "$.riskRegister.appetite[0].maxScore",
                "maxScore 0 is below 1, the lowest score a risk can have, so every open threat of 'financial' would be outside appetite; give a whole number of 1 or more (RSK-5)."),
            (ValidationCodes.RatingOutsideMatrix, Risk + ".inherent.likelihood", "Likelihood 6 is outside the matrix; it must be from 1 to 5 (RSK-2)."));
    }

    [Theory]
    [InlineData(ValidationCodes.DateOutOfRange, "VAL-3, CAL-4")]
    [InlineData("SP9999", "")]
    public void VAL1_an_issue_names_the_rules_its_code_implements_and_none_for_a_code_of_its_own(string code, string ruleIds) =>
        new ValidationIssue(code, ValidationSeverity.Error, ValidationArea.Document, "$", "An app's own check.").RuleIds.Should().Be(ruleIds);
}

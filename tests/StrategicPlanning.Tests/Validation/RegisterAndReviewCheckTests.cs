using System.Text.Json.Nodes;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Validation;

/// <summary>RSK-1 to RSK-7, REV-1 and VAL-3 on the risk register, the review cycle and the edges of the plan period.</summary>
public class RegisterAndReviewCheckTests
{
    private const string Risk = "$.riskRegister.risks[0]";
    private const string Measure = "$.plan.themes[0].outcomes[0].measures[0]";

    private static IEnumerable<(string Code, string Path, string Message)> Issues(Action<JsonObject> edit) => Samples.FormatExampleIssuesWith(edit);

    [Fact]
    public void RSK2_RSK7_VAL2_each_part_of_a_risk_is_checked_where_it_stands()
    {
        var issues = Issues(d =>
        {
            d.Risk()["inherent"]!["likelihood"] = 6;
            d.Risk()["target"]!["impact"] = 0;
            d.Risk()["assessments"]![0]!["asOf"] = "0003-01-01";
            d.Risk()["reviewEvery"] = "P3Y";
            d.Risk()["outcomeIds"] = new JsonArray("no.such");
            d["riskRegister"]!["appetite"]![0]!["maxScore"] = 1;
        });

        issues.Should().Equal(
            (ValidationCodes.RatingOutsideMatrix, Risk + ".inherent.likelihood", "Likelihood 6 is outside the matrix; it must be from 1 to 5 (RSK-2)."),
            (ValidationCodes.RatingOutsideMatrix, Risk + ".target.impact", "Impact 0 is outside the matrix; it must be from 1 to 5 (RSK-2)."),
            (ValidationCodes.DateOutOfRange, Risk + ".assessments[0].asOf", "asOf is 0003-01-01; dates must fall in 0004-01-01 to 9997-12-31, the dates every rule can work from (VAL-3)."),
            (ValidationCodes.DurationTooLong, Risk + ".reviewEvery", "reviewEvery 'P3Y' is longer than two years; a cadence, lag, window or review frequency may be at most P2Y, so that every date worked out from it stays on the calendar (VAL-3)."),
            (ValidationCodes.UnknownOutcome, Risk + ".outcomeIds[0]", "There is no outcome with id 'no.such' in this document; each id listed here must name one (VAL-2)."));
    }

    [Fact]
    public void RSK1_an_opportunity_is_not_treated_like_a_threat()
    {
        Issues(d => d.Risk()["kind"] = "opportunity").Should().Equal(
            (ValidationCodes.TreatmentDoesNotFitKind, Risk + ".treatment", "'treat' is a treatment for threats; an opportunity is handled with 'exploit', 'enhance', 'share' or 'accept' (RSK-1)."));
    }

    [Fact]
    public void REV1_CAL3_a_held_review_names_a_period_of_its_kind_on_a_date_the_rules_can_use()
    {
        var issues = Issues(d =>
        {
            d["reviews"]!["held"]![0]!["period"] = "2024/25";
            d["reviews"]!["held"]![1]!["period"] = "2024/25 Q4";
            d["reviews"]!["held"]![1]!["date"] = "9998-01-01";
            d["reviews"]!["held"]!.AsArray().Add(new JsonObject { ["date"] = "2025-01-15", ["kind"] = "other", ["period"] = "2024/25 Q3" });
        });

        issues.Should().Equal(
            (ValidationCodes.WrongPeriodKind, "$.reviews.held[0].period", "'2024/25' is a financial year, but a quarterly review must name a quarter (CAL-3)."),
            (ValidationCodes.DateOutOfRange, "$.reviews.held[1].date", "date is 9998-01-01; dates must fall in 0004-01-01 to 9997-12-31, the dates every rule can work from (VAL-3)."),
            (ValidationCodes.WrongPeriodKind, "$.reviews.held[1].period", "'2024/25 Q4' is a quarter, but an annual review must name a financial year (CAL-3)."));
    }

    [Fact]
    public void VAL3_a_period_that_shares_one_day_with_the_plan_is_inside_it()
    {
        // The plan runs from the last day of 2022/23 Q1 to the first day of 2024/25 Q3: those quarters overlap it by a day.
        var issues = Issues(d =>
        {
            d["plan"]!["start"] = "2022-06-30";
            d["plan"]!["end"] = "2024-10-01";
            d["reviews"]!["held"] = new JsonArray(
                new JsonObject { ["date"] = "2022-09-01", ["kind"] = "quarterly", ["period"] = "2022/23 Q1" },
                new JsonObject { ["date"] = "2025-01-15", ["kind"] = "quarterly", ["period"] = "2024/25 Q3" },
                new JsonObject { ["date"] = "2025-04-15", ["kind"] = "quarterly", ["period"] = "2024/25 Q4" });
            d.Measure()["targets"] = new JsonArray(
                new JsonObject { ["period"] = "2022/23 Q1", ["value"] = 40 },
                new JsonObject { ["period"] = "2024/25 Q3", ["value"] = 41 },
                new JsonObject { ["period"] = "2021/22 Q4", ["value"] = 39 });
        });

        issues.Where(i => i.Code is ValidationCodes.ReviewPeriodOutsidePlan or ValidationCodes.TargetOutsidePlan).Should().Equal(
            (ValidationCodes.TargetOutsidePlan, Measure + ".targets[2].period", "The target for 2021/22 Q4 (2022-01-01 to 2022-03-31) lies outside the plan period 2022-06-30 to 2024-10-01 (VAL-3)."),
            (ValidationCodes.ReviewPeriodOutsidePlan, "$.reviews.held[2].period", "The review covers 2024/25 Q4, outside the plan period 2022-06-30 to 2024-10-01 (VAL-3)."));
    }

    [Fact]
    public void RSK2_a_matrix_of_an_impossible_size_is_reported_and_nothing_is_rated_on_it()
    {
        // likelihoodLevels 0: its 5 labels no longer fit, and the ratings (likelihood 5, 2 and 4) are not checked against it.
        var issues = Issues(d => d["riskRegister"]!["matrix"]!["likelihoodLevels"] = 0);

        issues.Should().Equal(
            (ValidationCodes.InvalidMatrixSize, "$.riskRegister.matrix.likelihoodLevels", "likelihoodLevels is 0; a matrix has from 1 to 10 levels (RSK-2)."),
            (ValidationCodes.LabelCountMismatch, "$.riskRegister.matrix.likelihoodLabels", "There are 5 likelihoodLabels for 0 levels; give one label per level, lowest first, or none (RSK-2)."));
    }

    [Fact]
    public void RSK2_a_matrix_of_1_by_10_is_a_valid_size()
    {
        var issues = Issues(d =>
        {
            var matrix = d["riskRegister"]!["matrix"]!;
            matrix["likelihoodLevels"] = 1;
            matrix["impactLevels"] = 10;
            matrix["likelihoodLabels"] = new JsonArray();
            matrix["impactLabels"] = new JsonArray();
        });

        issues.Select(i => i.Code).Should().NotContain([ValidationCodes.InvalidMatrixSize, ValidationCodes.LabelCountMismatch]);
    }

    [Fact]
    public void RSK3_bands_are_checked_only_on_a_usable_grid_and_each_fault_is_placed_at_its_band()
    {
        var badGrid = Issues(d =>
        {
            d["riskRegister"]!["matrix"]!["scores"] = new JsonArray(new JsonArray(1, 2));
            d["riskRegister"]!["matrix"]!["bands"] = new JsonArray();
        });
        var badBands = Issues(d =>
        {
            d["riskRegister"]!["matrix"]!["bands"]![0]!["from"] = 0;
            d["riskRegister"]!["matrix"]!["bands"]![2]!["from"] = 7;
            d.Risk()["inherent"]!["likelihood"] = 6;
        });

        badGrid.Select(i => i.Code).Should().Equal(ValidationCodes.InvalidScoreGrid);
        badBands.Should().Equal(
            (ValidationCodes.InvalidBands, "$.riskRegister.matrix.bands[0].from", "The first band starts at 0; scores start at 1, so a band starts at 1 or above (RSK-3)."),
            (ValidationCodes.InvalidBands, "$.riskRegister.matrix.bands[2].from", "Band 3 starts at 7, not above the band before it (8); bands must ascend (RSK-3)."),
            (ValidationCodes.RatingOutsideMatrix, Risk + ".inherent.likelihood", "Likelihood 6 is outside the matrix; it must be from 1 to 5 (RSK-2)."));
    }

    [Fact]
    public void VAL3_the_review_cycle_starts_and_ends_on_dates_the_rules_can_use()
    {
        Issues(d =>
        {
            d["reviews"]!["start"] = "0003-01-01";
            d["reviews"]!["end"] = "9998-01-01";
        }).Select(i => (i.Code, i.Path)).Should().Equal(
            (ValidationCodes.DateOutOfRange, "$.reviews.start"),
            (ValidationCodes.DateOutOfRange, "$.reviews.end"));
    }
}

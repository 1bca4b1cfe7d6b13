using System.Text.Json.Nodes;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Validation;

/// <summary>
/// The edges of the validation checks that the one-case-per-code tests do not reach: each asserts the exact issues an
/// edit to the format example raises, with the messages worked out by hand from the rule.
/// </summary>
public class CheckBoundaryTests
{
    private const string Measure = "$.plan.themes[0].outcomes[0].measures[0]";
    private const string Action = "$.deliveryPlans[0].actions[0]";
    private const string Matrix = "$.riskRegister.matrix";

    private static IReadOnlyList<ValidationIssue> Issues(Action<JsonObject> edit) => PlanValidator.Validate(Samples.FormatExampleWith(edit)).Issues;

    private static IEnumerable<(string Path, string Message)> Of(IReadOnlyList<ValidationIssue> issues, string code) =>
        issues.Where(i => i.Code == code).Select(i => (i.Path, i.Message));

    private static JsonObject Money(string year, decimal amount) => new() { ["year"] = year, ["amount"] = amount };

    private static JsonObject Allocation(string year, decimal amount) => new() { ["lineId"] = "cap.transport", ["year"] = year, ["amount"] = amount };

    [Fact]
    public void FIN4_allocations_to_the_same_year_add_up_and_underfunded_years_are_reported_in_year_order()
    {
        // Estimates: 2025/26 £100,000 (listed first), 2024/25 £250,000. Funded: 2024/25 £200,000 + £40,000 = £240,000;
        // 2025/26 £60,000 + £30,000 = £90,000. Each year is £10,000 short.
        var issues = Issues(d =>
        {
            d.Action()["estimatedCost"] = new JsonArray(Money("2025/26", 100_000), Money("2024/25", 250_000));
            d.Action()["funding"] = new JsonArray(Allocation("2024/25", 200_000), Allocation("2025/26", 60_000), Allocation("2025/26", 30_000), Allocation("2024/25", 40_000));
        });

        Of(issues, ValidationCodes.UnderfundedAction).Should().Equal(
            (Action + ".estimatedCost[1]", "The action's estimated cost in 2024/25 is £250,000, but it is allocated only £240,000 on revenue and capital lines: underfunded by £10,000 (FIN-4)."),
            (Action + ".estimatedCost[0]", "The action's estimated cost in 2025/26 is £100,000, but it is allocated only £90,000 on revenue and capital lines: underfunded by £10,000 (FIN-4)."));
    }

    [Fact]
    public void FIN4_one_year_funded_by_two_allocations_that_together_cover_it_is_not_underfunded()
    {
        var covered = Issues(d => d.Action()["funding"] = new JsonArray(Allocation("2024/25", 200_000), Allocation("2024/25", 50_000)));
        var short1p = Issues(d => d.Action()["funding"] = new JsonArray(Allocation("2024/25", 200_000), Allocation("2024/25", 49_999.99m)));

        Of(covered, ValidationCodes.UnderfundedAction).Should().BeEmpty();
        Of(short1p, ValidationCodes.UnderfundedAction).Should().Equal(
            (Action + ".estimatedCost[0]", "The action's estimated cost in 2024/25 is £250,000, but it is allocated only £249,999.99 on revenue and capital lines: underfunded by £0.01 (FIN-4)."));
    }

    [Fact]
    public void FIN3_allocations_to_a_year_the_line_has_no_amount_for_over_allocate_it_from_zero()
    {
        // cap.transport has amounts for 2024/25 and 2025/26 only; 2026/27 is in the MTFS, so the allocation is placed.
        var issues = Issues(d => d.Action()["funding"] = new JsonArray(Allocation("2024/25", 250_000), Allocation("2026/27", 70_000)));

        Of(issues, ValidationCodes.OverAllocatedLine).Should().Equal(
            ("$.financialStrategy.lines[0]", "Budget line 'cap.transport' has £0 for 2026/27 but actions are allocated £70,000: over-allocated by £70,000 (FIN-3)."));
    }

    [Fact]
    public void RSK2_each_row_of_the_score_grid_needs_one_positive_score_per_impact_level()
    {
        var issues = Issues(d => d["riskRegister"]!["matrix"]!["scores"] = new JsonArray(
            new JsonArray(1, 2, 3, 4, 5),
            new JsonArray(2, 4, 6, 8),
            new JsonArray(3, 6, 9, 12, 15),
            new JsonArray(4, 8, 0, 16, 20),
            new JsonArray(5, 10, 15, 20, 25)));

        Of(issues, ValidationCodes.InvalidScoreGrid).Should().Equal(
            (Matrix + ".scores[1]", "Row 2 of the score grid has 4 scores; it needs one per impact level (5) (RSK-2)."),
            (Matrix + ".scores[3]", "Row 4 of the score grid holds a score below 1; scores are positive whole numbers (RSK-2)."));
    }

    [Fact]
    public void RSK3_a_matrix_without_bands_says_so_once()
    {
        var issues = Issues(d => d["riskRegister"]!["matrix"]!["bands"] = new JsonArray());

        Of(issues, ValidationCodes.InvalidBands).Should().Equal(
            (Matrix + ".bands", "There are no bands; give at least one, starting at or below the lowest score (RSK-3)."));
    }

    [Theory]
    [InlineData(0, "Impact 0 is outside the matrix; it must be from 1 to 5 (RSK-2).")]
    [InlineData(6, "Impact 6 is outside the matrix; it must be from 1 to 5 (RSK-2).")]
    public void RSK2_an_impact_outside_the_matrix_is_refused(int impact, string message)
    {
        var issues = Issues(d => d.Risk()["assessments"]![0]!["impact"] = impact);

        Of(issues, ValidationCodes.RatingOutsideMatrix).Should().Equal(("$.riskRegister.risks[0].assessments[0].impact", message));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void RSK2_an_impact_at_either_end_of_the_matrix_is_accepted(int impact) =>
        Of(Issues(d => d.Risk()["assessments"]![0]!["impact"] = impact), ValidationCodes.RatingOutsideMatrix).Should().BeEmpty();

    [Fact]
    public void RSK7_the_register_review_frequency_must_be_a_positive_length_of_time()
    {
        var issues = Issues(d => d["riskRegister"]!["reviewEvery"] = "P0D");

        Of(issues, ValidationCodes.InvalidReviewFrequency).Should().Equal(
            ("$.riskRegister.reviewEvery", "reviewEvery 'P0D' is not a positive length of time in days, weeks, months or years, e.g. \"P3M\" (RSK-7)."));
    }

    [Fact]
    public void VAL3_a_review_cycle_that_ends_before_it_starts_is_refused()
    {
        var issues = Issues(d => d["reviews"]!["end"] = "2024-09-10");

        Of(issues, ValidationCodes.DatesOutOfOrder).Should().Equal(
            ("$.reviews.end", "The review cycle ends on 2024-09-10, before it starts on 2024-09-11 (VAL-3)."));
        Of(Issues(d => d["reviews"]!["end"] = "2024-09-11"), ValidationCodes.DatesOutOfOrder).Should().BeEmpty("a cycle may end on the day it starts");
    }

    [Fact]
    public void FIN7_a_tolerance_or_weight_beyond_the_exact_range_is_reported_as_that_alone()
    {
        // Negative and beyond ±10^15: only SP1010, not also "negative" (SP1201, SP1301) or "green above amber" (SP1202).
        var issues = Issues(d =>
        {
            d.Measure()["tolerance"]!["amberWithin"] = -2_000_000_000_000_000m;
            d.Measure()["tolerance"]!["greenWithin"] = -2_000_000_000_000_000m;
            d.Measure()["weight"] = -2_000_000_000_000_000m;
        });

        issues.Select(i => (i.Code, i.Path)).Should().Equal(
            (ValidationCodes.ValueOutOfRange, Measure + ".weight"),
            (ValidationCodes.ValueOutOfRange, Measure + ".tolerance.amberWithin"),
            (ValidationCodes.ValueOutOfRange, Measure + ".tolerance.greenWithin"));
    }

    [Fact]
    public void VAL3_a_cadence_with_hours_is_not_a_date_duration_and_is_not_also_too_long()
    {
        var issues = Issues(d => d["reviews"]!["cadence"] = "PT1H");

        issues.Select(i => (i.Code, i.Path)).Should().Equal((ValidationCodes.InvalidCadence, "$.reviews.cadence"));
    }

    [Fact]
    public void VAL3_the_two_year_limit_leaves_a_duration_with_hours_to_the_check_that_refuses_it()
    {
        // Every caller refuses a time component first; the limit itself says "within" rather than throw on one.
        ValidationContext.IsWithinMaxDuration(NodaTime.Period.FromHours(1)).Should().BeTrue();
        ValidationContext.IsWithinMaxDuration(NodaTime.Period.FromYears(2)).Should().BeTrue();
        ValidationContext.IsWithinMaxDuration(NodaTime.Period.FromYears(2) + NodaTime.Period.FromDays(1)).Should().BeFalse();
    }

    [Theory]
    [InlineData("P3M", true, true)]
    [InlineData("P1Y", true, true)]
    [InlineData("P1W", true, true)]
    [InlineData("P1D", true, true)]
    [InlineData("P0D", false, true)]
    [InlineData("P1Y-1M", false, false)]
    [InlineData("P-1Y13M", false, false)]
    [InlineData("P1M-1W", false, false)]
    [InlineData("P1W-1D", false, false)]
    [InlineData("PT1H", false, false)]
    [InlineData("P1DT1H", false, false)]
    public void REV1_REV3_a_cadence_is_a_positive_date_duration_and_a_lag_may_also_be_zero(string text, bool positive, bool nonNegative)
    {
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(text).Value;

        (ValidationContext.IsPositiveDateDuration(period), ValidationContext.IsNonNegativeDateDuration(period)).Should().Be((positive, nonNegative));
    }

    [Theory]
    [InlineData("quarterly", "actuals", "2024-05", "'2024-05' is a month, but an actual of a quarterly measure must name a quarter (CAL-3).")]
    [InlineData("monthly", "actuals", "2024/25 Q1", "'2024/25 Q1' is a quarter, but an actual of a monthly measure must name a month (CAL-3).")]
    [InlineData("annual", "actuals", "2024/25 Q1", "'2024/25 Q1' is a quarter, but an actual of an annual measure must name a financial year (CAL-3).")]
    [InlineData("quarterly", "targets", "2024-05", "'2024-05' is a month, but a target of a quarterly measure must name a quarter or a financial year (CAL-3).")]
    [InlineData("monthly", "targets", "2024/25 Q1", "'2024/25 Q1' is a quarter, but a target of a monthly measure must name a month or a financial year (CAL-3).")]
    [InlineData("annual", "targets", "2024/25 Q1", "'2024/25 Q1' is a quarter, but a target of an annual measure must name a financial year (CAL-3).")]
    public void CAL3_MEA1_a_period_of_the_wrong_kind_names_the_kinds_the_measure_allows(string frequency, string list, string period, string message)
    {
        var issues = Issues(d =>
        {
            var measure = d.Measure();
            measure["frequency"] = frequency;
            measure["targets"] = new JsonArray(new JsonObject { ["period"] = "2024/25", ["value"] = 40 });
            measure["actuals"] = new JsonArray();
            measure[list]!.AsArray().Add(new JsonObject { ["period"] = period, ["value"] = 41 });
        });

        var index = list == "targets" ? 1 : 0;
        Of(issues, ValidationCodes.WrongPeriodKind).Should().Equal(($"{Measure}.{list}[{index}].period", message));
    }

    [Fact]
    public void MEA1_in_a_long_list_of_targets_only_a_repeated_period_and_setOn_is_a_duplicate()
    {
        // 17 targets for 2024/25 Q3 set on 1 to 17 October (more than 16: the set is used, not the scan), then one more
        // set on 5 October again. Same period, different setOn is a restatement, not a duplicate.
        var issues = Issues(d =>
        {
            var targets = new JsonArray();
            for (var day = 1; day <= 17; day++)
            {
                targets.Add(new JsonObject { ["period"] = "2024/25 Q3", ["value"] = 40 + day, ["setOn"] = $"2024-10-{day:00}" });
            }

            targets.Add(new JsonObject { ["period"] = "2024/25 Q3", ["value"] = 99, ["setOn"] = "2024-10-05" });
            d.Measure()["targets"] = targets;
        });

        Of(issues, ValidationCodes.DuplicateTarget).Should().Equal(
            (Measure + ".targets[17].period", "There is already a target for 2024/25 Q3 set on 2024-10-05; a restated target needs a later setOn (MEA-1, MEA-3)."));
    }

    [Fact]
    public void VAL1_each_code_describes_itself_by_name_rule_and_summary()
    {
        var info = ValidationCodes.Describe(ValidationCodes.UnderfundedAction)!;

        (info.Code, info.Name, info.Severity, info.RuleIds).Should().Be(("SP1510", "UnderfundedAction", ValidationSeverity.Warning, "FIN-4"));
        info.Summary.Should().Be("An action's estimated cost in a financial year exceeds its allocations on revenue and capital lines that year.");
    }
}

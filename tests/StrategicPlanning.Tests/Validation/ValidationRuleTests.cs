using System.Text.Json.Nodes;
using NodaTime;
using StrategicPlanning.Model;
using StrategicPlanning.Risks;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Validation;

public class ValidationRuleTests
{
    [Fact]
    public void VAL1_a_dangling_outcome_a_duplicate_id_a_bad_label_and_an_inverted_range_are_all_reported()
    {
        var document = Samples.FormatExampleWith(d =>
        {
            d.Action()["outcomeIds"] = new JsonArray("green.water");
            d.Line()["id"] = "green.air";
            d.Measure()["targets"]![1]!["period"] = "2024/26 Q3";
            d.Action()["start"] = "2025-06-01";
        });

        var result = PlanValidator.Validate(document);

        result.IsValid.Should().BeFalse();
        result.Errors.Select(e => (e.Code, e.Path)).Should().Contain(new[]
        {
            (ValidationCodes.DuplicateId, "$.financialStrategy.lines[0].id"),
            (ValidationCodes.InvalidPeriodLabel, "$.plan.themes[0].outcomes[0].measures[0].targets[1].period"),
            (ValidationCodes.DatesOutOfOrder, "$.deliveryPlans[0].actions[0].due"),
            (ValidationCodes.UnknownOutcome, "$.deliveryPlans[0].actions[0].outcomeIds[0]"),
        });
    }

    [Theory]
    [InlineData("green", true)]
    [InlineData("2024.green_air-1", true)]
    [InlineData("_green", false)]
    [InlineData("green city", false)]
    [InlineData("", false)]
    [InlineData("a123456789012345678901234567890123456789012345678901234567890123", true)]
    [InlineData("a1234567890123456789012345678901234567890123456789012345678901234", false)]
    public void VAL2_IsValidId_is_the_id_pattern(string id, bool valid)
    {
        PlanValidator.IsValidId(id).Should().Be(valid);
    }

    [Fact]
    public void VAL2_a_duplicate_names_where_the_id_was_first_used()
    {
        var result = PlanValidator.Validate(Samples.FormatExampleWith(d => d.Line()["id"] = "green.air"));

        result.Issues.Single(i => i.Code == ValidationCodes.DuplicateId).Message
            .Should().Be("The budget line id 'green.air' is already used at $.plan.themes[0].outcomes[0].id; ids must be unique across the whole document (VAL-2).");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("A1.3")]
    [InlineData("m.recycling_rate-2")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public void VAL2_ids_of_the_allowed_pattern_pass(string id)
    {
        var result = PlanValidator.Validate(Samples.FormatExampleWith(d => d["plan"]!["id"] = id));

        result.Issues.Should().NotContain(i => i.Code == ValidationCodes.InvalidId);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".leading-dot")]
    [InlineData("-leading-dash")]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    [InlineData("é")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    public void VAL2_ids_outside_the_pattern_are_refused(string id)
    {
        var result = PlanValidator.Validate(Samples.FormatExampleWith(d => d["plan"]!["id"] = id));

        result.Issues.Should().ContainSingle(i => i.Code == ValidationCodes.InvalidId).Which.Path.Should().Be("$.plan.id");
    }

    [Fact]
    public void FIN3_over_allocation_by_one_penny_is_caught_with_the_excess()
    {
        var result = PlanValidator.Validate(Samples.FormatExampleWith(d => d.Action()["funding"]![0]!["amount"] = 1200000.01m));

        result.Issues.Single(i => i.Code == ValidationCodes.OverAllocatedLine).Message.Should().Be(
            "Budget line 'cap.transport' has £1,200,000 for 2024/25 but actions are allocated £1,200,000.01: over-allocated by £0.01 (FIN-3).");
    }

    [Fact]
    public void FIN3_allocations_exactly_equal_to_the_line_are_not_over_allocated()
    {
        var result = PlanValidator.Validate(Samples.FormatExampleWith(d => d.Action()["funding"]![0]!["amount"] = 1200000.00m));

        result.Issues.Should().NotContain(i => i.Code == ValidationCodes.OverAllocatedLine);
    }

    [Fact]
    public void MEA3_a_restated_target_with_a_later_setOn_is_not_a_duplicate()
    {
        var result = PlanValidator.Validate(Samples.FormatExampleWith(d =>
            d.Measure()["targets"]!.AsArray().Add(new JsonObject { ["period"] = "2024/25", ["value"] = 42, ["setOn"] = "2024-12-01" })));

        result.Issues.Should().BeEmpty();
    }

    [Fact]
    public void VAL3_actuals_and_baselines_before_the_plan_are_history_not_errors()
    {
        var result = PlanValidator.Validate(Samples.FormatExampleWith(d =>
        {
            d.Measure()["actuals"]!.AsArray().Add(new JsonObject { ["period"] = "2019/20 Q1", ["value"] = 30 });
            d.Measure()["baseline"]!["period"] = "2018/19";
        }));

        result.Issues.Should().BeEmpty();
    }

    [Fact]
    public void VAL3_an_inverted_plan_period_is_reported_once_without_a_cascade_of_outside_the_plan_errors()
    {
        var result = PlanValidator.Validate(Samples.FormatExampleWith(d => d["plan"]!["start"] = "2026-04-01"));

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.DatesOutOfOrder);
    }

    [Fact]
    public void VAL3_weights_of_an_outcomes_measures_and_actions_count_together()
    {
        var onlyMeasureZero = PlanValidator.Validate(Samples.FormatExampleWith(d => d.Measure()["weight"] = 0));
        var bothZero = PlanValidator.Validate(Samples.FormatExampleWith(d =>
        {
            d.Measure()["weight"] = 0;
            d.Action()["weight"] = 0;
        }));

        onlyMeasureZero.Issues.Should().BeEmpty();
        bothZero.Issues.Should().ContainSingle(i => i.Code == ValidationCodes.NoPositiveWeight)
            .Which.Path.Should().Be("$.plan.themes[0].outcomes[0]");
    }

    [Fact]
    public void CAL3_in_a_calendar_year_document_split_year_labels_are_errors()
    {
        var result = PlanValidator.Validate(Samples.FormatExampleWith(d => d["calendar"]!["yearStartMonth"] = 1));

        result.Issues.Where(i => i.Code == ValidationCodes.InvalidPeriodLabel).Should().NotBeEmpty()
            .And.Contain(i => i.Path == "$.deliveryPlans[0].year" && i.Message.Contains("write '2024'", StringComparison.Ordinal));
    }

    [Fact]
    public void RSK3_a_grid_whose_lowest_score_is_2_is_valid_with_the_default_bands_or_bands_from_1_and_refused_only_when_the_first_band_starts_above_2()
    {
        // RSK-2's own example: score = likelihood × impact + 1, so the lowest score is 1 × 1 + 1 = 2.
        var grid = Samples.ProductGrid(plus: 1);
        PlanDocument With(Action<JsonObject> bands) => Samples.FormatExampleWith(d =>
        {
            var matrix = d["riskRegister"]!["matrix"]!.AsObject();
            matrix["scores"] = grid.DeepClone();
            bands(matrix);
        });
        var defaultBands = With(m => m.Remove("bands"));
        var from1 = With(_ => { });
        var from2 = With(m => m["bands"]![0]!["from"] = 2);
        var from3 = With(m => m["bands"]![0]!["from"] = 3);

        defaultBands.RiskRegister!.Matrix.Bands.Should().Equal(RiskMatrix.DefaultBands);
        PlanValidator.Validate(defaultBands).Issues.Should().BeEmpty();
        PlanValidator.Validate(from1).Issues.Should().BeEmpty();
        PlanValidator.Validate(from2).Issues.Should().BeEmpty();
        var refused = PlanValidator.Validate(from3).Issues.Should().ContainSingle().Subject;
        refused.Code.Should().Be(ValidationCodes.InvalidBands);
        refused.Path.Should().Be("$.riskRegister.matrix.bands[0].from");
        refused.Message.Should().Contain("The first band starts at 3, above the lowest score this matrix gives (2)");

        // The register is evaluated: the threat assessed 4 × 5 scores 4 × 5 + 1 = 21 (High from 15); its inherent 5 × 5 scores 26.
        var risk = RiskRules.Evaluate(defaultBands, new LocalDate(2025, 3, 31)).GetValueOrThrow().Risks.Single();
        risk.Current.Score.Should().Be(21);
        risk.Current.Band!.Name.Should().Be("High");
        RiskScoring.Score(defaultBands.RiskRegister.Matrix, 5, 5).Should().Be(26);
        RiskScoring.BandOf(defaultBands.RiskRegister.Matrix, 2)!.Name.Should().Be("Low");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void RSK3_a_first_band_below_1_is_refused_since_scores_start_at_1(int from)
    {
        var document = Samples.FormatExampleWith(d => d["riskRegister"]!["matrix"]!["bands"]![0]!["from"] = from);

        var refused = PlanValidator.Validate(document).Issues.Should().ContainSingle().Subject;

        refused.Code.Should().Be(ValidationCodes.InvalidBands);
        refused.Path.Should().Be("$.riskRegister.matrix.bands[0].from");
        refused.Message.Should().StartWith($"The first band starts at {from}; scores start at 1");
    }

    [Fact]
    public void VAL1_areas_tell_scoring_errors_from_money_and_risk_errors()
    {
        var result = PlanValidator.Validate(Samples.FormatExampleWith(d =>
        {
            d.Measure()["weight"] = -1;
            d.Action()["funding"]![0]!["amount"] = 0;
            d.Risk()["treatment"] = "exploit";
        }));

        result.ErrorsIn(ValidationArea.Plan, ValidationArea.Measures, ValidationArea.Delivery).Should().ContainSingle()
            .Which.Code.Should().Be(ValidationCodes.NegativeWeight);
        result.ErrorsIn(ValidationArea.Finance).Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.AllocationNotPositive);
        result.ErrorsIn(ValidationArea.Risks).Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.TreatmentDoesNotFitKind);
    }
}

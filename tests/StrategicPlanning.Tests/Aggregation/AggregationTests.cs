using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Aggregation;

public class AggregationTests
{
    private static readonly NodaTime.LocalDate YearEnd = Build.Date("2025-03-31");

    private static Scorecard Score(PlanDocument document, string asOf = "2025-03-31") =>
        AggregationRules.Evaluate(document, Build.Date(asOf)).GetValueOrThrow();

    [Fact]
    public void AGG5_a_theme_with_one_red_and_one_amber_child_is_red()
    {
        // Outcomes score 0 (red) and 50 (amber); the mean 25 is not above 25, and half-way goes to the worse colour.
        var card = Score(Build.Document([Build.Outcome("red", Build.Red("m1")), Build.Outcome("amber", Build.Amber("m2"))]));

        var theme = card.FindNode("t")!;
        theme.Score.Should().Be(25m);
        theme.Rag.Should().Be(Rag.Red);
        card.FindNode("red")!.Rag.Should().Be(Rag.Red);
        card.FindNode("amber")!.Rag.Should().Be(Rag.Amber);
    }

    [Fact]
    public void AGG6_a_red_must_do_action_holds_a_90_scoring_theme_at_amber()
    {
        // Nine green measures (100 each) and one red must-do action (0): (9 × 100 + 0) / 10 = 90, green by score.
        var measures = Enumerable.Range(1, 9).Select(i => Build.Green("m" + i)).ToArray();
        var card = Score(Build.Document([Build.Outcome("o", measures)], Build.Action("a", "o", ActionStatus.OffTrack, mustDo: true)));

        var theme = card.FindNode("t")!;
        theme.Score.Should().Be(90m);
        theme.Rag.Should().Be(Rag.Amber);
        theme.HeldByMustDo.Should().BeTrue();
        card.Plan.Rag.Should().Be(Rag.Amber);
        theme.Trace.RagReason.Should().Contain("90 is above 75: green").And.Contain("must-do action 'Action a'").And.Contain("held at amber (AGG-6)");
    }

    [Fact]
    public void AGG6_a_red_leaf_that_is_not_a_must_do_does_not_hold_green_back()
    {
        var measures = Enumerable.Range(1, 9).Select(i => Build.Green("m" + i)).Append(Build.Red("r")).ToArray();

        var card = Score(Build.Document([Build.Outcome("o", measures)]));

        card.FindNode("t")!.Rag.Should().Be(Rag.Green);
        card.FindNode("t")!.HeldByMustDo.Should().BeFalse();
    }

    [Fact]
    public void AGG3_a_cancelled_action_drops_out_and_the_weights_renormalise()
    {
        // Green measure weight 1 (100), at-risk action weight 3 (50), cancelled action weight 2 (no score):
        // (100 × 1 + 50 × 3) / (1 + 3) = 62.5.
        var card = Score(Build.Document(
            [Build.Outcome("o", Build.Green("m", weight: 1))],
            Build.Action("risky", "o", ActionStatus.AtRisk, weight: 3),
            Build.Action("gone", "o", ActionStatus.Cancelled, weight: 2)));

        var outcome = card.FindNode("o")!;
        outcome.Score.Should().Be(62.5m);
        outcome.Rag.Should().Be(Rag.Amber);
        outcome.Trace.Used.Select(u => (u.Id, u.EffectiveWeight)).Should().Equal(("m", 0.25m), ("risky", 0.75m));
        outcome.Trace.LeftOut.Should().ContainSingle().Which.Reason.Should().StartWith("excluded: cancelled");
        outcome.Counts.Excluded.Should().Be(1);
        outcome.Coverage.Should().Be(1m, "the cancelled action is not eligible (AGG-4)");
    }

    [Fact]
    public void AGG3_an_outcome_with_only_no_data_leaves_has_no_score_not_zero()
    {
        var card = Score(Build.Document([Build.Outcome("o", Build.NoData("m1"), Build.NoData("m2"))], Build.Action("a", "o", null)));

        var outcome = card.FindNode("o")!;
        outcome.Score.Should().BeNull();
        outcome.Rag.Should().BeNull();
        outcome.Coverage.Should().Be(0m);
        outcome.Counts.NoData.Should().Be(3);
        card.FindNode("t")!.Score.Should().BeNull();
        outcome.Trace.ScoreReason.Should().Contain("null, not 0");
    }

    [Fact]
    public void AGG3_a_node_whose_scored_children_all_weigh_zero_has_no_score()
    {
        var card = Score(Build.Document([Build.Outcome("o", Build.Green("m", weight: 0), Build.NoData("n"))]));

        card.FindNode("o")!.Score.Should().BeNull();
    }

    [Fact]
    public void AGG3_themes_and_the_plan_take_weighted_means_of_their_children()
    {
        // Theme A: outcome green (100, weight 3) and red (0, weight 1) → 75. Theme B (weight 3): amber outcome → 50.
        // Plan: (75 × 1 + 50 × 3) / 4 = 56.25.
        var themeA = Build.Theme("A", Build.Outcome("g", Build.Green("m1")) with { Weight = 3 }, Build.Outcome("r", Build.Red("m2")));
        var themeB = Build.Theme("B", Build.Outcome("a", Build.Amber("m3"))) with { Weight = 3 };

        var card = Score(Build.Document([themeA, themeB]));

        card.FindNode("A")!.Score.Should().Be(75m);
        card.FindNode("A")!.Rag.Should().Be(Rag.Amber, "75 is not above 75");
        card.FindNode("B")!.Score.Should().Be(50m);
        card.Plan.Score.Should().Be(56.25m);
    }

    [Fact]
    public void AGG2_a_completed_action_scores_100()
    {
        var card = Score(Build.Document([Build.Outcome("o")], Build.Action("a", "o", ActionStatus.Completed)));

        card.FindNode("o")!.Score.Should().Be(100m);
        card.FindNode("o")!.Counts.Complete.Should().Be(1);
    }

    [Fact]
    public void AGG1_an_action_naming_two_outcomes_counts_fully_in_both_and_once_above_them()
    {
        var action = Build.Action("a", "o1", ActionStatus.OffTrack) with { OutcomeIds = ["o1", "o2"] };

        var card = Score(Build.Document([Build.Outcome("o1", Build.Green("m1")), Build.Outcome("o2", Build.Green("m2"))], action));

        card.FindNode("o1")!.Score.Should().Be(50m);
        card.FindNode("o2")!.Score.Should().Be(50m);
        card.FindNode("o1")!.Counts.Red.Should().Be(1);
        card.FindNode("t")!.Counts.Should().Be(new StatusCounts(green: 2, amber: 0, red: 1, complete: 0, noData: 0, excluded: 0, dataOnly: 0));
        card.Plan.Counts.Total.Should().Be(3);
        card.FindNode("t")!.Coverage.Should().Be(1m);
    }

    [Fact]
    public void AGG1_actions_of_delivery_plans_that_do_not_count_are_not_leaves()
    {
        var document = Build.Document([Build.Outcome("o", Build.Green("m"))], Build.Action("a", "o", ActionStatus.OffTrack));

        var card = Score(document, "2023-06-30");

        card.Actions.Should().BeEmpty();
        card.FindNode("o")!.Counts.Total.Should().Be(1);
    }

    [Fact]
    public void AGG4_coverage_counts_distinct_eligible_leaves_and_ignores_data_only_and_excluded()
    {
        // Eligible: green m1, no-data m2, action on track; not eligible: data-only m3, deferred action. 2 of 3 have data.
        var card = Score(Build.Document(
            [Build.Outcome("o", Build.Green("m1"), Build.NoData("m2"), Build.DataOnly("m3"))],
            Build.Action("a1", "o", ActionStatus.OnTrack),
            Build.Action("a2", "o", ActionStatus.Deferred)));

        var outcome = card.FindNode("o")!;
        outcome.Coverage.Should().Be(2m / 3m);
        outcome.Counts.Should().Be(new StatusCounts(green: 2, amber: 0, red: 0, complete: 0, noData: 1, excluded: 1, dataOnly: 1));
    }

    [Fact]
    public void AGG4_a_node_with_no_eligible_leaf_has_no_coverage()
    {
        var card = Score(Build.Document([Build.Outcome("o", Build.DataOnly("m"))], Build.Action("a", "o", ActionStatus.Cancelled)));

        card.FindNode("o")!.Coverage.Should().BeNull();
        card.FindNode("o")!.Score.Should().BeNull();
    }

    [Fact]
    public void MEA7_AGG9_measures_meeting_target_count_green_over_green_amber_and_red_measures_only()
    {
        // Measures: 2 green, 1 amber, 1 red, 1 no data, 1 data only; the on-track action does not count for MEA-7.
        var card = Score(Build.Document(
            [Build.Outcome("o", Build.Green("g1"), Build.Green("g2"), Build.Amber("a"), Build.Red("r"), Build.NoData("n"), Build.DataOnly("d"))],
            Build.Action("x", "o", ActionStatus.OnTrack)));

        card.FindNode("o")!.MeetingTarget.Should().Be(0.5m);
        card.Plan.MeetingTarget.Should().Be(0.5m);
    }

    [Fact]
    public void MEA7_meeting_target_is_null_when_no_measure_has_a_status()
    {
        var card = Score(Build.Document([Build.Outcome("o", Build.NoData("n"))], Build.Action("x", "o", ActionStatus.OnTrack)));

        card.FindNode("o")!.MeetingTarget.Should().BeNull();
    }

    [Fact]
    public void AGG9_every_theme_and_outcome_is_listed_even_with_no_leaves()
    {
        var card = Score(Build.Document([Build.Theme("empty"), Build.Theme("t2", Build.Outcome("o"))]));

        card.Plan.Children.Select(t => t.Id).Should().Equal("empty", "t2");
        card.FindNode("empty")!.Score.Should().BeNull();
        card.FindNode("o")!.Counts.Total.Should().Be(0);
    }

    [Fact]
    public void Scoring_a_document_with_errors_in_what_it_reads_is_refused_with_those_errors_not_an_exception()
    {
        var document = Build.Document([Build.Outcome("o", Build.Green("m") with { Weight = -1 })]);

        var result = AggregationRules.Evaluate(document, YearEnd);

        result.Succeeded.Should().BeFalse();
        result.Errors.Select(e => e.Code).Should().Contain(ValidationCodes.NegativeWeight);
        var act = () => result.GetValueOrThrow();
        act.Should().Throw<InvalidOperationException>().WithMessage("*SP1301*");
    }

    [Fact]
    public void AGG_errors_in_money_or_risks_do_not_block_scoring()
    {
        var document = Samples.FormatExampleWith(d =>
        {
            d.Action()["funding"]![0]!["amount"] = 0;
            d.Risk()["treatment"] = "exploit";
        });

        // The premises: the edits make exactly one money error (FIN-2) and one risk error (RSK-1), and nothing else.
        var validation = PlanValidator.Validate(document);
        validation.Errors.Select(e => (e.Code, e.Area)).Should().BeEquivalentTo(
        [
            (ValidationCodes.AllocationNotPositive, ValidationArea.Finance),
            (ValidationCodes.TreatmentDoesNotFitKind, ValidationArea.Risks),
        ]);

        // Scoring goes ahead and scores as the unedited example does (The_format_example_scores_as_json_format_md_says).
        var result = AggregationRules.Evaluate(document, YearEnd);
        result.Succeeded.Should().BeTrue();
        var card = result.GetValueOrThrow();
        card.Plan.Score.Should().Be(100m);
        card.Plan.Rag.Should().Be(Rag.Green);
        card.Plan.Counts.Should().Be(new StatusCounts(1, 0, 0, 0, 1, 0, 0));
    }

    [Fact]
    public void The_format_example_scores_as_json_format_md_says()
    {
        var card = AggregationRules.Evaluate(Samples.FormatExample(), YearEnd).GetValueOrThrow();

        card.Plan.Score.Should().Be(100m);
        card.Plan.Rag.Should().Be(Rag.Green);
        card.Plan.Coverage.Should().Be(0.5m);
        card.Plan.MeetingTarget.Should().BeNull();
        card.Plan.Counts.Should().Be(new StatusCounts(1, 0, 0, 0, 1, 0, 0));
    }
}

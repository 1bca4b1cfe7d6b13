using StrategicPlanning.Aggregation;
using StrategicPlanning.Delivery;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Aggregation;

/// <summary>AGG-7: every result explains itself in words a performance officer understands.</summary>
public class TraceTests
{
    private static Scorecard Card => AggregationRules.Evaluate(
        Build.Document(
            [
                Build.Outcome("o1", Enumerable.Range(1, 9).Select(i => Build.Green("m" + i)).ToArray()),
                Build.Outcome("o2", Build.DataOnly("d")),
            ],
            Build.Action("late", "o1", ActionStatus.OnTrack, mustDo: true, due: "2025-02-28"),
            Build.Action("gone", "o1", ActionStatus.Cancelled)),
        Build.Date("2025-03-31")).GetValueOrThrow();

    [Fact]
    public void AGG7_a_theme_held_at_amber_says_which_must_do_and_why_in_words()
    {
        var text = Card.Explain("t")!;

        text.Should().Contain("Theme 'Theme t' (t) at 2025-03-31, targets as restated");
        text.Should().Contain("Result: amber, score 90.");
        text.Should().Contain("held at amber because must-do action 'Action late' is red: overdue, due 2025-02-28 and not completed, whatever the update of 2025-03-01 said (on track) (ACT-3) (AGG-6).");
        text.Should().Contain("outcome 'Outcome o1' (o1): 90, weight 1, 100% of the score.");
        text.Should().Contain("outcome 'Outcome o2' (o2): nothing to score");
        text.Should().Contain("Coverage 100%: 10 of 10 eligible measures and actions beneath have data (AGG-4).");
        text.Should().Contain("Counts: 9 green, 0 amber, 1 red, 0 complete, 0 no data, 1 excluded, 1 data only (AGG-9).");
        text.Should().Contain("Measures meeting target: 9 of 9, 100% (MEA-7).");
    }

    [Fact]
    public void AGG7_an_outcome_lists_children_used_with_their_shares_and_those_left_out_with_reasons()
    {
        var trace = Card.FindNode("o1")!.Trace;

        trace.Rule.Should().Be("weighted mean of the scored children (AGG-3); children with no data drop out and the weights renormalise");
        trace.Used.Should().HaveCount(10).And.OnlyContain(u => u.EffectiveWeight == 0.1m);
        trace.Used.Single(u => u.Id == "late").Score.Should().Be(0m);
        trace.LeftOut.Should().ContainSingle().Which.Should().Be(new TraceExclusion(NodeKind.Action, "gone", "Action gone", "excluded: cancelled (update of 2025-03-01) (ACT-3)"));
    }

    [Fact]
    public void AGG7_leaves_explain_their_status_too()
    {
        Card.Explain("m1")!.Should().Contain("Counts as: green: 100 against a target of 50 (the 2024/25 target) for 2024/25 Q4, higher is better (MEA-5).");
        Card.Explain("d")!.Should().Contain("data only: the measure has no targets (MEA-2)");
        Card.Explain("nothing").Should().BeNull();
    }

    [Fact]
    public void AGG7_the_one_line_summary_names_what_pulls_a_score_down()
    {
        var card = AggregationRules.Evaluate(Build.Document([Build.Outcome("a", Build.Green("g")), Build.Outcome("b", Build.Red("r"))]), Build.Date("2025-03-31")).GetValueOrThrow();

        card.FindNode("t")!.Trace.Summary.Should().Be("Amber at 50: pulled down by outcome 'Outcome b' at 0.");
        card.FindNode("a")!.Trace.Summary.Should().Be("Green at 100: above 75 (AGG-5).");
    }
}

/// <summary>Findings of a review of the scoring feature, each pinned by a test.</summary>
public class ScoringReviewTests
{
    private static Scorecard Score(StrategicPlanning.Model.PlanDocument document, string asOf = "2025-03-31") =>
        AggregationRules.Evaluate(document, Build.Date(asOf)).GetValueOrThrow();

    [Theory]
    [InlineData("1", "0.000000000000000000000000001")]
    [InlineData("1000000000000000", "0.0000000000001")]
    public void AGG3_weights_of_very_different_scales_score_without_overflow(string a, string b)
    {
        var weights = new[] { decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture) };

        var card = Score(Build.Document([Build.Outcome("o", Build.Green("m1", weights[0]), Build.Green("m2", weights[1]))]));

        card.FindNode("o")!.Score.Should().Be(100m);
    }

    [Theory]
    [InlineData("0001-07-01")]
    [InlineData("9999-12-31")]
    public void As_of_dates_whose_neighbouring_periods_cannot_be_named_are_refused_clearly(string asOf)
    {
        var act = () => AggregationRules.Evaluate(Build.Document([Build.Outcome("o", Build.Green("m"))]), Build.Date(asOf));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*from 0004-01-01 to 9997-12-31*");
    }

    [Fact]
    public void AGG7_a_node_whose_children_with_data_all_weigh_zero_says_so_rather_than_no_data()
    {
        var card = Score(Build.Document([Build.Outcome("o", Build.Green("m", weight: 0))], Build.Action("a", "o", null)));

        var outcome = card.FindNode("o")!;
        outcome.Score.Should().BeNull();
        outcome.Trace.ScoreReason.Should().Contain("carry weight 0");
        outcome.Trace.Summary.Should().Be("No score: what has data beneath carries weight 0.");
        card.FindNode("t")!.Trace.LeftOut.Single().Reason.Should().Contain("carry weight 0");
    }

    [Fact]
    public void AGG7_a_score_just_above_a_threshold_is_shown_with_the_digits_that_decide_it()
    {
        // (100 × 3.0001 + 0 × 1) / 4.0001 = 75.000625 (to 6 places), which 2 places would show as 75.
        var card = Score(Build.Document([Build.Outcome("o", Build.Green("g", weight: 3.0001m), Build.Red("r", weight: 1))]));

        var outcome = card.FindNode("o")!;
        outcome.Rag.Should().Be(StrategicPlanning.Core.Rag.Green);
        outcome.Trace.RagReason.Should().Be("75.001 is above 75: green (AGG-5).");
        outcome.Explain().Should().Contain("weight 3.0001,");
    }

    [Fact]
    public void AGG7_an_action_naming_two_outcomes_is_named_once_in_what_pulls_a_theme_down()
    {
        var action = Build.Action("a", "o1", StrategicPlanning.Model.ActionStatus.OffTrack) with { OutcomeIds = ["o1", "o2"] };
        var card = Score(Build.Document([Build.Outcome("o1", Build.Green("m1")), Build.Outcome("o2", Build.Green("m2"))], action));

        card.FindNode("t")!.Trace.Summary.Should().Be("Amber at 50: pulled down by action 'Action a' at 0.");
    }

    [Fact]
    public void AGG7_effective_weights_of_a_large_node_share_the_score_between_them()
    {
        var actions = Enumerable.Range(0, 5_000).Select(i => Build.Action("a" + i, "o", StrategicPlanning.Model.ActionStatus.OnTrack)).ToArray();

        var trace = Score(Build.Document([Build.Outcome("o")], actions)).FindNode("o")!.Trace;

        trace.Used.Should().HaveCount(5_000);
        trace.Used.Sum(u => u.EffectiveWeight!.Value).Should().BeApproximately(1m, 0.0000000001m);
    }

    [Fact]
    public void ACT4_the_latest_update_that_gives_a_percent_counts_even_when_a_later_one_does_not()
    {
        var action = Build.Action("a", "o", null) with
        {
            Updates =
            [
                new StrategicPlanning.Model.ActionUpdate { AsOf = Build.Date("2024-06-30"), Status = StrategicPlanning.Model.ActionStatus.OnTrack, PercentComplete = 25 },
                new StrategicPlanning.Model.ActionUpdate { AsOf = Build.Date("2024-09-30"), Status = StrategicPlanning.Model.ActionStatus.OnTrack },
            ],
        };

        var evaluation = ActionEvaluator.Evaluate(action, Build.Date("2024-10-15"));

        evaluation.PercentComplete.Should().Be(25m);
        evaluation.PercentCompleteFromMilestones.Should().BeFalse();
    }
}

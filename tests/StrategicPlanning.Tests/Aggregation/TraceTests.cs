using StrategicPlanning.Aggregation;
using StrategicPlanning.Delivery;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Aggregation;

/// <summary>AGG-7: every result explains itself in words a performance officer understands.</summary>
public class TraceTests
{
    private static readonly Scorecard Card = Scorecard.Compute(
        Build.Document(
            [
                Build.Outcome("o1", Enumerable.Range(1, 9).Select(i => Build.Green("m" + i)).ToArray()),
                Build.Outcome("o2", Build.DataOnly("d")),
            ],
            Build.Action("late", "o1", ActionStatus.OnTrack, mustDo: true, due: "2025-02-28"),
            Build.Action("gone", "o1", ActionStatus.Cancelled)),
        Build.Date("2025-03-31")).GetScorecardOrThrow();

    [Fact]
    public void AGG7_a_theme_held_at_amber_says_which_must_do_and_why_in_words()
    {
        var text = Card.Explain("t")!;

        text.Should().Contain("Theme 'Theme t' (t) at 2025-03-31, targets as restated");
        text.Should().Contain("Result: amber, score 90.");
        text.Should().Contain("held at amber because must-do action 'Action late' is red: overdue, due 2025-02-28 and not completed, whatever the update of 2025-03-01 said (onTrack) (ACT-3) (AGG-6).");
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
        var card = Scorecard.Compute(Build.Document([Build.Outcome("a", Build.Green("g")), Build.Outcome("b", Build.Red("r"))]), Build.Date("2025-03-31")).GetScorecardOrThrow();

        card.FindNode("t")!.Trace.Summary.Should().Be("Amber at 50: pulled down by outcome 'Outcome b' at 0.");
        card.FindNode("a")!.Trace.Summary.Should().Be("Green at 100: above 75 (AGG-5).");
    }
}

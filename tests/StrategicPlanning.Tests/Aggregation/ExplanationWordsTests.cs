using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Aggregation;

/// <summary>AGG-7: the words for each action status, for must-dos held and counted, and the small words of every explanation.</summary>
public class ExplanationWordsTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);

    private static Scorecard Score(PlanDocument document) => AggregationRules.Evaluate(document, AsOf).GetValueOrThrow();

    private static string Line(Scorecard card, string id, string start) =>
        card.Explain(id)!.Split('\n').Select(l => l.TrimEnd('\r')).Single(l => l.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void ACT3_AGG7_each_reported_status_of_an_action_has_its_own_words()
    {
        // Each reported on 2025-03-01 (Build.Action), due 2025-03-31, started 2024-04-01; at 2025-03-31 none is overdue.
        var card = Score(Build.Document(
            [Build.Outcome("o", Build.Green("m"))],
            Build.Action("cancelled", "o", ActionStatus.Cancelled),
            Build.Action("deferred", "o", ActionStatus.Deferred),
            Build.Action("done", "o", ActionStatus.Completed),
            Build.Action("late", "o", ActionStatus.NotStarted),
            Build.Action("risky", "o", ActionStatus.AtRisk),
            Build.Action("off", "o", ActionStatus.OffTrack),
            Build.Action("silent", "o", null, mustDo: true) with
            {
                Updates = [new ActionUpdate { AsOf = new LocalDate(2025, 4, 1), Status = ActionStatus.OnTrack, PercentComplete = 40 }],
            },
            Build.Action("told", "o", null) with
            {
                Updates = [new ActionUpdate { AsOf = new LocalDate(2025, 3, 1), Status = ActionStatus.OnTrack, PercentComplete = 40, Commentary = "Done!" }],
            }));

        new[] { "cancelled", "deferred", "done", "late", "risky", "off", "silent" }.Select(id => Line(card, id, "Counts as: ")).Should().Equal(
            "Counts as: excluded: cancelled (update of 2025-03-01) (ACT-3).",
            "Counts as: excluded: deferred (update of 2025-03-01) (ACT-3).",
            "Counts as: complete (update of 2025-03-01).",
            "Counts as: amber: not started, though due to start on 2024-04-01 (ACT-3).",
            "Counts as: amber: reported at risk on 2025-03-01.",
            "Counts as: red: reported off track on 2025-03-01.",
            "Counts as: no data: no update on or before 2025-03-31 (ACT-3).");
        Line(card, "silent", "Score: ").Should().Be("Score: none (AGG-2), weight 1, a must do (AGG-6).");
        Line(card, "told", "Percent complete: ").Should().Be("Percent complete: 40%.");
        Line(card, "told", "Latest update: ").Should().Be("Latest update: 2025-03-01, reported on track: Done!");
    }

    [Fact]
    public void MEA6_AGG7_an_unchanged_actual_is_stable_in_words()
    {
        var card = Score(Build.Document([Build.Outcome("o", Build.Measure("m", 50, ("2024/25 Q3", 60), ("2024/25 Q4", 60), ("2023/24 Q4", 70)))]));

        Line(card, "m", "Direction of travel: ").Should().Be(
            "Direction of travel: stable on the previous period, declining on the same period a year earlier (MEA-6).");
    }

    [Theory]
    [InlineData(1, "")]
    [InlineData(3, " (and 2 others)")]
    public void AGG6_AGG7_a_green_node_held_at_amber_names_the_first_red_must_do_and_counts_the_others(int redMustDos, string others)
    {
        // 9 × redMustDos green weight against redMustDos red must-dos of weight 1: 90, above 75, held at amber.
        var measures = new[] { Build.Green("g", weight: 9 * redMustDos) }
            .Concat(Enumerable.Range(1, redMustDos).Select(i => Build.Red("r" + i, mustDo: true))).ToArray();

        var trace = Score(Build.Document([Build.Outcome("o", measures)])).FindNode("o")!.Trace;

        trace.RagReason.Should().Be(
            $"90 is above 75: green (AGG-5), but the must-do measure 'Measure r1'{others} is red: 10 against a target of 50 (the 2024/25 target) for 2024/25 Q4, higher is better (MEA-5), so it is held at amber (AGG-6).");
    }

    [Fact]
    public void AGG8_AGG7_every_child_that_blanks_a_parent_is_named_and_an_outcome_of_several_without_data_says_how_many()
    {
        var blank = AggregationPolicy.Default with { Outcomes = LevelPolicy.Default with { MissingData = MissingDataHandling.BlankParent } };
        var document = Build.Document([Build.Outcome("o", Build.Green("g"), Build.NoData("n1"), Build.NoData("n2")), Build.Outcome("quiet", Build.NoData("n3"), Build.NoData("n4"))]);

        var blanked = AggregationRules.Evaluate(document, AsOf, ScoringOptions.Default with { Policy = blank }).GetValueOrThrow();
        var dropped = Score(document);

        blanked.FindNode("o")!.Trace.ScoreReason.Should().Be("No score: 'Measure n1', 'Measure n2' have no data, and the policy blanks the parent (AGG-8).");
        dropped.FindNode("t")!.Trace.LeftOut.Single().Reason.Should().Be(
            "no score: none of its 2 eligible measures and actions has data; left out, and the other weights renormalise (AGG-3)");
    }

    [Fact]
    public void AGG7_the_small_words()
    {
        Wording.Rag(null).Should().Be("no RAG");
        new[] { ActionStatus.NotStarted, ActionStatus.OnTrack, ActionStatus.AtRisk, ActionStatus.OffTrack, ActionStatus.Completed, ActionStatus.Deferred, ActionStatus.Cancelled }
            .Select(Wording.Status).Should().Equal("not started", "on track", "at risk", "off track", "completed", "deferred", "cancelled");
        new[] { "Done", "Done.", "Done!", "Done?", "Done  " }.Select(Wording.Ending).Should().Equal("Done.", "Done.", "Done!", "Done?", "Done.");
        new[] { NodeKind.Plan, NodeKind.Theme, NodeKind.Outcome }.Select(Wording.ChildrenOf).Should().Equal("themes", "outcomes", "measures and actions");
    }

    [Fact]
    public void AGG7_every_reported_status_has_words_and_a_value_outside_the_list_reads_unknown()
    {
        Enum.GetValues<ActionStatus>().Select(Wording.Status).Should().Equal(
            "not started", "on track", "at risk", "off track", "completed", "deferred", "cancelled");
        Wording.Status((ActionStatus)99).Should().Be("unknown");
    }
}

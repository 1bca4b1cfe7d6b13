using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;
using StrategicPlanning.Model;
using StrategicPlanning.Movement;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Movement;

/// <summary>Movement between two scorecards, on small plans whose contributions are worked out by hand.</summary>
public class ScoreMovementTests
{
    private const decimal Tiny = 0.00000000000000000001m;

    private static Scorecard Score(PlanDocument document, string asOf = "2025-03-31", ScoringOptions? options = null) =>
        AggregationRules.Evaluate(document, Build.Date(asOf), options).GetValueOrThrow();

    private static Contribution Of(NodeMovement node, string id) => node.Contributions.Single(c => c.Id == id);

    /// <summary>Three quarterly measures, target 50 for 2024/25: m1 goes green → red, m2 has no Q4 actual, m3 stays green.</summary>
    private static PlanDocument Quarters() => Build.Document([Build.Outcome("o",
        Build.Measure("m1", 50, ("2024/25 Q3", 100), ("2024/25 Q4", 10)),
        Build.Measure("m2", 50, ("2024/25 Q3", 48)),
        Build.Measure("m3", 50, ("2024/25 Q3", 100), ("2024/25 Q4", 100)))]);

    [Fact]
    public void A_leaf_whose_status_moves_carries_its_share_times_its_score_change()
    {
        // Then m1 green (100) and m2 amber (50): 75. Now m2 is red (0): 50. m2's share is 1/2 both times, so it
        // carries 1/2 × (0 − 50) = −25, all of the change; m1 carries nothing.
        var then = Score(Build.Document([Build.Outcome("o", Build.Green("m1"), Build.Amber("m2"))]));
        var now = Score(Build.Document([Build.Outcome("o", Build.Green("m1"), Build.Red("m2"))]));

        var outcome = ScoreMovement.Between(then, now).FindNode("o")!;

        outcome.Change.Should().Be(-25m);
        Of(outcome, "m2").Should().Match<Contribution>(c => c.FromScore == -25m && c.FromMix == 0m && c.Total == -25m
            && c.Cause == ContributionCause.ScoreChanged && c.StatusThen == LeafStatus.Amber && c.StatusNow == LeafStatus.Red);
        Of(outcome, "m1").Should().Match<Contribution>(c => c.Total == 0m && c.Cause == ContributionCause.Unchanged);
        outcome.Contributions[0].Id.Should().Be("m2", "the largest contribution comes first");
    }

    [Fact]
    public void Quarter_on_quarter_a_red_actual_and_a_missing_actual_split_into_score_and_mix()
    {
        // Then (Q3): 100, 50, 100 → 250/3. Now (Q4): m1 red 0, m2 no data, m3 100 → 50. Change −100/3.
        // Shares 1/3 each then; 1/2, 0, 1/2 now. Mid-score K = (250/3 + 50)/2 = 200/3.
        // m1: score (1/3 + 1/2)/2 × (0 − 100) = −125/3; mix (1/2 − 1/3) × (50 − 200/3) = −25/9.
        // m2: mix (0 − 1/3) × (50 − 200/3) = +50/9 (a below-average leaf dropping out lifts the score).
        // m3: mix (1/2 − 1/3) × (100 − 200/3) = +50/9.
        var document = Quarters();
        var movement = ScoreMovement.Between(Score(document, "2024-12-31"), Score(document, "2025-03-31"));
        var outcome = movement.FindNode("o")!;

        outcome.ScoreThen.Should().BeApproximately(250m / 3, Tiny);
        outcome.ScoreNow.Should().Be(50m);
        Of(outcome, "m1").FromScore.Should().BeApproximately(-125m / 3, Tiny);
        Of(outcome, "m1").FromMix.Should().BeApproximately(-25m / 9, Tiny);
        Of(outcome, "m2").Should().Match<Contribution>(c => c.FromScore == 0m && c.Cause == ContributionCause.LostData && c.ShareNow == 0m);
        Of(outcome, "m2").FromMix.Should().BeApproximately(50m / 9, Tiny);
        Of(outcome, "m3").Should().Match<Contribution>(c => c.FromScore == 0m && c.Cause == ContributionCause.ShareChanged);
        Of(outcome, "m3").FromMix.Should().BeApproximately(50m / 9, Tiny);
        outcome.Contributions.Sum(c => c.Total).Should().Be(outcome.Change!.Value);
        movement.Plan.Contributions.Sum(c => c.Total).Should().Be(movement.Plan.Change!.Value);
    }

    [Fact]
    public void AGG5_a_score_falling_from_83_to_50_is_a_threshold_move_from_green_to_amber()
    {
        var document = Quarters();
        var theme = ScoreMovement.Between(Score(document, "2024-12-31"), Score(document, "2025-03-31")).FindNode("t")!;

        (theme.RagThen, theme.RagNow, theme.BandThen, theme.BandNow).Should().Be((Rag.Green, Rag.Amber, Rag.Green, Rag.Amber));
        theme.ThresholdCrossed.Should().BeTrue();
        theme.MustDoGuard.Should().Be(MustDoGuardMove.NotHeld);
    }

    [Fact]
    public void A_leaf_gaining_data_above_the_average_lifts_the_score_and_the_others_lose_share()
    {
        // Then A 100, B 50 (C has no data): 75. Now C is green: 250/3. K = 475/6.
        // A: (1/3 − 1/2)(100 − 475/6) = −125/36; B: (−1/6)(50 − 475/6) = +175/36; C: (1/3)(100 − 475/6) = +250/36.
        var then = Score(Build.Document([Build.Outcome("o", Build.Green("a"), Build.Amber("b"), Build.NoData("c"))]));
        var now = Score(Build.Document([Build.Outcome("o", Build.Green("a"), Build.Amber("b"), Build.Green("c"))]));

        var outcome = ScoreMovement.Between(then, now).FindNode("o")!;

        Of(outcome, "a").Total.Should().BeApproximately(-125m / 36, Tiny);
        Of(outcome, "b").Total.Should().BeApproximately(175m / 36, Tiny);
        Of(outcome, "c").Total.Should().BeApproximately(250m / 36, Tiny);
        Of(outcome, "c").Cause.Should().Be(ContributionCause.GainedData);
        outcome.Contributions.Sum(c => c.Total).Should().Be(outcome.Change!.Value);
    }

    [Fact]
    public void AGG6_a_must_do_measure_turning_red_is_named_as_the_guard_holding_the_theme_at_amber()
    {
        // Nine greens and a green must-do (100, green) → the must-do turns red: 90, green by score, held at amber.
        var greens = Enumerable.Range(1, 9).Select(i => Build.Green("m" + i)).ToArray();
        var then = Score(Build.Document([Build.Outcome("o", [.. greens, Build.Green("must", mustDo: true)])]));
        var now = Score(Build.Document([Build.Outcome("o", [.. greens, Build.Red("must", mustDo: true)])]));

        var theme = ScoreMovement.Between(then, now).FindNode("t")!;

        theme.Change.Should().Be(-10m);
        (theme.RagThen, theme.RagNow, theme.BandNow).Should().Be((Rag.Green, Rag.Amber, Rag.Green));
        theme.ThresholdCrossed.Should().BeFalse("90 is still above 75");
        theme.MustDoGuard.Should().Be(MustDoGuardMove.NowHeld);
        Of(theme, "must").FromScore.Should().Be(-10m);
    }

    [Fact]
    public void Through_the_tree_a_leafs_share_is_the_product_of_the_effective_weights_down_its_path()
    {
        // Plan of two themes (weights 1 and 3); theme t2 has outcomes o2 (weight 1) and o3 (weight 1); o3's measure
        // m3 (one of two, weights 1 and 1) goes amber → red. m3's share in the plan: 3/4 × 1/2 × 1/2 = 3/16, so it
        // carries 3/16 × −50 = −9.375 of the plan's change.
        Theme[] Themes(Measure m3) =>
        [
            Build.Theme("t1", Build.Outcome("o1", Build.Green("m1"))),
            Build.Theme("t2", Build.Outcome("o2", Build.Green("m2")), Build.Outcome("o3", m3, Build.Green("m4"))) with { Weight = 3 },
        ];
        var then = Score(Build.Document(Themes(Build.Amber("m3"))));
        var now = Score(Build.Document(Themes(Build.Red("m3"))));

        var movement = ScoreMovement.Between(then, now);

        movement.Plan.Change.Should().Be(-9.375m);
        Of(movement.Plan, "m3").Should().Match<Contribution>(c => c.ShareThen == 0.1875m && c.ShareNow == 0.1875m && c.FromScore == -9.375m);
        Of(movement.FindNode("t2")!, "m3").FromScore.Should().Be(-12.5m);
        Of(movement.FindNode("o3")!, "m3").FromScore.Should().Be(-25m);
    }

    [Fact]
    public void ACT5_the_actions_of_the_delivery_plan_that_counts_appear_and_those_of_the_last_one_disappear()
    {
        // At 2025-03-31 the 2024/25 delivery plan counts; at 2025-04-30 the 2025/26 one does (ACT-5).
        var document = Build.Document([Build.Outcome("o", Build.Green("m"))], Build.Action("a", "o", ActionStatus.OffTrack));
        var next = new DeliveryPlan { Id = "dp2", Title = "Delivery Plan 2025-26", Year = "2025/26", Actions = [Build.Action("b", "o", null, due: "2026-03-31")] };
        document = document with { DeliveryPlans = [.. document.DeliveryPlans, next] };

        var movement = ScoreMovement.Between(Score(document, "2025-03-31"), Score(document, "2025-04-30"));

        movement.Disappeared.Select(l => l.Id).Should().Equal("a");
        movement.Appeared.Select(l => l.Id).Should().Equal("b");
        var outcome = movement.FindNode("o")!;
        Of(outcome, "a").Should().Match<Contribution>(c => c.Cause == ContributionCause.Disappeared && c.StatusThen == LeafStatus.Red && c.StatusNow == null);
        Of(outcome, "b").Should().Match<Contribution>(c => c.Cause == ContributionCause.Appeared && c.StatusNow == LeafStatus.NoData && c.Total == 0m);
        outcome.Change.Should().Be(50m, "the red action (0) left; the green measure (100) is all that counts");
    }

    [Fact]
    public void A_new_version_with_a_new_outcome_lists_the_node_and_its_leaf_as_new()
    {
        var then = Score(Build.Document([Build.Outcome("o", Build.Green("m"))]));
        var now = Score(Build.Document([Build.Outcome("o", Build.Green("m")), Build.Outcome("new", Build.Red("r"))]));

        var movement = ScoreMovement.Between(then, now);

        movement.Appeared.Select(l => l.Id).Should().Equal("r");
        movement.FindNode("new")!.Should().Match<NodeMovement>(n => !n.InThen && n.InNow && n.Change == null && n.Contributions.Count == 0);
        movement.FindNode("t")!.Change.Should().Be(-50m);
        Of(movement.FindNode("t")!, "r").Cause.Should().Be(ContributionCause.Appeared);
    }

    [Fact]
    public void A_weight_change_between_versions_is_named_as_such()
    {
        // a 100 and b 0, weights 1 and 1 (50) → weights 3 and 1 (75); K = 62.5. a gains 1/4 of share 37.5 above the
        // mid-score (+9.375); b loses 1/4 of share 62.5 below it (+15.625).
        var then = Score(Build.Document([Build.Outcome("o", Build.Green("a"), Build.Red("b"))]));
        var now = Score(Build.Document([Build.Outcome("o", Build.Green("a", weight: 3), Build.Red("b"))]));

        var outcome = ScoreMovement.Between(then, now).FindNode("o")!;

        outcome.Change.Should().Be(25m);
        Of(outcome, "a").Should().Match<Contribution>(c => c.Cause == ContributionCause.WeightChanged && c.Total == 9.375m && c.WeightThen == 1m && c.WeightNow == 3m);
        Of(outcome, "b").Should().Match<Contribution>(c => c.Cause == ContributionCause.ShareChanged && c.Total == 15.625m);
    }

    [Fact]
    public void AGG8_under_count_as_zero_a_theme_with_no_data_is_a_term_of_the_plan()
    {
        var options = ScoringOptions.Default with { Policy = AggregationPolicy.Default with { Plan = LevelPolicy.Default with { MissingData = MissingDataHandling.CountAsZero } } };
        Theme[] Themes(Measure m) => [Build.Theme("t1", Build.Outcome("o1", Build.Green("g"))), Build.Theme("t2", Build.Outcome("o2", m))];
        var then = Score(Build.Document(Themes(Build.NoData("m"))), options: options);
        var now = Score(Build.Document(Themes(Build.Green("m"))), options: options);

        var plan = ScoreMovement.Between(then, now).Plan;

        plan.Change.Should().Be(50m);
        plan.Contributions.Sum(c => c.Total).Should().Be(50m);
        Of(plan, "t2").Should().Match<Contribution>(c => c.Kind == NodeKind.Theme && c.ShareThen == 0.5m && c.ShareNow == 0m && c.StatusThen == null);
        Of(plan, "t2").Total.Should().Be(37.5m, "(0 − 1/2) × (0 − 75): the zero it counted as dropped out");
        Of(plan, "m").Should().Match<Contribution>(c => c.Cause == ContributionCause.GainedData && c.Total == 12.5m);
    }

    [Fact]
    public void AGG1_AGG2_an_action_naming_two_outcomes_counts_with_its_status_score_as_written_under_every_node()
    {
        // Amber scores 40.0 (written to one place) under this policy. Action a names o1 and o2, each beside a green
        // measure: amber then (each outcome (100 + 40.0)/2 = 70.0), red now (50). Under each outcome a has share 1/2;
        // under the theme and the plan 1/2 × 1/2 twice = 1/2; so everywhere it counts with 40.0 then and 0 now and
        // carries 1/2 × (0 − 40.0) = −20, all of the change.
        var options = ScoringOptions.Default with { Policy = AggregationPolicy.Default with { LeafScores = LeafScores.Default with { Amber = 40.0m } } };
        PlanDocument Document(ActionStatus status) => Build.Document(
            [Build.Outcome("o1", Build.Green("m1")), Build.Outcome("o2", Build.Green("m2"))],
            Build.Action("a", "o1", status) with { OutcomeIds = ["o1", "o2"] });

        var movement = ScoreMovement.Between(Score(Document(ActionStatus.AtRisk), options: options), Score(Document(ActionStatus.OffTrack), options: options));

        foreach (var id in new[] { "o1", "o2", "t", "plan" })
        {
            var node = id == "plan" ? movement.Plan : movement.FindNode(id)!;
            node.Change.Should().Be(-20m);
            var a = Of(node, "a");
            (a.ScoreThen, a.ScoreNow, a.ShareThen, a.ShareNow, a.FromScore, a.FromMix).Should().Be((40.0m, 0m, 0.5m, 0.5m, -20m, 0m), "under {0}", id);
            a.ScoreThen!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("40.0", "the score is the policy's, to its last written place, under {0}", id);
        }
    }

    [Fact]
    public void AGG8_a_measure_with_no_data_counted_as_zero_counts_with_0_under_its_outcome_and_every_node_above()
    {
        // Outcomes count missing data as zero: then m has no data (0) beside green g: 50 at o, t and the plan; now m is
        // green: 100. m's share is 1/2 at every level, so it carries 1/2 × (100 − 0) = 50 everywhere.
        var zero = LevelPolicy.Default with { MissingData = MissingDataHandling.CountAsZero };
        var options = ScoringOptions.Default with { Policy = AggregationPolicy.Default with { Outcomes = zero } };
        var then = Score(Build.Document([Build.Outcome("o", Build.Green("g"), Build.NoData("m"))]), options: options);
        var now = Score(Build.Document([Build.Outcome("o", Build.Green("g"), Build.Green("m"))]), options: options);

        var movement = ScoreMovement.Between(then, now);

        foreach (var node in new[] { movement.FindNode("o")!, movement.FindNode("t")!, movement.Plan })
        {
            Of(node, "m").Should().Match<Contribution>(c => c.ScoreThen == 0m && c.ScoreNow == 100m && c.ShareThen == 0.5m && c.FromScore == 50m
                && c.Cause == ContributionCause.GainedData && c.StatusThen == LeafStatus.NoData);
        }
    }

    [Fact]
    public void A_node_without_a_score_on_one_side_has_no_change_and_no_contributions()
    {
        var then = Score(Build.Document([Build.Outcome("o", Build.NoData("m"))]));
        var now = Score(Build.Document([Build.Outcome("o", Build.Green("m"))]));

        var outcome = ScoreMovement.Between(then, now).FindNode("o")!;

        (outcome.ScoreThen, outcome.ScoreNow, outcome.Change).Should().Be(((decimal?)null, (decimal?)100m, (decimal?)null));
        outcome.Contributions.Should().BeEmpty();
    }

    [Fact]
    public void On_the_Derby_sample_every_quarter_on_quarter_movement_adds_up_exactly()
    {
        var document = Samples.DerbyPlan();
        string[] quarterEnds = ["2023-06-30", "2023-09-30", "2023-12-31", "2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31", "2025-03-31"];
        var moved = 0;
        foreach (var (then, now) in quarterEnds.Zip(quarterEnds.Skip(1)))
        {
            var movement = ScoreMovement.Between(Score(document, then), Score(document, now));
            foreach (var node in movement.Plan.Children.Append(movement.Plan).Where(n => n.Change is not null))
            {
                node.Contributions.Sum(c => c.Total).Should().Be(node.Change!.Value, "{0} from {1} to {2}", node.Id, then, now);
                moved += node.Change != 0m ? 1 : 0;
            }
        }

        moved.Should().BeGreaterThan(10, "the sample's scores move from quarter to quarter");
    }
}

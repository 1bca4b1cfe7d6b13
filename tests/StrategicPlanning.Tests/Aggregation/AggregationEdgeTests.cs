using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Aggregation;

/// <summary>
/// The edges of scoring a mutation run showed no other test held (issue 21): the canonical weights that make a score
/// exact whatever the order and scale (AGG-3), blanking by two children at once (AGG-8), large nodes, actions naming
/// an outcome twice or many outcomes (AGG-1), counts (AGG-9), display rounding (AGG-7), and the guards.
/// </summary>
public class AggregationEdgeTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);

    private static WeightedScore[] Canonical(params (decimal Score, decimal Weight)[] children)
    {
        var into = new WeightedScore[children.Length];
        CanonicalWeights.Apply([.. children.Select(c => new WeightedScore(c.Score, c.Weight))], into);
        return into;
    }

    private static Scorecard Score(PlanDocument document, AggregationPolicy? policy = null) => AggregationRules.Evaluate(
        document, AsOf, ScoringOptions.Default with { Policy = policy ?? AggregationPolicy.Default }).GetValueOrThrow();

    [Fact]
    public void AGG3_weights_are_sorted_by_score_then_weight_and_divided_by_their_greatest_common_divisor()
    {
        Canonical((100, 6), (50, 2)).Should().Equal(new WeightedScore(50, 1), new WeightedScore(100, 3));
        Canonical((100, 0.3m), (50, 0.1m)).Should().Equal(new WeightedScore(50, 1), new WeightedScore(100, 3));
        Canonical((50, 3), (50, 1)).Should().Equal(new WeightedScore(50, 1), new WeightedScore(50, 3));
        Canonical((80, 2), (20, 2), (50, 0)).Should().Equal(new WeightedScore(20, 1), new WeightedScore(50, 0), new WeightedScore(80, 1));
        Canonical((100, 2), (50, 0)).Should().Equal(new WeightedScore(50, 0), new WeightedScore(100, 1));
    }

    [Fact]
    public void AGG3_weights_with_mantissas_beyond_32_and_64_bits_reduce_exactly()
    {
        // 123,456,789,012,345 needs two 32-bit words; 0.1234567890123456789012 (mantissa ≈ 1.2 × 10^21) needs three.
        Canonical((100, 246_913_578_024_690m), (50, 123_456_789_012_345m)).Should().Equal(new WeightedScore(50, 1), new WeightedScore(100, 2));
        Canonical((100, 0.2469135780246913578024m), (50, 0.1234567890123456789012m)).Should().Equal(new WeightedScore(50, 1), new WeightedScore(100, 2));
    }

    [Fact]
    public void AGG3_a_reduced_weight_may_be_exactly_the_largest_a_document_holds_but_not_beyond_and_negative_weights_stay_as_written()
    {
        // 0.5 and 5 × 10^14 reduce to 1 and 10^15, the SP1010 limit itself; 10^15 and 10^-15 would reduce to 1 and 10^30.
        Canonical((50, 0.5m), (100, 500_000_000_000_000m)).Should().Equal(new WeightedScore(50, 1), new WeightedScore(100, 1_000_000_000_000_000m));
        Canonical((50, 1_000_000_000_000_000m), (100, 0.000_000_000_000_001m)).Should().Equal(
            new WeightedScore(50, 1_000_000_000_000_000m), new WeightedScore(100, 0.000_000_000_000_001m));
        Canonical((100, 4), (50, -2)).Should().Equal(new WeightedScore(50, -2), new WeightedScore(100, 4));
    }

    [Fact]
    public void AGG3_a_node_of_more_than_64_children_scores_exactly_as_a_small_one()
    {
        // 52 green and 13 red measures: 5,200 ÷ 65 = 80.
        var measures = Enumerable.Range(0, 65).Select(i => i % 5 == 0 ? Build.Red("r" + i) : Build.Green("g" + i)).ToArray();

        Score(Build.Document([Build.Outcome("o", measures)])).FindNode("o")!.Score.Should().Be(80m);
    }

    [Fact]
    public void AGG8_two_children_without_data_blank_the_parent_as_surely_as_one_at_every_level()
    {
        var outcomes = AggregationPolicy.Default with { Outcomes = LevelPolicy.Default with { MissingData = MissingDataHandling.BlankParent } };
        var themes = AggregationPolicy.Default with { Themes = LevelPolicy.Default with { MissingData = MissingDataHandling.BlankParent } };
        var twoMissing = Build.Document([Build.Outcome("o", Build.Green("g"), Build.NoData("n1"), Build.NoData("n2"))]);
        var oneOutcomeMissing = Build.Document([Build.Outcome("a", Build.Green("g")), Build.Outcome("b", Build.NoData("n"))]);
        var twoOutcomesMissing = Build.Document([Build.Outcome("a", Build.Green("g")), Build.Outcome("b", Build.NoData("n")), Build.Outcome("c", Build.NoData("m"))]);

        Score(twoMissing, outcomes).FindNode("o")!.Score.Should().BeNull();
        Score(oneOutcomeMissing, themes).FindNode("t")!.Score.Should().BeNull();
        Score(twoOutcomesMissing, themes).FindNode("t")!.Score.Should().BeNull();
        Score(twoOutcomesMissing).FindNode("t")!.Score.Should().Be(100m, "by default they drop out");
    }

    [Fact]
    public void AGG6_a_node_without_a_score_is_never_held_at_amber_and_the_guard_is_on_by_default()
    {
        // A red must-do of weight 0 is the outcome's only child with data: no score (AGG-3), so nothing to hold.
        var card = Score(Build.Document([Build.Outcome("o", Build.Red("r", weight: 0, mustDo: true), Build.NoData("n"))]));

        card.FindNode("o")!.Score.Should().BeNull();
        card.FindNode("o")!.HeldByMustDo.Should().BeFalse();
        new LevelPolicy().MustDoGuard.Should().BeTrue();
    }

    [Fact]
    public void AGG1_an_action_naming_an_outcome_twice_or_many_outcomes_counts_once_in_each()
    {
        var outcomes = Enumerable.Range(0, 18).Select(i => Build.Outcome("o" + i)).ToArray();
        var twice = Build.Action("twice", "o0", ActionStatus.OnTrack) with { OutcomeIds = ["o0", "o0", "o1"] };
        var many = Build.Action("many", "o0", ActionStatus.AtRisk) with { OutcomeIds = [.. Enumerable.Range(0, 18).Select(i => "o" + i), "o3", "o0"] };

        var card = Score(Build.Document(outcomes, twice, many));

        card.FindNode("o0")!.Leaves.Select(l => l.Id).Should().Equal("twice", "many");
        card.FindNode("o1")!.Leaves.Select(l => l.Id).Should().Equal("twice", "many");
        card.FindNode("o3")!.Leaves.Select(l => l.Id).Should().Equal("many");
        card.FindNode("o17")!.Leaves.Select(l => l.Id).Should().Equal("many");
        card.FindNode("o0")!.Score.Should().Be(75m);
    }

    [Fact]
    public void AGG9_counts_add_up_each_status()
    {
        var counts = default(StatusCounts).Add(LeafStatus.Green).Add(LeafStatus.Amber).Add(LeafStatus.Amber).Add(LeafStatus.Red)
            .Add(LeafStatus.Complete).Add(LeafStatus.Complete).Add(LeafStatus.NoData).Add(LeafStatus.Excluded).Add(LeafStatus.DataOnly);

        (counts.Total, counts.Eligible, counts.WithData).Should().Be((9, 7, 6));
    }

    [Fact]
    public void AGG7_numbers_drop_trailing_zeros_and_a_score_at_a_threshold_shows_the_digits_that_decide_it()
    {
        Wording.Number(2.50m).Should().Be("2.5");
        Wording.Percent(0.5m).Should().Be("50%");
        Wording.Score(80.123m, 75, 25).Should().Be("80.12");
        Wording.Score(75.004m, 75, 25).Should().Be("75.004");
        Wording.Score(1.0000000000000000000000000001m, 1).Should().Be("1.0000000000000000000000000001");
    }

    [Fact]
    public void An_outcomes_leaves_cannot_be_read_past_its_end_even_where_the_next_outcomes_begin()
    {
        var card = Score(Build.Document([Build.Outcome("a", Build.Green("g1")), Build.Outcome("b", Build.Green("g2"))]));
        var leaves = card.FindNode("a")!.Leaves;

        leaves[0].Id.Should().Be("g1");
        leaves.Invoking(l => l[1]).Should().Throw<ArgumentOutOfRangeException>().WithMessage("The outcome has 1 leaves.*");
        leaves.Invoking(l => l[-1]).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_missing_argument_or_a_leaf_of_the_other_kind_is_refused_naming_it()
    {
        var card = Score(Build.Document([Build.Outcome("o", Build.Green("m"))], Build.Action("a", "o", ActionStatus.OnTrack)));

        card.Invoking(c => c.FindNode(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        card.Invoking(c => c.FindLeaf(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        card.Invoking(c => c.MeasureOf(c.FindLeaf("a")!.Value)).Should().Throw<ArgumentException>().WithMessage("'a' is not a measure.*");
        card.Invoking(c => c.ActionOf(c.FindLeaf("m")!.Value)).Should().Throw<ArgumentException>().WithMessage("'m' is not a delivery action.*");
        ((Action)(() => AggregationRules.Evaluate(null!, new LocalDate(1, 1, 1)))).Should().Throw<ArgumentNullException>().WithParameterName("document");
        ((Action)(() => AggregationRules.Evaluate(Build.Document([Build.Outcome("o")]), new LocalDate(9999, 6, 30)))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AGG7_AGG8_a_node_names_itself_for_debugging_and_the_minimum_rule_describes_itself()
    {
        var minimum = AggregationPolicy.Default with { Outcomes = LevelPolicy.Default with { Combination = ScoreCombination.Minimum } };
        var card = Score(Build.Document([Build.Outcome("a", Build.Green("g"), Build.Amber("m")), Build.Outcome("b", Build.NoData("n"))]), minimum);

        card.FindNode("a")!.ToString().Should().Be("Outcome a (Outcome a): 50, Amber");
        card.FindNode("b")!.ToString().Should().Be("Outcome b (Outcome b): no score, no RAG");
        card.FindNode("a")!.Trace.Rule.Should().Be("lowest score among the children with a positive weight; children with no data drop out and the weights renormalise");
        AggregationPolicy.Default.Invoking(p => p.For(NodeKind.Measure)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Only plans, themes and outcomes have a level policy.*").WithParameterName("kind");
    }
}

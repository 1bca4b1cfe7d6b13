using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Aggregation;

/// <summary>AGG-8: the policy is an object; each part can be replaced, per level.</summary>
public class PolicyTests
{
    // Built afresh for each use, so no validation is remembered across tests (docs/testing.md).
    private static PlanDocument Mixed => Build.Document(
    [
        Build.Outcome("good", Build.Green("m1"), Build.NoData("m2")),
        Build.Outcome("bad", Build.Red("m3")),
    ]);

    private static Scorecard Score(PlanDocument document, AggregationPolicy policy) =>
        AggregationRules.Evaluate(document, Build.Date("2025-03-31"), ScoringOptions.Default with { Policy = policy }).GetValueOrThrow();

    [Fact]
    public void AGG8_the_default_policy_is_the_rules_own()
    {
        var policy = AggregationPolicy.Default;

        policy.LeafScores.Should().BeEquivalentTo(new { Green = 100m, Amber = 50m, Red = 0m, Complete = 100m });
        foreach (var level in new[] { policy.Outcomes, policy.Themes, policy.Plan })
        {
            level.Combination.Should().BeSameAs(ScoreCombination.WeightedMean);
            level.Thresholds.GreenAbove.Should().Be(75m);
            level.Thresholds.AmberAbove.Should().Be(25m);
            level.MustDoGuard.Should().BeTrue();
            level.MissingData.Should().Be(MissingDataHandling.Drop);
        }
    }

    [Fact]
    public void AGG8_missing_data_can_count_as_zero()
    {
        var card = Score(Mixed, AggregationPolicy.Default with { Outcomes = LevelPolicy.Default with { MissingData = MissingDataHandling.CountAsZero } });

        card.FindNode("good")!.Score.Should().Be(50m, "(100 + 0) / 2");
        card.FindNode("good")!.Trace.Used.Should().Contain(u => u.Id == "m2" && u.Score == 0m && u.Note.Contains("counted as 0", StringComparison.Ordinal));
        card.FindNode("good")!.Coverage.Should().Be(0.5m, "coverage is about data, whatever the policy");
    }

    [Fact]
    public void AGG8_missing_data_can_blank_the_parent()
    {
        var card = Score(Mixed, AggregationPolicy.Default with { Outcomes = LevelPolicy.Default with { MissingData = MissingDataHandling.BlankParent } });

        card.FindNode("good")!.Score.Should().BeNull();
        card.FindNode("good")!.Trace.ScoreReason.Should().Contain("blanks the parent");
        card.FindNode("t")!.Score.Should().Be(0m, "the blank outcome is missing data at the theme level, which drops it by default");
    }

    [Fact]
    public void AGG8_a_level_can_use_another_combination()
    {
        var card = Score(Mixed, AggregationPolicy.Default with { Themes = LevelPolicy.Default with { Combination = ScoreCombination.Minimum } });

        card.FindNode("t")!.Score.Should().Be(0m);
        card.FindNode("good")!.Score.Should().Be(100m, "other levels keep the weighted mean");
    }

    [Fact]
    public void AGG8_thresholds_and_leaf_scores_are_replaceable()
    {
        var policy = AggregationPolicy.Default with
        {
            LeafScores = LeafScores.Default with { Red = 20m },
            Themes = LevelPolicy.Default with { Thresholds = new RagThresholds { GreenAbove = 50m, AmberAbove = 10m } },
        };

        var card = Score(Mixed, policy);

        card.FindNode("bad")!.Score.Should().Be(20m);
        card.FindNode("t")!.Score.Should().Be(60m, "(100 + 20) / 2");
        card.FindNode("t")!.Rag.Should().Be(Rag.Green);
        card.Plan.Rag.Should().Be(Rag.Amber, "the plan keeps the default thresholds");
    }

    [Fact]
    public void AGG8_the_must_do_guard_can_be_turned_off_per_level()
    {
        var document = Build.Document([Build.Outcome("o", Enumerable.Range(1, 9).Select(i => Build.Green("m" + i)).Append(Build.Red("r", mustDo: true)).ToArray())]);

        var card = Score(document, AggregationPolicy.Default with { Themes = LevelPolicy.Default with { MustDoGuard = false } });

        card.FindNode("o")!.Rag.Should().Be(Rag.Amber);
        card.FindNode("t")!.Rag.Should().Be(Rag.Green);
        card.Plan.Rag.Should().Be(Rag.Amber);
    }

    [Fact]
    public void AGG8_a_council_can_supply_its_own_combination()
    {
        var card = Score(Mixed, AggregationPolicy.Default with { Themes = LevelPolicy.Default with { Combination = new Maximum() } });

        card.FindNode("t")!.Score.Should().Be(100m);
        card.FindNode("t")!.Trace.Rule.Should().StartWith("highest score");
    }

    private sealed class Maximum : ScoreCombination
    {
        public override string Description => "highest score among the children";

        public override decimal? Combine(ReadOnlySpan<WeightedScore> children)
        {
            decimal? best = null;
            foreach (var child in children)
            {
                best = best is null || child.Score > best ? child.Score : best;
            }

            return best;
        }
    }
}

using CsCheck;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Model;
using StrategicPlanning.Movement;
using StrategicPlanning.Tests.Aggregation;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Movement;

/// <summary>Invariants of movement over random valid plans, dates, versions and policies.</summary>
public class ScoreMovementPropertyTests
{
    /// <summary>Dates on both sides of the 2024/25 quarters and of the delivery plan's year, so leaves gain and lose data, turn overdue and stop counting.</summary>
    private static readonly Gen<string> Dates = Gen.OneOfConst("2024-06-30", "2024-12-31", "2025-02-15", "2025-03-31", "2025-04-30");

    private static readonly Gen<ScoringOptions> Options = Gen.Select(Level, Level, Level, (o, t, p) =>
        ScoringOptions.Default with { Policy = AggregationPolicy.Default with { Outcomes = o, Themes = t, Plan = p } });

    private static Gen<LevelPolicy> Level => Gen.Select(Gen.Int[0, 5], Gen.Enum<MissingDataHandling>(), Gen.Bool, (kind, missing, guard) => kind switch
    {
        0 => LevelPolicy.Default with { Combination = ScoreCombination.Minimum, MissingData = missing },
        1 or 2 => LevelPolicy.Default with { MissingData = missing, MustDoGuard = guard },
        _ => LevelPolicy.Default,
    });

    /// <summary>Two scorecards: one document at two dates, or two documents (versions sharing ids) at one date, under one policy.</summary>
    private static readonly Gen<(Scorecard Then, Scorecard Now)> Pairs =
        from first in ScorecardPropertyTests.Plans
        from second in ScorecardPropertyTests.Plans
        from versions in Gen.Bool
        from dates in Gen.Select(Dates, Dates)
        from options in Options
        select versions
            ? (Score(first, dates.Item1, options), Score(second, dates.Item1, options))
            : (Score(first, dates.Item1, options), Score(first, dates.Item2, options));

    [Fact]
    public void Every_nodes_contributions_add_up_to_its_change_exactly()
    {
        var changed = new Exercised();
        Pairs.Sample(pair =>
        {
            foreach (var node in Nodes(ScoreMovement.Between(pair.Then, pair.Now).Plan))
            {
                if (node.Change is { } change)
                {
                    node.Contributions.Sum(c => c.Total).Should().Be(change, "the contributions of {0} explain its change with no residue", node.Id);
                    node.Contributions.Should().NotContain(c => c.FromScore + c.FromMix != c.Total);
                    node.Change.Should().Be(node.ScoreNow - node.ScoreThen);
                    changed.Once(change != 0m);
                }
                else
                {
                    node.Contributions.Should().BeEmpty();
                }
            }
        }, iter: 400);
        changed.AtLeast(150, "nodes that moved in 400 pairs"); // about 470 in a run
    }

    [Fact]
    public void Each_part_is_its_formula_to_twenty_places_so_the_exact_sum_hides_no_real_residue()
    {
        var parts = new Exercised();
        Pairs.Sample(pair =>
        {
            foreach (var node in Nodes(ScoreMovement.Between(pair.Then, pair.Now).Plan).Where(n => n.Change is not null))
            {
                parts.Once(node.Change != 0m);
                var middle = (node.ScoreThen!.Value + node.ScoreNow!.Value) / 2;
                foreach (var c in node.Contributions)
                {
                    var both = c.ScoreThen is not null && c.ScoreNow is not null;
                    var fromScore = both ? (c.ShareThen + c.ShareNow) / 2 * (c.ScoreNow!.Value - c.ScoreThen!.Value) : 0m;
                    var mean = both ? (c.ScoreThen!.Value + c.ScoreNow!.Value) / 2 : c.ScoreThen ?? c.ScoreNow ?? 0m;
                    c.FromScore.Should().BeApproximately(fromScore, 1e-20m);
                    c.FromMix.Should().BeApproximately((c.ShareNow - c.ShareThen) * (mean - middle), 1e-20m);
                }
            }
        }, iter: 300);
        parts.AtLeast(120, "nodes that moved in 300 pairs"); // about 390 in a run
    }

    [Fact]
    public void Swapping_the_two_scorecards_negates_every_change_and_contribution()
    {
        Pairs.Sample(pair =>
        {
            var forward = ScoreMovement.Between(pair.Then, pair.Now);
            var backward = ScoreMovement.Between(pair.Now, pair.Then);
            foreach (var node in Nodes(forward.Plan))
            {
                var back = backward.FindNode(node.Id)!;
                back.Change.Should().Be(-node.Change);
                back.Contributions.Select(c => (c.Kind, c.Id, -c.FromScore, -c.FromMix))
                    .Should().Equal(node.Contributions.Select(c => (c.Kind, c.Id, c.FromScore, c.FromMix)));
            }

            backward.Appeared.Should().Equal(forward.Disappeared);
        }, iter: 300);
    }

    [Fact]
    public void The_same_document_at_two_dates_with_no_new_data_between_them_has_no_movement()
    {
        // Between 2025-03-02 and 2025-03-30 the generated plans have no new actual (Q3 is the current quarter
        // throughout), no new update (all are dated 2025-03-01) and no due date passing.
        Gen.Select(ScorecardPropertyTests.Plans, Gen.Int[2, 30], Gen.Int[2, 30], Options).Sample((document, first, second, options) =>
        {
            var movement = ScoreMovement.Between(
                Score(document, $"2025-03-{first:00}", options), Score(document, $"2025-03-{second:00}", options));

            foreach (var node in Nodes(movement.Plan))
            {
                (node.Change ?? 0m).Should().Be(0m);
                node.Contributions.Should().NotContain(c => c.FromScore != 0m || c.FromMix != 0m || c.Cause != ContributionCause.Unchanged);
            }

            movement.Appeared.Should().BeEmpty();
            movement.Disappeared.Should().BeEmpty();
        }, iter: 200);
    }

    private static Scorecard Score(PlanDocument document, string asOf, ScoringOptions options) =>
        AggregationRules.Evaluate(document, Build.Date(asOf), options).GetValueOrThrow();

    private static IEnumerable<NodeMovement> Nodes(NodeMovement node) => node.Children.SelectMany(Nodes).Prepend(node);
}

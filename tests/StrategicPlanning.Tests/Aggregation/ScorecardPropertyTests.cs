using CsCheck;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Aggregation;

/// <summary>Invariants of aggregation over random valid plans.</summary>
public class ScorecardPropertyTests
{
    private static readonly NodaTime.LocalDate AsOf = Build.Date("2025-03-31");

    private static readonly Gen<Measure> AnyMeasure = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 3], Gen.Bool, (kind, weight, mustDo) => kind switch
    {
        0 => Build.Green("x"),
        1 => Build.Amber("x"),
        2 => Build.Red("x"),
        3 => Build.NoData("x"),
        _ => Build.DataOnly("x"),
    } with { Weight = weight, MustDo = mustDo });

    private static readonly Gen<ActionStatus?> AnyStatus = Gen.Enum<ActionStatus>().Nullable(0.2);

    /// <summary>A valid plan: 1–3 themes of 1–3 outcomes, each with measures, and actions naming one or two outcomes.</summary>
    internal static readonly Gen<PlanDocument> Plans =
        from shape in Gen.Int[1, 3].Array[1, 3]
        from measures in AnyMeasure.Array[0, 4].Array[9]
        from actions in Gen.Select(AnyStatus, Gen.Int[0, 8], Gen.Int[0, 8], Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 2]).Array[0, 6]
        select Assemble(shape, measures, actions);

    [Fact]
    public void AGG3_every_score_lies_between_0_and_100()
    {
        var scored = new Exercised();
        Plans.Sample(document =>
        {
            var card = Score(document);
            foreach (var node in Nodes(card))
            {
                if (node.Score is { } score)
                {
                    score.Should().BeInRange(0m, 100m);
                    scored.Once();
                }
            }
        }, iter: 300);
        scored.AtLeast(600, "scores checked in 300 plans"); // about 1,750 in a run
    }

    [Fact]
    public void AGG3_reordering_any_list_leaves_every_score_unchanged()
    {
        Gen.Select(Plans, Gen.Int).Sample((document, seed) =>
        {
            var shuffled = Shuffle(document, new Random(seed));
            Scores(Score(shuffled)).Should().BeEquivalentTo(Scores(Score(document)));
        }, iter: 200);
    }

    [Fact]
    public void AGG3_doubling_every_weight_changes_nothing()
    {
        Plans.Sample(document =>
        {
            var doubled = document with { Plan = document.Plan with { Themes = [.. document.Plan.Themes.Select(t => t with
            {
                Weight = t.Weight * 2,
                Outcomes = [.. t.Outcomes.Select(o => o with { Weight = o.Weight * 2, Measures = [.. o.Measures.Select(m => m with { Weight = m.Weight * 2 })] })],
            })] },
                DeliveryPlans = [.. document.DeliveryPlans.Select(p => p with { Actions = [.. p.Actions.Select(a => a with { Weight = a.Weight * 2 })] })] };

            Scores(Score(doubled)).Should().Equal(Scores(Score(document)));
        }, iter: 200);
    }

    [Fact]
    public void AGG3_adding_a_green_leaf_never_lowers_a_score()
    {
        var compared = new Exercised();
        Gen.Select(Plans, Gen.Int[0, 100]).Sample((document, pick) =>
        {
            var outcomes = document.Plan.Themes.SelectMany(t => t.Outcomes).ToList();
            var target = outcomes[pick % outcomes.Count];
            var green = Build.Green("added", weight: 1);
            var greener = document with { Plan = document.Plan with { Themes = [.. document.Plan.Themes.Select(t => t with
            {
                Outcomes = [.. t.Outcomes.Select(o => ReferenceEquals(o, target) ? o with { Measures = [.. o.Measures, green] } : o)],
            })] } };

            var before = Score(document);
            var after = Score(greener);
            foreach (var node in Nodes(before))
            {
                var now = after.FindNode(node.Id)!;
                if (node.Score is { } was && now.Score is { } score)
                {
                    score.Should().BeGreaterThanOrEqualTo(was, "adding a green leaf under {0} must not lower it", node.Id);
                    compared.Once();
                }
            }
        }, iter: 200);
        compared.AtLeast(400, "nodes scored before and after in 200 plans"); // about 1,150 in a run
    }

    private static Scorecard Score(PlanDocument document) => AggregationRules.Evaluate(document, AsOf).GetValueOrThrow();

    private static IEnumerable<ScoreNode> Nodes(Scorecard card) =>
        new[] { card.Plan }.Concat(card.Plan.Children).Concat(card.Plan.Children.SelectMany(t => t.Children));

    private static List<(string, decimal?, string?)> Scores(Scorecard card) =>
        [.. Nodes(card).Select(n => (n.Id, n.Score, n.Rag?.ToString())).OrderBy(x => x.Id, StringComparer.Ordinal)];

    private static PlanDocument Assemble(int[] shape, Measure[][] measures, (ActionStatus? Status, int First, int Second, int Weight, bool MustDo, int Kind)[] actions)
    {
        var next = 0;
        var themes = shape.Select((outcomeCount, t) => Build.Theme("t" + t, Enumerable.Range(0, outcomeCount).Select(o =>
        {
            var index = next++;
            return Build.Outcome("o" + index, measures[index % measures.Length].Select((m, i) => m with { Id = $"m{index}.{i}" }).ToArray());
        }).ToArray())).ToArray();
        var outcomeIds = Enumerable.Range(0, next).Select(i => "o" + i).ToArray();
        var built = actions.Select((a, i) =>
        {
            var action = Build.Action("a" + i, outcomeIds[a.First % outcomeIds.Length], a.Status, a.Weight, a.MustDo, due: a.Kind == 0 ? "2025-01-31" : "2025-03-31");
            return a.Kind == 2 ? action with { OutcomeIds = [outcomeIds[a.First % outcomeIds.Length], outcomeIds[a.Second % outcomeIds.Length]] } : action;
        }).ToArray();
        var document = Build.Document(themes, built);
        return StrategicPlanning.Validation.PlanValidator.Validate(document).ErrorsIn(StrategicPlanning.Validation.ValidationArea.Plan, StrategicPlanning.Validation.ValidationArea.Measures, StrategicPlanning.Validation.ValidationArea.Delivery).Count == 0
            ? document
            : WithPositiveWeights(document);
    }

    /// <summary>All-zero sibling weights are a validation error; give such a document weight 1 everywhere.</summary>
    private static PlanDocument WithPositiveWeights(PlanDocument document) => document with
    {
        Plan = document.Plan with { Themes = [.. document.Plan.Themes.Select(t => t with
        {
            Outcomes = [.. t.Outcomes.Select(o => o with { Measures = [.. o.Measures.Select(m => m with { Weight = 1 })] })],
        })] },
        DeliveryPlans = [.. document.DeliveryPlans.Select(p => p with { Actions = [.. p.Actions.Select(a => a with { Weight = 1 })] })],
    };

    private static PlanDocument Shuffle(PlanDocument document, Random random)
    {
        T[] Mix<T>(IEnumerable<T> items) => [.. items.OrderBy(_ => random.Next())];
        return document with
        {
            Plan = document.Plan with { Themes = Mix(document.Plan.Themes.Select(t => t with
            {
                Outcomes = Mix(t.Outcomes.Select(o => o with { Measures = Mix(o.Measures) })),
            })) },
            DeliveryPlans = [.. document.DeliveryPlans.Select(p => p with { Actions = Mix(p.Actions.Select(a => a with { OutcomeIds = Mix(a.OutcomeIds) })) })],
        };
    }
}

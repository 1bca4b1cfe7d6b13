using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;

namespace StrategicPlanning.Aggregation;

/// <summary>
/// Builds a scorecard in one linear pass over the leaves (AGG-1..9): each measure and each counting action is
/// evaluated once; outcomes read their leaves through one flat index; themes and the plan count distinct
/// leaves with a stamp per action, never by scanning all actions per node.
/// </summary>
internal sealed class ScorecardBuilder
{
    private readonly Scorecard scorecard;
    private readonly AggregationPolicy policy;
    private readonly List<WeightedScore> used = [];
    private int[] outcomeBuffer = new int[4];
    private LeafResult[] leaves = [];
    private int[] leafIndex = [];
    private int[] outcomeOffsets = [];
    private int measureCount;

    private ScorecardBuilder(Scorecard scorecard)
    {
        this.scorecard = scorecard;
        policy = scorecard.Options.Policy;
    }

    /// <summary>Evaluates every leaf and builds every node of a scorecard that is being made; the nodes refer back to it.</summary>
    public static (MeasureEvaluation[] Measures, ActionEvaluation[] Actions, ScoreNode Plan) Build(Scorecard scorecard)
    {
        var builder = new ScorecardBuilder(scorecard);
        builder.Leaves(scorecard.Document.Plan, out var measures, out var actions);
        return (measures, actions, builder.PlanNode(scorecard.Document.Plan));
    }

    /// <summary>Evaluates every leaf once and lays out each outcome's leaves in <see cref="leafIndex"/>: its measures, then its actions.</summary>
    private void Leaves(Plan plan, out MeasureEvaluation[] measures, out ActionEvaluation[] actions)
    {
        var document = scorecard.Document;
        var outcomeCount = 0;
        foreach (var theme in plan.Themes)
        {
            outcomeCount += theme.Outcomes.Count;
        }

        // Sized once from the counts: a dictionary grown from empty would be rebuilt a dozen times at 100,000 leaves.
        var ordinals = new Dictionary<string, int>(outcomeCount, StringComparer.Ordinal);
        var measuresPerOutcome = new int[outcomeCount];
        var ordinal = 0;
        foreach (var theme in plan.Themes)
        {
            foreach (var outcome in theme.Outcomes)
            {
                ordinals.TryAdd(outcome.Id, ordinal);
                measuresPerOutcome[ordinal++] = outcome.Measures.Count;
                measureCount += outcome.Measures.Count;
            }
        }

        var countingPlans = ActionEvaluator.CountingDeliveryPlans(document, scorecard.AsOf);
        int actionCount = 0, references = 0;
        foreach (var deliveryPlan in countingPlans)
        {
            actionCount += deliveryPlan.Actions.Count;
            for (var i = 0; i < deliveryPlan.Actions.Count; i++)
            {
                references += deliveryPlan.Actions[i].OutcomeIds.Count;
            }
        }

        measures = new MeasureEvaluation[measureCount];
        actions = new ActionEvaluation[actionCount];
        leaves = new LeafResult[measureCount + actionCount];
        var counts = new int[outcomeCount + 1];
        measuresPerOutcome.CopyTo(counts, 0);

        EvaluateMeasures(plan, measures);
        var named = EvaluateActions(countingPlans, references, actions, ordinals, counts);
        outcomeOffsets = new int[outcomeCount + 1];
        for (var o = 0; o < outcomeCount; o++)
        {
            outcomeOffsets[o + 1] = outcomeOffsets[o] + counts[o];
        }

        FillIndex(measuresPerOutcome, actionCount, named);
    }

    private void EvaluateMeasures(Plan plan, MeasureEvaluation[] measures)
    {
        var calendar = scorecard.Document.Calendar;
        var options = scorecard.Options.Measures;
        var m = 0;
        foreach (var theme in plan.Themes)
        {
            foreach (var outcome in theme.Outcomes)
            {
                foreach (var measure in outcome.Measures)
                {
                    var evaluation = MeasureEvaluator.Evaluate(measure, calendar, scorecard.AsOf, options);
                    measures[m] = evaluation;
                    var status = LeafStatuses.Of(evaluation.Status);
                    leaves[m] = new LeafResult(NodeKind.Measure, measure.Id, measure.Title, status, policy.LeafScores.For(status), measure.Weight, measure.MustDo, m);
                    m++;
                }
            }
        }
    }

    /// <summary>
    /// Evaluates the counting actions and counts them under the outcomes they name; returns the ordinals of the distinct
    /// outcomes each action names, worked out once: action <c>a</c>'s are <c>Ordinals[Starts[a]..Starts[a + 1]]</c>.
    /// </summary>
    private (int[] Ordinals, int[] Starts) EvaluateActions(IReadOnlyList<DeliveryPlan> countingPlans, int references, ActionEvaluation[] actions, Dictionary<string, int> ordinals, int[] counts)
    {
        // Sized once: an action names each outcome at most as often as it lists it.
        var named = new int[references];
        var starts = new int[actions.Length + 1];
        var used = 0;
        var a = 0;
        foreach (var deliveryPlan in countingPlans)
        {
            for (var i = 0; i < deliveryPlan.Actions.Count; i++, a++)
            {
                var action = deliveryPlan.Actions[i];
                var evaluation = ActionEvaluator.Evaluate(action, scorecard.AsOf);
                actions[a] = evaluation;
                var status = LeafStatuses.Of(evaluation.Status);
                leaves[measureCount + a] = new LeafResult(NodeKind.Action, action.Id, action.Title, status, policy.LeafScores.For(status), action.Weight, action.MustDo, a);
                var distinct = DistinctOutcomes(action, ordinals);
                for (var k = 0; k < distinct; k++)
                {
                    counts[outcomeBuffer[k]]++;
                    named[used++] = outcomeBuffer[k];
                }

                starts[a + 1] = used;
            }
        }

        return (named, starts);
    }

    private void FillIndex(int[] measuresPerOutcome, int actionCount, (int[] Ordinals, int[] Starts) named)
    {
        leafIndex = new int[outcomeOffsets[^1]];
        var next = new int[measuresPerOutcome.Length];
        var m = 0;
        for (var o = 0; o < next.Length; o++)
        {
            next[o] = outcomeOffsets[o];
            for (var i = 0; i < measuresPerOutcome[o]; i++)
            {
                leafIndex[next[o]++] = m++;
            }
        }

        for (var a = 0; a < actionCount; a++)
        {
            for (var k = named.Starts[a]; k < named.Starts[a + 1]; k++)
            {
                leafIndex[next[named.Ordinals[k]]++] = measureCount + a;
            }
        }
    }

    /// <summary>
    /// Puts the ordinals of the distinct outcomes an action names into <see cref="outcomeBuffer"/> and returns how
    /// many (an action naming two outcomes counts fully in both, AGG-1).
    /// </summary>
    private int DistinctOutcomes(DeliveryAction action, Dictionary<string, int> ordinals)
    {
        var ids = action.OutcomeIds;
        if (outcomeBuffer.Length < ids.Count)
        {
            outcomeBuffer = new int[ids.Count];
        }

        // A scan of what is already taken for the usual one or two outcomes; a set for a hostile long list.
        var seen = ids.Count > 16 ? new HashSet<int>() : null;
        var named = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            if (ordinals.TryGetValue(ids[i], out var o) && (seen?.Add(o) ?? Array.IndexOf(outcomeBuffer, o, 0, named) < 0))
            {
                outcomeBuffer[named++] = o;
            }
        }

        return named;
    }

    private ScoreNode PlanNode(Plan plan)
    {
        var themes = new ScoreNode[plan.Themes.Count];
        var stamps = new int[leaves.Length - measureCount];
        var outcome = 0;
        for (var t = 0; t < themes.Length; t++)
        {
            var theme = plan.Themes[t];
            var outcomes = new ScoreNode[theme.Outcomes.Count];
            for (var o = 0; o < outcomes.Length; o++, outcome++)
            {
                outcomes[o] = OutcomeNode(theme.Outcomes[o], outcome);
            }

            themes[t] = ParentNode(NodeKind.Theme, theme.Id, theme.Name, theme.Weight, outcomes, stamps, t + 1);
        }

        return ParentNode(NodeKind.Plan, plan.Id, plan.Title, 1m, themes, stamps, int.MaxValue);
    }

    private ScoreNode OutcomeNode(Outcome outcome, int ordinal)
    {
        var slice = new LeafSlice(leaves, leafIndex, outcomeOffsets[ordinal], outcomeOffsets[ordinal + 1] - outcomeOffsets[ordinal]);
        var tally = default(Tally);
        var level = policy.Outcomes;
        used.Clear();
        var blanked = false;
        foreach (var index in slice.Indexes)
        {
            var leaf = leaves[index];
            tally.Add(leaf);
            blanked |= !NodeScoring.Take(NodeScoring.StateOf(leaf), leaf.Score, leaf.Weight, level, used);
        }

        return new ScoreNode(scorecard, NodeKind.Outcome, outcome.Id, outcome.Title, outcome.Weight, ValueList<ScoreNode>.Empty, slice, Finish(in tally, blanked, level));
    }

    /// <summary>A theme or the plan: scores from its children; counts over the distinct leaves beneath, stamped with <paramref name="stamp"/>.</summary>
    private ScoreNode ParentNode(NodeKind kind, string id, string name, decimal weight, ScoreNode[] children, int[] stamps, int stamp)
    {
        var level = policy.For(kind);
        var tally = default(Tally);
        used.Clear();
        var blanked = false;
        foreach (var child in children)
        {
            blanked |= !NodeScoring.Take(NodeScoring.StateOf(child), child.Score, child.Weight, level, used);
            CountDistinct(child, ref tally, stamps, stamp);
        }

        return new ScoreNode(scorecard, kind, id, name, weight, ValueList.Own(children), ValueList<LeafResult>.Empty, Finish(in tally, blanked, level));
    }

    private void CountDistinct(ScoreNode child, ref Tally tally, int[] stamps, int stamp)
    {
        if (child.Kind != NodeKind.Outcome)
        {
            foreach (var grandchild in child.Children)
            {
                CountDistinct(grandchild, ref tally, stamps, stamp);
            }

            return;
        }

        foreach (var index in ((LeafSlice)child.Leaves).Indexes)
        {
            if (index >= measureCount)
            {
                ref var seen = ref stamps[index - measureCount];
                if (seen == stamp)
                {
                    continue;
                }

                seen = stamp;
            }

            tally.Add(leaves[index]);
        }
    }

    private NodeResult Finish(in Tally tally, bool blanked, LevelPolicy level)
    {
        var (score, rag, held) = NodeScoring.Finish(used, blanked, tally.RedMustDoCount > 0, level);
        return new NodeResult(score, rag, held, tally.Counts, tally.MeasuresGreen, tally.MeasuresWithStatus, tally.FirstRedMustDo, tally.RedMustDoCount);
    }

    /// <summary>Counts leaves by status (AGG-9), measures by RAG (MEA-7), and the red must-do leaves (AGG-6), keeping the first.</summary>
    /// <remarks>A value on the stack: one per node, nothing allocated.</remarks>
    private struct Tally
    {
        public StatusCounts Counts { get; private set; }

        public int MeasuresGreen { get; private set; }

        public int MeasuresWithStatus { get; private set; }

        public LeafResult FirstRedMustDo { get; private set; }

        public int RedMustDoCount { get; private set; }

        public void Add(LeafResult leaf)
        {
            Counts = Counts.Add(leaf.Status);
            if (leaf.Kind == NodeKind.Measure && leaf.Status is LeafStatus.Green or LeafStatus.Amber or LeafStatus.Red)
            {
                MeasuresWithStatus++;
                MeasuresGreen += leaf.Status == LeafStatus.Green ? 1 : 0;
            }

            if (leaf.MustDo && leaf.Status == LeafStatus.Red)
            {
                if (RedMustDoCount++ == 0)
                {
                    FirstRedMustDo = leaf;
                }
            }
        }
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using StrategicPlanning.Core;

namespace StrategicPlanning.Aggregation;

/// <summary>
/// Works out a node's trace (AGG-7) by running the same <see cref="NodeScoring"/> steps the builder ran, this
/// time keeping every child with its effective weight and every reason.
/// </summary>
internal static class NodeTraceBuilder
{
    public static NodeTrace Build(Scorecard scorecard, ScoreNode node)
    {
        var level = scorecard.Options.Policy.For(node.Kind);
        var children = Children(scorecard, node);
        var used = new List<WeightedScore>();
        var usedChildren = new List<(Child Child, bool AsZero)>();
        var leftOut = new List<TraceExclusion>();
        var blankedBy = new List<Child>();
        foreach (var child in children)
        {
            var before = used.Count;
            if (!NodeScoring.Take(child.State, child.Score, child.Weight, level, used))
            {
                blankedBy.Add(child);
                leftOut.Add(new TraceExclusion(child.Kind, child.Id, child.Name, child.Reason + "; the policy gives the parent no score while a child has no data (AGG-8)"));
            }
            else if (used.Count > before)
            {
                usedChildren.Add((child, child.State == ChildState.Missing));
            }
            else
            {
                var dropped = child.State == ChildState.Missing ? "; left out, and the other weights renormalise (AGG-3)" : string.Empty;
                leftOut.Add(new TraceExclusion(child.Kind, child.Id, child.Name, child.Reason + dropped));
            }
        }

        var blanked = blankedBy.Count > 0;
        var span = CollectionsMarshal.AsSpan(used);
        var shares = new decimal?[span.Length];
        if (!blanked)
        {
            level.Combination.EffectiveWeights(span, shares); // a blanked parent has no score for them to share (AGG-8)
        }

        var traced = new List<TraceChild>(usedChildren.Count);
        for (var i = 0; i < usedChildren.Count; i++)
        {
            var (child, asZero) = usedChildren[i];
            var note = asZero ? child.Reason + "; counted as 0 by the policy (AGG-8)" : child.Reason;
            traced.Add(new TraceChild(child.Kind, child.Id, child.Name, span[i].Score, span[i].Weight, shares[i], note));
        }

        var rule = level.Combination.Description + MissingRule(level.MissingData);
        var scoreReason = ScoreReason(node, traced.Count, blankedBy);
        var ragReason = RagReason(scorecard, node, level);
        // AGG-8: a parent the policy blanks is summed up by that, not by what its children weigh.
        var summary = blanked ? scoreReason : Summary(scorecard, node, traced, ragReason);
        return new NodeTrace(rule, traced, leftOut, scoreReason, ragReason, CoverageReason(node), summary) { BlankedByPolicy = blanked };
    }

    private static List<Child> Children(Scorecard scorecard, ScoreNode node)
    {
        if (node.Kind == NodeKind.Outcome)
        {
            return [.. node.Leaves.Select(leaf => new Child(leaf.Kind, leaf.Id, leaf.Title, leaf.Score, leaf.Weight, NodeScoring.StateOf(leaf), LeafDescriptions.Describe(scorecard, leaf)))];
        }

        return [.. node.Children.Select(child => new Child(child.Kind, child.Id, child.Name, child.Score, child.Weight, NodeScoring.StateOf(child), NodeReason(child)))];
    }

    private static string NodeReason(ScoreNode child) => NodeScoring.StateOf(child) switch
    {
        ChildState.Scored => $"{Wording.Rag(child.Rag)}, score {Wording.Number(child.Score!.Value)}",
        ChildState.Missing when child.Trace.BlankedByPolicy => "no score: a child of it has no data, and the policy blanks it (AGG-8)",
        ChildState.Missing when child.Counts.WithData > 0 => "no score: its measures and actions with data all carry weight 0 (AGG-3)",
        ChildState.Missing => $"no score: none of its {Wording.Plural(child.Counts.Eligible, "eligible measure or action", "eligible measures and actions")} has data",
        _ => "nothing to score: it has no eligible measures or actions (all excluded, data only, or none)",
    };

    private static string MissingRule(MissingDataHandling handling) => handling switch
    {
        MissingDataHandling.CountAsZero => "; children with no data count as 0",
        MissingDataHandling.BlankParent => "; any child with no data leaves the parent without a score",
        _ => "; children with no data drop out and the weights renormalise",
    };

    private static string ScoreReason(ScoreNode node, int usedCount, List<Child> blankedBy)
    {
        if (blankedBy.Count > 0)
        {
            var have = blankedBy.Count == 1 ? "has" : "have";
            return $"No score: {string.Join(", ", blankedBy.Select(c => $"'{c.Name}'"))} {have} no data, and the policy blanks the parent (AGG-8).";
        }

        return node.Score is { } score
            ? $"Score {Wording.Number(score)} from {Wording.Plural(usedCount, "scored child", "scored children")} (AGG-3)."
            : usedCount > 0
                ? $"No score: the children with a score all carry weight 0, so the {Wording.Kind(node.Kind)} has none (null, not 0) (AGG-3)."
                : $"No score: no child has a score, so the {Wording.Kind(node.Kind)} has none (null, not 0) (AGG-3).";
    }

    private static string RagReason(Scorecard scorecard, ScoreNode node, LevelPolicy level)
    {
        if (node.Score is not { } score)
        {
            return "No RAG, because there is no score (AGG-5).";
        }

        var thresholds = level.Thresholds;
        var byScore = thresholds.Classify(score);
        var shown = Wording.Score(score, thresholds.GreenAbove, thresholds.AmberAbove);
        var because = byScore switch
        {
            Rag.Green => $"{shown} is above {Wording.Number(thresholds.GreenAbove)}: green",
            Rag.Amber => $"{shown} is above {Wording.Number(thresholds.AmberAbove)} but not above {Wording.Number(thresholds.GreenAbove)}: amber",
            _ => $"{shown} is not above {Wording.Number(thresholds.AmberAbove)}: red",
        };
        if (!node.HeldByMustDo)
        {
            return because + " (AGG-5).";
        }

        var first = node.FirstRedMustDo;
        var others = node.RedMustDoCount > 1 ? $" (and {Wording.Plural(node.RedMustDoCount - 1, "other", "others")})" : string.Empty;
        return $"{because} (AGG-5), but the must-do {Wording.Kind(first.Kind)} '{first.Title}'{others} is {LeafDescriptions.Describe(scorecard, first)}, so it is held at amber (AGG-6).";
    }

    private static string CoverageReason(ScoreNode node)
    {
        var counts = node.Counts;
        return counts.Eligible == 0
            ? "Coverage: none, as no measure or action beneath is eligible (AGG-4)."
            : string.Create(CultureInfo.InvariantCulture, $"Coverage {Wording.Percent(node.Coverage!.Value)}: {counts.WithData} of {Wording.Plural(counts.Eligible, "eligible measure or action", "eligible measures and actions")} beneath have data (AGG-4).");
    }

    private static string Summary(Scorecard scorecard, ScoreNode node, List<TraceChild> used, string ragReason)
    {
        if (node.Score is not { } score)
        {
            return node.Counts.Eligible == 0 ? "No score: nothing beneath is eligible to score."
                : used.Count > 0 || node.Counts.WithData > 0 ? "No score: what has data beneath carries weight 0."
                : "No score: nothing beneath has data yet.";
        }

        var levelThresholds = scorecard.Options.Policy.For(node.Kind).Thresholds;
        var head = $"{Capital(Wording.Rag(node.Rag))} at {Wording.Score(score, levelThresholds.GreenAbove, levelThresholds.AmberAbove)}";
        if (node.HeldByMustDo)
        {
            var leaf = node.FirstRedMustDo;
            return $"{head}: held at amber because must-do {Wording.Kind(leaf.Kind)} '{leaf.Title}' is {LeafDescriptions.Describe(scorecard, leaf)} (AGG-6).";
        }

        var thresholds = scorecard.Options.Policy.For(node.Kind).Thresholds;
        if (node.Rag == Rag.Green)
        {
            return $"{head}: above {Wording.Number(thresholds.GreenAbove)} (AGG-5).";
        }

        // What pulls it down: children scoring below it, else the lowest-scoring leaves beneath.
        var worst = used.Where(c => c.Score < score).OrderBy(c => c.Score).Take(2).Select(c => (c.Kind, c.Name, c.Score)).ToList();
        if (worst.Count == 0)
        {
            worst = [.. LeavesBeneath(node).Where(l => l.Score < score).OrderBy(l => l.Score).Take(2).Select(l => (l.Kind, Name: l.Title, Score: l.Score!.Value))];
        }

        return worst.Count == 0
            ? $"{head}: {ragReason}"
            : $"{head}: pulled down by {string.Join(" and ", worst.Select(c => $"{Wording.Kind(c.Kind)} '{c.Name}' at {Wording.Number(c.Score)}"))}.";
    }

    /// <summary>Each distinct leaf beneath a node once (an action naming two outcomes is one leaf).</summary>
    private static IEnumerable<LeafResult> LeavesBeneath(ScoreNode node) =>
        (node.Kind == NodeKind.Outcome ? node.Leaves : node.Children.SelectMany(LeavesBeneath)).DistinctBy(l => (l.Kind, l.Index));

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private readonly record struct Child(NodeKind Kind, string Id, string Name, decimal? Score, decimal Weight, ChildState State, string Reason);
}

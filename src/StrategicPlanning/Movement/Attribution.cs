using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;

namespace StrategicPlanning.Movement;

/// <summary>
/// Splits a node's change into its leaves' contributions (see <see cref="Contribution"/> for the formula), so that
/// they add up to the change exactly in <see cref="decimal"/>, and swapping the two scorecards negates every one.
/// </summary>
/// <remarks>
/// Each part is rounded to <see cref="Places"/> decimal places (half to even, which is symmetric about 0), so adding
/// them never rounds. Shares are quotients, and the scores themselves were rounded at decimal's 28 digits, so the
/// parts miss the exact change by a few units of the 24th place at most: that remainder goes to the last non-zero
/// contribution in the list's order, which then holds Change − (the sum of those before it), exactly.
/// </remarks>
internal static class Attribution
{
    /// <summary>The decimal places each part is rounded to before the remainder is placed.</summary>
    private const int Places = 24;

    /// <summary>The contributions to the change of a node found in both scorecards, largest first.</summary>
    public static IReadOnlyList<Contribution> Of(AttributionWork work, NodeLayout thenNode, NodeLayout nowNode, decimal change)
    {
        work.Begin();
        work.Beneath(work.Then, thenNode, work.ThenSide);
        work.Beneath(work.Now, nowNode, work.NowSide);
        Shares.Add(work.Then, thenNode, 1m, work, work.ThenSide);
        Shares.Add(work.Now, nowNode, 1m, work, work.NowSide);
        var middle = (thenNode.Node.Score!.Value + nowNode.Node.Score!.Value) / 2;

        // Made in the order the terms were met, which follows the trees, then put in order by size and rank.
        var touched = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(work.Touched);
        var parts = work.Parts(touched.Length);
        var segment = work.RowsFor(touched.Length);
        var rows = segment.AsSpan();
        var leaves = work.Leaves;
        Dictionary<TermKey, string>? names = null;
        for (var i = 0; i < touched.Length; i++)
        {
            var slot = touched[i];
            ref readonly var thenState = ref work.ThenSide[slot];
            ref readonly var nowState = ref work.NowSide[slot];
            var thenAt = thenState.LeafStamp == work.Stamp ? thenState.LeafAt : -1;
            var nowAt = nowState.LeafStamp == work.Stamp ? nowState.LeafAt : -1;
            var then = Side(work, leaves.ThenLeaves, leaves.ThenScores, thenState, thenAt);
            var now = Side(work, leaves.NowLeaves, leaves.NowScores, nowState, nowAt);
            var (fromScore, fromMix) = Parts(then, now, middle);
            var key = work.Keys[slot];
            var cause = Cause(key.Kind, then, now);
            if (thenAt < 0 && nowAt < 0)
            {
                // No leaf beneath the node on either side: a child node counted as zero (AGG-8), named from the trees.
                nowAt = -2 - leaves.AddName(Title(key, names ??= Names(nowNode.Node, thenNode.Node)));
            }

            rows[i] = new ContributionRow(slot, thenAt, nowAt, cause, then, now);
            parts[i] = new Part(fromScore + fromMix, work.Ranks[slot], i);
        }

        Array.Sort(parts, 0, touched.Length);
        Reorder(rows, parts);
        var remainder = PlaceRemainder(rows, parts, change, middle, leaves);
        return rows.Length == 0 ? ValueList<Contribution>.Empty : new ContributionRows(segment, leaves, middle, remainder);
    }

    /// <summary>
    /// A term's two parts of a node's change (see <see cref="Contribution"/>), each rounded to <see cref="Places"/>:
    /// worked out as a row is made, and again, the same, each time it is read.
    /// </summary>
    /// <param name="then">The earlier side.</param>
    /// <param name="now">The later side.</param>
    /// <param name="middle">The mean of the node's two scores.</param>
    public static (decimal FromScore, decimal FromMix) Parts(in Contribution.Side then, in Contribution.Side now, decimal middle)
    {
        decimal fromScore = 0m, mean;
        if (then.Score is { } s && now.Score is { } s2)
        {
            fromScore = Round((then.Share + now.Share) * (s2 - s) / 2);
            mean = (s + s2) / 2;
        }
        else
        {
            mean = then.Score ?? now.Score ?? 0m;
        }

        return (fromScore, Round((now.Share - then.Share) * (mean - middle)));
    }

    /// <summary>
    /// Puts the rows in the parts' order where they stand (row i becomes the one made at <c>parts[i].Index</c>),
    /// following each cycle of the permutation once: no second array of rows, which at a million leaves would be
    /// another 48 MB for the collector.
    /// </summary>
    private static void Reorder(Span<ContributionRow> rows, Part[] parts)
    {
        for (var start = 0; start < rows.Length; start++)
        {
            if (parts[start].Index < 0)
            {
                continue;
            }

            var saved = rows[start];
            var at = start;
            while (true)
            {
                var from = parts[at].Index;
                parts[at] = parts[at] with { Index = -1 };
                if (from == start)
                {
                    rows[at] = saved;
                    break;
                }

                rows[at] = rows[from];
                at = from;
            }
        }
    }

    /// <summary>
    /// Gives the remainder to the last non-zero part (the first, when all are zero), so the totals add up to
    /// <paramref name="change"/> exactly; <paramref name="parts"/> hold the rows' totals in the rows' order. Returns that
    /// row's parts when they differ from the formula's, else null.
    /// </summary>
    private static ContributionRows.Remainder? PlaceRemainder(ReadOnlySpan<ContributionRow> rows, Part[] parts, decimal change, decimal middle, ComparedLeaves leaves)
    {
        if (rows.Length == 0)
        {
            return null;
        }

        var last = rows.Length - 1;
        while (last >= 0 && parts[last].Total == 0m)
        {
            last--;
        }

        var at = last < 0 ? 0 : last;
        var before = 0m;
        for (var i = 0; i < at; i++)
        {
            before += parts[i].Total;
        }

        var (fromScore, fromMix) = rows[at].Parts(leaves, middle);
        var total = change - before;
        if (total == fromScore + fromMix)
        {
            return null;
        }

        return Math.Abs(fromScore) >= Math.Abs(fromMix)
            ? new ContributionRows.Remainder(at, total - fromMix, fromMix)
            : new ContributionRows.Remainder(at, fromScore, total - fromScore);
    }

    private static ContributionCause Cause(NodeKind kind, in Contribution.Side then, in Contribution.Side now)
    {
        if (kind is not (NodeKind.Measure or NodeKind.Action))
        {
            // A child node with no data counted as zero (AGG-8).
            return then.Share == 0m && now.Share != 0m ? ContributionCause.Appeared
                : then.Share != 0m && now.Share == 0m ? ContributionCause.Disappeared
                : then.Share != now.Share ? ContributionCause.ShareChanged
                : ContributionCause.Unchanged;
        }

        if (then.Status is not { } was)
        {
            return ContributionCause.Appeared;
        }

        if (now.Status is not { } status)
        {
            return ContributionCause.Disappeared;
        }

        bool scoredThen = Scored(was), scoredNow = Scored(status);
        return (scoredThen, scoredNow) switch
        {
            (false, true) => was == LeafStatus.NoData ? ContributionCause.GainedData : ContributionCause.StartedCounting,
            (true, false) => status == LeafStatus.NoData ? ContributionCause.LostData : ContributionCause.StoppedCounting,
            (true, true) when then.Score != now.Score => ContributionCause.ScoreChanged,
            (false, false) when Eligible(was) != Eligible(status) => Eligible(status) ? ContributionCause.StartedCounting : ContributionCause.StoppedCounting,
            _ when then.Weight != now.Weight => ContributionCause.WeightChanged,
            _ when then.Share != now.Share => ContributionCause.ShareChanged,
            _ => ContributionCause.Unchanged,
        };
    }

    private static bool Scored(LeafStatus status) => status is LeafStatus.Green or LeafStatus.Amber or LeafStatus.Red or LeafStatus.Complete;

    private static bool Eligible(LeafStatus status) => status is not (LeafStatus.Excluded or LeafStatus.DataOnly);

    /// <summary>One scorecard's side of a term in the current attribution: the leaf's status and weight when it is beneath the node, the share and score when it counts.</summary>
    private static Contribution.Side Side(AttributionWork work, CardLayout.LeafFacts[] leaves, LeafScores scores, in AttributionWork.SideState state, int at)
    {
        var counted = state.TermStamp == work.Stamp;
        return ComparedLeaves.Side(leaves, scores, at, counted, counted ? state.Share : 0m);
    }

    private static decimal Round(decimal value) => Math.Round(value, Places, MidpointRounding.ToEven);

    /// <summary>The name of a child node counted as zero (AGG-8), from whichever side has it.</summary>
    private static string Title(TermKey key, Dictionary<TermKey, string> names) => names.GetValueOrDefault(key) ?? key.Id;

    /// <summary>
    /// The names of the nodes beneath both, the later's first (as a search of the later node, then the earlier, finds
    /// them): made once per attribution, so naming the child nodes among the terms stays linear in the plan's size.
    /// </summary>
    private static Dictionary<TermKey, string> Names(ScoreNode nowNode, ScoreNode thenNode)
    {
        var names = new Dictionary<TermKey, string>();
        Collect(nowNode, names);
        Collect(thenNode, names);
        return names;

        static void Collect(ScoreNode node, Dictionary<TermKey, string> into)
        {
            into.TryAdd(new TermKey(node.Kind, node.Id), node.Name);
            foreach (var child in node.Children)
            {
                Collect(child, into);
            }
        }
    }

    /// <summary>
    /// A contribution's total, its term's rank (<see cref="TermSlots.Ranks"/>) and where its row was made, ordered
    /// largest total (by size) first, then by kind and id (the rank): a total order, since no two terms share a kind
    /// and an id.
    /// </summary>
    internal readonly record struct Part(decimal Total, int Rank, int Index) : IComparable<Part>
    {
        public int CompareTo(Part other)
        {
            var bySize = Math.Abs(other.Total).CompareTo(Math.Abs(Total));
            return bySize != 0 ? bySize : Rank.CompareTo(other.Rank);
        }
    }
}

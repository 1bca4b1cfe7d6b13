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

    public static IReadOnlyList<Contribution> Of(Scorecard thenCard, ScoreNode thenNode, Scorecard nowCard, ScoreNode nowNode, decimal change)
    {
        var thenTerms = Shares.Of(thenCard, thenNode);
        var nowTerms = Shares.Of(nowCard, nowNode);
        var thenLeaves = LeavesBeneath(thenNode);
        var nowLeaves = LeavesBeneath(nowNode);
        var middle = (thenNode.Score!.Value + nowNode.Score!.Value) / 2;
        var keys = new HashSet<TermKey>(thenLeaves.Keys);
        keys.UnionWith(nowLeaves.Keys);
        keys.UnionWith(thenTerms.Keys);
        keys.UnionWith(nowTerms.Keys);

        var parts = new List<Part>(keys.Count);
        Dictionary<TermKey, string>? names = null;
        foreach (var key in keys)
        {
            var then = Side(key, thenLeaves, thenTerms);
            var now = Side(key, nowLeaves, nowTerms);
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

            var fromMix = Round((now.Share - then.Share) * (mean - middle));
            var title = nowLeaves.TryGetValue(key, out var leaf) || thenLeaves.TryGetValue(key, out leaf) ? leaf.Title : Title(key, names ??= Names(nowNode, thenNode));
            parts.Add(new Part(key, title, then, now, fromScore, fromMix, Math.Abs(fromScore + fromMix)));
        }

        parts.Sort(static (a, b) =>
        {
            var bySize = b.Size.CompareTo(a.Size);
            return bySize != 0 ? bySize : a.Key.Kind != b.Key.Kind ? a.Key.Kind.CompareTo(b.Key.Kind) : string.CompareOrdinal(a.Key.Id, b.Key.Id);
        });
        PlaceRemainder(parts, change);
        return ValueList.From(parts.Select(p => new Contribution(p.Key.Kind, p.Key.Id, p.Title, Cause(p), p.Then, p.Now, p.FromScore, p.FromMix)));
    }

    /// <summary>Gives the remainder to the last non-zero part (the first, when all are zero), so the totals add up to <paramref name="change"/> exactly.</summary>
    private static void PlaceRemainder(List<Part> parts, decimal change)
    {
        if (parts.Count == 0)
        {
            return;
        }

        var last = parts.FindLastIndex(p => p.FromScore + p.FromMix != 0m);
        var at = last < 0 ? 0 : last;
        var before = 0m;
        for (var i = 0; i < at; i++)
        {
            before += parts[i].FromScore + parts[i].FromMix;
        }

        var part = parts[at];
        var total = change - before;
        if (total == part.FromScore + part.FromMix)
        {
            return;
        }

        parts[at] = Math.Abs(part.FromScore) >= Math.Abs(part.FromMix)
            ? part with { FromScore = total - part.FromMix }
            : part with { FromMix = total - part.FromScore };
    }

    private static ContributionCause Cause(Part part)
    {
        var (then, now) = (part.Then, part.Now);
        if (part.Key.Kind is not (NodeKind.Measure or NodeKind.Action))
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

    private static Contribution.Side Side(TermKey key, Dictionary<TermKey, LeafResult> leaves, Dictionary<TermKey, Term> terms)
    {
        var found = leaves.TryGetValue(key, out var leaf);
        var counted = terms.TryGetValue(key, out var term);
        return new Contribution.Side(found ? leaf.Status : null, counted ? term.Score : null, found ? leaf.Weight : null, counted ? term.Share : 0m);
    }

    private static decimal Round(decimal value) => Math.Round(value, Places, MidpointRounding.ToEven);

    /// <summary>The distinct leaves beneath a node, by kind and id.</summary>
    private static Dictionary<TermKey, LeafResult> LeavesBeneath(ScoreNode node)
    {
        var leaves = new Dictionary<TermKey, LeafResult>();
        Collect(node, leaves);
        return leaves;

        static void Collect(ScoreNode node, Dictionary<TermKey, LeafResult> into)
        {
            foreach (var leaf in node.Leaves)
            {
                into.TryAdd(new TermKey(leaf.Kind, leaf.Id), leaf);
            }

            foreach (var child in node.Children)
            {
                Collect(child, into);
            }
        }
    }

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

    private sealed record Part(TermKey Key, string Title, Contribution.Side Then, Contribution.Side Now, decimal FromScore, decimal FromMix, decimal Size);
}

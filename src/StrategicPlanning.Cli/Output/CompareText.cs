using System.Globalization;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;
using StrategicPlanning.Movement;

namespace StrategicPlanning.Cli;

/// <summary>
/// The readable form of <c>splan compare</c>: the plan and each theme, score then → now and RAG then → now, with what
/// the thresholds and the must-do guard did, and the largest contributors in plain words.
/// </summary>
internal static class CompareText
{
    /// <summary>How many contributors a node's line names before the rest are summed up.</summary>
    private const int Top = 3;

    public static void Write(TextWriter output, ScoreMovement movement, (string Then, string Now)? files)
    {
        var (then, now) = (Date(movement.Then.AsOf), Date(movement.Now.AsOf));
        var what = files is { } f
            ? then == now ? $"from {f.Then} to {f.Now}, both at {now}" : $"from {f.Then} at {then} to {f.Now} at {now}"
            : $"from {then} to {now}";
        output.WriteLine(TerminalText.Safe($"{movement.Plan.Name}: what moved {what}"));
        output.WriteLine();
        Node(output, movement, movement.Plan);
        foreach (var theme in movement.Plan.Children)
        {
            output.WriteLine();
            Node(output, movement, theme);
        }

        Leaves(output, "New here", movement.Appeared);
        Leaves(output, "Gone", movement.Disappeared);
        output.WriteLine();
        output.WriteLine("Each contribution is the leaf's share of the node times its score change, plus what the change of shares (the mix) did;");
        output.WriteLine("they add up to the node's change exactly. RAG: green above 75, amber above 25 (AGG-5); a red must do holds green at amber (AGG-6).");
    }

    private static void Node(TextWriter output, ScoreMovement movement, NodeMovement node)
    {
        var name = node.Kind == NodeKind.Plan ? "The plan" : node.Name;
        if (node.Change is not { } change)
        {
            var note = !node.InThen ? "is new" : !node.InNow ? "is gone" : "has no score at one of the two";
            output.WriteLine(TerminalText.Safe($"{name} {note}: {Score(node.ScoreThen)} → {Score(node.ScoreNow)}, {Rag(node.RagThen)} → {Rag(node.RagNow)}"));
            return;
        }

        var verb = change > 0 ? $"rose {Number(change, "0.0")}" : change < 0 ? $"fell {Number(-change, "0.0")}" : "did not move";
        output.WriteLine(TerminalText.Safe($"{name} {verb}: {Score(node.ScoreThen)} → {Score(node.ScoreNow)}, {Rag(node.RagThen)} → {Rag(node.RagNow)}{Reasons(node)}"));
        var moved = node.Contributions.Where(c => c.Total != 0m).ToList();
        foreach (var c in moved.Take(Top))
        {
            output.WriteLine(TerminalText.Safe($"  {Words(movement, c)} ({Signed(c.Total)})"));
        }

        if (moved.Count > Top)
        {
            var rest = moved.Skip(Top).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  and {rest.Count} more ({Signed(rest.Sum(c => c.Total))})"));
        }
    }

    /// <summary>What the RAG thresholds (AGG-5) and the must-do guard (AGG-6) did.</summary>
    private static string Reasons(NodeMovement node)
    {
        var reasons = new List<string>();
        if (node.ThresholdCrossed)
        {
            reasons.Add($"the score crossed from {Rag(node.BandThen)} to {Rag(node.BandNow)} (AGG-5)");
        }

        reasons.Add(node.MustDoGuard switch
        {
            MustDoGuardMove.NowHeld => "now held at amber by a red must do (AGG-6)",
            MustDoGuardMove.NoLongerHeld => "no longer held at amber by a must do (AGG-6)",
            MustDoGuardMove.StillHeld => "still held at amber by a red must do (AGG-6)",
            _ => string.Empty,
        });
        var said = reasons.Where(r => r.Length > 0).ToList();
        return said.Count == 0 ? string.Empty : "; " + string.Join("; ", said);
    }

    /// <summary>A contributor in plain words, e.g. "'City centre footfall' went from amber to red".</summary>
    private static string Words(ScoreMovement movement, Contribution c)
    {
        var title = $"'{c.Title}'";
        return c.Cause switch
        {
            ContributionCause.ScoreChanged => $"{title} went from {Status(c.StatusThen)} to {Status(c.StatusNow)}",
            ContributionCause.GainedData when Period(movement.Now, c) is { } period => $"{title} has its {period} actual: {Status(c.StatusNow)}",
            ContributionCause.GainedData => $"{title} has an update now: {Status(c.StatusNow)}",
            ContributionCause.LostData when Period(movement.Now, c) is { } period => $"{title} has no {period} actual (was {Status(c.StatusThen)})",
            ContributionCause.LostData => $"{title} has no update now (was {Status(c.StatusThen)})",
            ContributionCause.StartedCounting => $"{title} counts now: {Status(c.StatusNow)} (was {Status(c.StatusThen)})",
            ContributionCause.StoppedCounting => $"{title} no longer counts: {Status(c.StatusNow)} (was {Status(c.StatusThen)})",
            ContributionCause.Appeared => $"{title} is new here: {Status(c.StatusNow)}",
            ContributionCause.Disappeared => $"{title} is gone (was {Status(c.StatusThen)})",
            ContributionCause.WeightChanged => $"{title} had its weight changed from {Number(c.WeightThen, "0.##")} to {Number(c.WeightNow, "0.##")}",
            _ => $"{title} ({Status(c.StatusNow)}) weighs {(c.ShareNow > c.ShareThen ? "more" : "less")} in the mix as others moved",
        };
    }

    /// <summary>A measure's current period on a scorecard (MEA-4), e.g. "2024/25 Q2"; null for an action.</summary>
    private static string? Period(Scorecard card, Contribution c) =>
        c.Kind == NodeKind.Measure && card.FindLeaf(c.Id) is { Kind: NodeKind.Measure } leaf ? card.MeasureOf(leaf).Period.ToString() : null;

    private static void Leaves(TextWriter output, string heading, IReadOnlyList<LeafResult> leaves)
    {
        if (leaves.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(TerminalText.Safe($"{heading}: " + string.Join(", ", leaves.Select(l => $"'{l.Title}' ({Status(l.Status)})"))));
    }

    private static string Status(LeafStatus? status) => status switch
    {
        null => "not here",
        LeafStatus.NoData => "no data",
        LeafStatus.Excluded => "excluded",
        LeafStatus.DataOnly => "data only",
        { } s => s.ToString().ToLowerInvariant(),
    };

    private static string Rag(Rag? rag) => rag?.ToString().ToLowerInvariant() ?? "no RAG";

    private static string Score(decimal? score) => score is { } s ? Number(s, "0.0") : "no score";

    private static string Signed(decimal value)
    {
        var rounded = Rounding.ForDisplay(value, 1);
        return rounded == 0m ? (value < 0 ? "−0.0" : "+0.0") : (rounded > 0 ? "+" : "−") + Math.Abs(rounded).ToString("0.0", CultureInfo.InvariantCulture);
    }

    /// <summary>Rounds half away from zero to the places <paramref name="format"/> shows ("0.0" one, "0.##" two).</summary>
    private static string Number(decimal? value, string format) =>
        value is { } v ? Rounding.ForDisplay(v, format.Length - 2).ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string Date(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;
using StrategicPlanning.Movement;
using StrategicPlanning.Reports;

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
        if (MovementWords.Change(node) is not { } change)
        {
            var note = !node.InThen ? "is new" : !node.InNow ? "is gone" : "has no score at one of the two";
            output.WriteLine(TerminalText.Safe($"{name} {note}: {Score(node.ScoreThen)} → {Score(node.ScoreNow)}, {Rag(node.RagThen)} → {Rag(node.RagNow)}"));
            return;
        }

        output.WriteLine(TerminalText.Safe($"{name} {change}: {Score(node.ScoreThen)} → {Score(node.ScoreNow)}, {Rag(node.RagThen)} → {Rag(node.RagNow)}{Reasons(node)}"));
        var moved = node.Contributions.Where(c => c.Total != 0m).ToList();
        foreach (var c in moved.Take(Top))
        {
            output.WriteLine(TerminalText.Safe("  " + MovementWords.Describe(movement, c)));
        }

        if (moved.Count > Top)
        {
            var rest = moved.Skip(Top).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  and {rest.Count} more ({MovementWords.Part(rest.Sum(c => c.Total))})"));
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

    private static void Leaves(TextWriter output, string heading, IReadOnlyList<LeafResult> leaves)
    {
        if (leaves.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(TerminalText.Safe($"{heading}: " + string.Join(", ", leaves.Select(l => $"'{l.Title}' ({MovementWords.Status(l.Status)})"))));
    }

    private static string Rag(Rag? rag) => rag?.ToString().ToLowerInvariant() ?? "no RAG";

    /// <summary>A score at one decimal, rounded half away from zero.</summary>
    private static string Score(decimal? score) => score is { } s ? Rounding.ForDisplay(s, 1).ToString("0.0", CultureInfo.InvariantCulture) : "no score";

    private static string Date(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

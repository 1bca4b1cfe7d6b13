using System.Globalization;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;
using StrategicPlanning.Movement;

namespace StrategicPlanning.Reports;

/// <summary>
/// The quarterly report's "What moved this quarter" (issue 17, point 3): the plan's movement and each theme's, the
/// largest first, each with the measures and actions that moved it and by how much (<see cref="ScoreMovement"/>), in
/// the words <see cref="MovementWords"/> gives <c>splan compare</c> too, at one decimal and without rule ids.
/// </summary>
internal static class MovementSection
{
    /// <summary>How many contributions a line names before it sums up the rest.</summary>
    public const int Top = 3;

    /// <summary>The section's id, for the contents and the print rules.</summary>
    public const string Id = "moved";

    public static void Write(HtmlWriter html, ReportData data)
    {
        var movement = data.Movement;
        Page.Section(html, Id, "What moved this quarter");
        html.Raw("<p class=\"moved-plan\">");
        Node(html, movement, movement.Plan, "The plan");
        html.Raw("</p>\n");

        // Largest movement first; a theme with no comparison, or none, after those that moved, in the plan's order.
        var themes = movement.Plan.Children
            .OrderByDescending(t => t.Change is { } c ? Math.Abs(c) : -1m)
            .ToList();
        // A large plan names the themes that moved most, and sums up the rest.
        var shown = data.Options.RowsShown;
        var moved = themes.Where(t => t.Change is { } c && c != 0m).ToList();
        if (moved.Count > 0)
        {
            html.Raw("<ul class=\"moved\">");
            foreach (var theme in moved.Take(shown))
            {
                html.Raw("<li>");
                Node(html, movement, theme, theme.Name);
                html.Raw("</li>");
            }

            if (moved.Count > shown)
            {
                var rest = moved.Skip(shown).ToList();
                html.Element("li", Summarised.More(rest.Count, "theme moved", "themes moved", $"{rest.Count(t => t.Change > 0m).ToString("N0", CultureInfo.InvariantCulture)} up, {rest.Count(t => t.Change < 0m).ToString("N0", CultureInfo.InvariantCulture)} down, each by less than those above", Summarised.Scores));
            }

            html.Raw("</ul>\n");
        }

        var still = themes.Except(moved).ToList();
        if (still.Count > 0)
        {
            html.Raw("<p>");
            foreach (var theme in still.Take(shown))
            {
                Node(html, movement, theme, theme.Name);
                html.Raw(" ");
            }

            if (still.Count > shown)
            {
                html.Text(Summarised.More(still.Count - shown, "theme did not move or has no comparison", "themes did not move or have no comparison", null, null));
            }

            html.Raw("</p>\n");
        }

        Leaves(html, "New this quarter", movement.Appeared, shown);
        Leaves(html, "No longer in the plan", movement.Disappeared, shown);
        Page.Paragraph(
            html,
            "The figure after each measure or action is its part of the change: what its own move did, and what the change in its share of the whole did. " +
            "The parts add up to the change exactly; shown to one decimal, they may differ from it by the rounding.",
            "note");
        Page.EndSection(html);
    }

    /// <summary>"Green city rose 8.8, from 69.8 (amber) to 78.6 (green): 'X' went from red to green (+8.3); … ."</summary>
    private static void Node(HtmlWriter html, ScoreMovement movement, NodeMovement node, string name)
    {
        var isolated = BidiText.Isolate(name);
        if (MovementWords.Change(node) is not { } change)
        {
            var (what, rest) = !node.InThen ? ("is new this quarter", $": {Now(node)}.")
                : !node.InNow ? ("is no longer in the plan", $" (was {Then(node)}).")
                : node.ScoreThen is null && node.ScoreNow is null ? ("has no score, last quarter or this", ".")
                : node.ScoreThen is null ? ("had no score last quarter", $"; now {Now(node)}.")
                : ("has no score this quarter", $" (was {Then(node)}).");
            html.Raw("<strong>").Text($"{isolated} {what}").Raw("</strong>").Text(rest);
            return;
        }

        html.Raw("<strong>").Text($"{isolated} {change}").Raw("</strong>");
        if (node.Change == 0m)
        {
            html.Text($" ({Now(node)}).");
            return;
        }

        html.Text($", from {Then(node)} to {Now(node)}");
        var parts = node.Contributions.Where(c => c.Total != 0m).ToList();
        if (parts.Count == 0)
        {
            html.Text(".");
            return;
        }

        var said = parts.Take(Top).Select(c => MovementWords.Describe(movement, c, BidiText.Isolate)).ToList();
        if (parts.Count > Top)
        {
            var rest = parts.Skip(Top).ToList();
            said.Add(string.Create(CultureInfo.InvariantCulture, $"and {rest.Count} more ({MovementWords.Part(rest.Sum(c => c.Total))})"));
        }

        html.Text(": " + string.Join("; ", said) + ".");
    }

    /// <summary>"69.8 (amber)", "no score".</summary>
    private static string Then(NodeMovement node) => Score(node.ScoreThen, node.RagThen, guard: null);

    /// <summary>"78.6 (green)", "90.0 (amber, held there by a red must do)".</summary>
    private static string Now(NodeMovement node) => Score(node.ScoreNow, node.RagNow, node.MustDoGuard switch
    {
        MustDoGuardMove.NowHeld => "held there by a red must do",
        MustDoGuardMove.StillHeld => "still held there by a red must do",
        MustDoGuardMove.NoLongerHeld => "no longer held at amber by a must do",
        _ => null,
    });

    private static string Score(decimal? score, Rag? rag, string? guard) => score is null
        ? "no score"
        : $"{Format.Score(score)} ({PlainWords.RagWord(rag).ToLowerInvariant()}{(guard is null ? string.Empty : ", " + guard)})";

    private static void Leaves(HtmlWriter html, string heading, IReadOnlyList<LeafResult> leaves, int shown)
    {
        if (leaves.Count == 0)
        {
            return;
        }

        var more = leaves.Count > shown
            ? " " + Summarised.More(leaves.Count - shown, "measure or action", "measures and actions", Summarised.ByStatus(leaves.Skip(shown).Select(l => l.Status)), null)
            : string.Empty;
        html.Element("p", $"{heading}: " + string.Join("; ", leaves.Take(shown).Select(l => $"'{BidiText.Isolate(l.Title)}' ({MovementWords.Status(l.Status)})")) + "." + more);
    }
}

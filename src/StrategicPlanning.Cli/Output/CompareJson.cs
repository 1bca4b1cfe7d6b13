using System.Globalization;
using System.Text.Json;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Movement;

namespace StrategicPlanning.Cli;

/// <summary>
/// Builds the compare output from a movement: the plan, every theme and every outcome in the later document's order
/// (then those found only in the earlier one), each with the leaves whose contribution or status changed, largest
/// first. Scores and changes are rounded to 2 places, shares and contributions to 4, half away from zero, here only.
/// </summary>
internal static class CompareJson
{
    public static CompareReport Build(ScoreMovement movement, bool twoVersions) => new(
        Date(movement.Then.AsOf),
        Date(movement.Now.AsOf),
        twoVersions,
        Node(movement.Plan),
        [.. movement.Plan.Children.Select(theme =>
        {
            var n = Node(theme);
            return new ComparedTheme(n.Id, n.Name, n.InThen, n.InNow, n.ScoreThen, n.ScoreNow, n.Change, n.RagThen, n.RagNow, n.ThresholdCrossed, n.MustDoGuard, n.Contributions, [.. theme.Children.Select(Node)]);
        })],
        [.. movement.Appeared.Select(Leaf)],
        [.. movement.Disappeared.Select(Leaf)]);

    /// <summary>The contributions worth printing: those that moved the node or whose leaf changed; in the library's order.</summary>
    public static IEnumerable<Contribution> Moved(NodeMovement node) =>
        node.Contributions.Where(c => c.Total != 0m || c.Cause != ContributionCause.Unchanged);

    /// <summary>An enum member as the JSON outputs spell words: camel case ("noData", "nowHeld").</summary>
    public static string Word<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static ComparedNode Node(NodeMovement node) => new(
        node.Id,
        node.Name,
        node.InThen,
        node.InNow,
        ScoreJson.Round(node.ScoreThen, 2),
        ScoreJson.Round(node.ScoreNow, 2),
        node.Change is { } change ? NoNegativeZero(ScoreJson.Round(change, 2)!.Value) : null,
        Rag(node.RagThen),
        Rag(node.RagNow),
        node.ThresholdCrossed,
        Word(node.MustDoGuard),
        [.. Moved(node).Select(c => new ComparedContribution(
            Word(c.Kind), c.Id, c.Title, Word(c.Cause), Status(c.StatusThen), Status(c.StatusNow),
            Four(c.ShareThen), Four(c.ShareNow), Four(c.FromScore), Four(c.FromMix), Four(c.Total)))]);

    private static ComparedLeaf Leaf(LeafResult leaf) => new(Word(leaf.Kind), leaf.Id, leaf.Title, Word(leaf.Status));

    private static decimal Four(decimal value) => NoNegativeZero(ScoreJson.Round(value, 4)!.Value);

    /// <summary>A change that rounds to zero is written 0.0, never -0.0.</summary>
    private static decimal NoNegativeZero(decimal value) => value == 0m ? 0.0m : value;

    private static string? Status(LeafStatus? status) => status is { } s ? Word(s) : null;

    private static string? Rag(Core.Rag? rag) => rag?.ToString().ToLowerInvariant();

    private static string Date(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;

namespace StrategicPlanning.Cli;

/// <summary>
/// Builds the score output contract from a scorecard: every theme and outcome in document order, nulls where
/// there is nothing to compute, scores rounded to 2 places and fractions to 4, half away from zero, here only.
/// </summary>
internal static class ScoreJson
{
    public static ScoreReport Build(Scorecard scorecard) => new(
        scorecard.AsOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Node(scorecard.Plan),
        [.. scorecard.Plan.Children.Select(theme => new ScoredTheme(
            theme.Id, Round(theme.Score, 2), Rag(theme.Rag), Round(theme.Coverage, 4), Round(theme.MeetingTarget, 4), Counts(theme.Counts),
            [.. theme.Children.Select(Node)]))]);

    /// <summary>
    /// Rounds half away from zero and writes the result with no trailing zeros but at least one decimal place,
    /// so 100 is written 100.0 and 0.5 stays 0.5, as in the format's example.
    /// </summary>
    public static decimal? Round(decimal? value, int places)
    {
        if (value is not { } exact)
        {
            return null;
        }

        var rounded = Rounding.ForDisplay(exact, places);
        var trimmed = rounded / 1.0000000000000000000000000000m;
        return trimmed.Scale == 0 ? trimmed + 0.0m : trimmed;
    }

    private static ScoredNode Node(ScoreNode node) =>
        new(node.Id, Round(node.Score, 2), Rag(node.Rag), Round(node.Coverage, 4), Round(node.MeetingTarget, 4), Counts(node.Counts));

    private static ScoredCounts Counts(StatusCounts c) => new(c.Green, c.Amber, c.Red, c.Complete, c.NoData, c.Excluded, c.DataOnly);

    private static string? Rag(Rag? rag) => rag?.ToString().ToLowerInvariant();
}

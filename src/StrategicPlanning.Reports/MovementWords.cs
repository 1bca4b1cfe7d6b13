using System.Globalization;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;
using StrategicPlanning.Movement;

namespace StrategicPlanning.Reports;

/// <summary>
/// A <see cref="ScoreMovement"/> in the plain words the quarterly report's "What moved" section and <c>splan compare</c>
/// use, for apps that want to say the same thing the same way: "'City centre footfall' went from amber to red (−4.2)".
/// </summary>
/// <remarks>
/// Figures are at the reports' one decimal, rounded half away from zero. A node's change is the difference of its two
/// scores as shown, so "fell 7.0" always sits beside "77.8 → 70.8"; a contribution's figure is its exact part of the
/// change rounded, so the figures shown may differ from the change by the rounding. No rule ids: the words are for
/// councillors. Pure, culture-invariant and thread-safe.
/// </remarks>
public static class MovementWords
{
    /// <summary>Says how a node's score moved: "rose 8.8", "fell 7.0" or "did not move".</summary>
    /// <param name="node">The plan's, a theme's or an outcome's movement.</param>
    /// <returns>The words, or null when the node has no score on one of the two scorecards.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    public static string? Change(NodeMovement node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.ScoreThen is not { } then || node.ScoreNow is not { } now)
        {
            return null;
        }

        var shown = Format.ShownChange(now, then);
        return shown > 0 ? "rose " + Format.Score(shown) : shown < 0 ? "fell " + Format.Score(-shown) : "did not move";
    }

    /// <summary>
    /// Says what a leaf did to a node's score, with its part of the change: "'Buses running on time' went from amber
    /// to green (+4.2)", "'Vacant city centre shop units' has no 2024/25 Q2 actual (was amber) (−2.1)".
    /// </summary>
    /// <param name="movement">The movement the contribution is part of: it says which period a measure's actual is for.</param>
    /// <param name="contribution">One of a node's <see cref="NodeMovement.Contributions"/>.</param>
    /// <returns>One phrase, without a full stop.</returns>
    /// <exception cref="ArgumentNullException">Either argument is null.</exception>
    public static string Describe(ScoreMovement movement, Contribution contribution)
    {
        ArgumentNullException.ThrowIfNull(movement);
        ArgumentNullException.ThrowIfNull(contribution);
        return Describe(movement, contribution, title => title);
    }

    /// <summary>Says a contribution's part of the change, signed: "+4.2", "−2.1"; a part that rounds to nothing keeps its sign ("−0.0").</summary>
    /// <param name="value">The exact part.</param>
    /// <returns>The figure, with a true minus sign (U+2212).</returns>
    public static string Part(decimal value)
    {
        var rounded = Rounding.ForDisplay(value, 1);
        return (rounded > 0 || (rounded == 0 && value >= 0) ? "+" : "−") + Format.Score(Math.Abs(rounded));
    }

    /// <summary>Says a status in lower-case words: "green", "no data", "data only", or "not here" when the leaf was not there.</summary>
    /// <param name="status">The status, or null.</param>
    /// <returns>The words.</returns>
    public static string Status(LeafStatus? status) => status switch
    {
        null => "not here",
        LeafStatus.NoData => "no data",
        LeafStatus.Excluded => "excluded",
        LeafStatus.DataOnly => "data only",
        LeafStatus.Green => "green",
        LeafStatus.Amber => "amber",
        LeafStatus.Red => "red",
        LeafStatus.Complete => "complete",
        _ => status.Value.ToString().ToLowerInvariant(),
    };

    /// <summary><see cref="Describe(ScoreMovement, Contribution)"/> with each title passed through <paramref name="title"/> (the report isolates its direction).</summary>
    internal static string Describe(ScoreMovement movement, Contribution c, Func<string, string> title)
    {
        var name = $"'{title(c.Title)}'";
        var words = c.Cause switch
        {
            ContributionCause.ScoreChanged => $"{name} went from {Status(c.StatusThen)} to {Status(c.StatusNow)}",
            ContributionCause.GainedData when Period(movement.Now, c) is { } period => $"{name} has its {period} actual: {Status(c.StatusNow)}",
            ContributionCause.GainedData => $"{name} has an update now: {Status(c.StatusNow)}",
            ContributionCause.LostData when Period(movement.Now, c) is { } period => $"{name} has no {period} actual (was {Status(c.StatusThen)})",
            ContributionCause.LostData => $"{name} has no update now (was {Status(c.StatusThen)})",
            ContributionCause.StartedCounting => $"{name} counts now: {Status(c.StatusNow)} (was {Status(c.StatusThen)})",
            ContributionCause.StoppedCounting => $"{name} no longer counts: {Status(c.StatusNow)} (was {Status(c.StatusThen)})",
            ContributionCause.Appeared => $"{name} is new here: {Status(c.StatusNow)}",
            ContributionCause.Disappeared => $"{name} is gone (was {Status(c.StatusThen)})",
            ContributionCause.WeightChanged => $"{name} had its weight changed from {Weight(c.WeightThen)} to {Weight(c.WeightNow)}",
            ContributionCause.Unchanged => $"{name} did not change ({Status(c.StatusNow)})",
            _ => $"{name} ({Status(c.StatusNow)}) weighs {(c.ShareNow > c.ShareThen ? "more" : "less")} in the mix as others moved",
        };
        return $"{words} ({Part(c.Total)})";
    }

    /// <summary>A measure's current period on a scorecard (MEA-4), e.g. "2024/25 Q2"; null for an action.</summary>
    private static string? Period(Scorecard card, Contribution c) =>
        c.Kind == NodeKind.Measure && card.FindLeaf(c.Id) is { Kind: NodeKind.Measure } leaf ? card.MeasureOf(leaf).Period.ToString() : null;

    private static string Weight(decimal? weight) =>
        weight is { } w ? Rounding.ForDisplay(w, 2).ToString("0.##", CultureInfo.InvariantCulture) : "none";
}

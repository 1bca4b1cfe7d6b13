using System.Globalization;
using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Aggregation;

/// <summary>Numbers, dates and statuses as a performance officer reads them in a trace.</summary>
internal static class Wording
{
    /// <summary>A score or value rounded to 2 places for reading (half away from zero), without trailing zeros.</summary>
    public static string Number(decimal value) =>
        Rounding.ForDisplay(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// A score for reading next to RAG thresholds: 2 places, unless that would show a threshold the exact score is
    /// not (75.0019 must not read as 75, which would not be above 75); then as many places as it takes.
    /// </summary>
    public static string Score(decimal value, params ReadOnlySpan<decimal> thresholds)
    {
        var rounded = Rounding.ForDisplay(value, 2);
        foreach (var threshold in thresholds)
        {
            if (rounded == threshold && value != threshold)
            {
                // The fewest places (3 or more) at which the rounded score is no longer the threshold.
                for (var places = 3; places <= 28; places++)
                {
                    var closer = Rounding.ForDisplay(value, places);
                    if (closer != threshold)
                    {
                        return (closer / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
                    }
                }
            }
        }

        return Number(value);
    }

    /// <summary>A weight as written, without rounding or trailing zeros.</summary>
    public static string Weight(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string Percent(decimal fraction) =>
        Rounding.ForDisplay(fraction * 100m, 1).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Rag(Rag? rag) => rag switch
    {
        Core.Rag.Green => "green",
        Core.Rag.Amber => "amber",
        Core.Rag.Red => "red",
        _ => "no RAG",
    };

    public static string Kind(NodeKind kind) => kind switch
    {
        NodeKind.Plan => "plan",
        NodeKind.Theme => "theme",
        NodeKind.Outcome => "outcome",
        NodeKind.Measure => "measure",
        _ => "action",
    };

    /// <summary>A reported action status as words ("on track", "at risk"), not as its code name.</summary>
    public static string Status(Model.ActionStatus status) => status switch
    {
        Model.ActionStatus.NotStarted => "not started",
        Model.ActionStatus.OnTrack => "on track",
        Model.ActionStatus.AtRisk => "at risk",
        Model.ActionStatus.OffTrack => "off track",
        Model.ActionStatus.Completed => "completed",
        Model.ActionStatus.Deferred => "deferred",
        Model.ActionStatus.Cancelled => "cancelled",
        _ => "unknown",
    };

    /// <summary>Text from the document set inside brackets: its own closing full stop dropped, so no ".)" ends a sentence.</summary>
    public static string Aside(string text) => text.TrimEnd().TrimEnd('.').TrimEnd();

    /// <summary>Text from the document closing a sentence: a full stop added only when it does not already end with one (or ! or ?).</summary>
    public static string Ending(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith('.') || trimmed.EndsWith('!') || trimmed.EndsWith('?') ? trimmed : trimmed + ".";
    }

    public static string Plural(int count, string one, string many) => count == 1 ? string.Create(CultureInfo.InvariantCulture, $"1 {one}") : string.Create(CultureInfo.InvariantCulture, $"{count} {many}");

    /// <summary>"measures and actions", "outcomes" or "themes": what a node of this kind has as children.</summary>
    public static string ChildrenOf(NodeKind kind) => kind switch
    {
        NodeKind.Plan => "themes",
        NodeKind.Theme => "outcomes",
        _ => "measures and actions",
    };
}

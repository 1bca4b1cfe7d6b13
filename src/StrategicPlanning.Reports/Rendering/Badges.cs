using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;
using StrategicPlanning.Risks;

namespace StrategicPlanning.Reports;

/// <summary>
/// Statuses as small labels: always the word, a shape (● ▲ ■ ✓ ○) and a colour, so no status relies on colour
/// alone. The shape is hidden from screen readers, which read the word.
/// </summary>
internal static class Badges
{
    /// <summary>A RAG label, or "No score".</summary>
    public static string Rag(Rag? rag) => rag switch
    {
        Core.Rag.Green => Badge("green", "●", "Green"),
        Core.Rag.Amber => Badge("amber", "▲", "Amber"),
        Core.Rag.Red => Badge("red", "■", "Red"),
        _ => Badge("none", "○", "No score"),
    };

    /// <summary>A leaf's status in the aggregation (AGG-9).</summary>
    public static string Leaf(LeafStatus status) => Badge(ClassOf(status), ShapeOf(status), Words(status));

    /// <summary>An action's effective status (ACT-3) in words, coloured and shaped by its status in the aggregation.</summary>
    public static string Action(EffectiveActionStatus status, LeafStatus leaf) => Badge(ClassOf(leaf), ShapeOf(leaf), Words(status));

    /// <summary>A direction of travel (MEA-6): an arrow and the word.</summary>
    public static string Direction(DirectionOfTravel direction) => direction switch
    {
        DirectionOfTravel.Improving => Trend("up", "↗", "Improving"),
        DirectionOfTravel.Declining => Trend("down", "↘", "Declining"),
        DirectionOfTravel.Stable => Trend("flat", "→", "Stable"),
        _ => Trend("none", "–", "Not comparable"),
    };

    /// <summary>A risk's trend since its previous assessment (RSK), in the risk's own sense.</summary>
    public static string RiskTrend(RiskTrend trend) => trend switch
    {
        Risks.RiskTrend.Improving => Trend("up", "↗", "Improving"),
        Risks.RiskTrend.Worsening => Trend("down", "↘", "Worsening"),
        Risks.RiskTrend.Stable => Trend("flat", "→", "Stable"),
        _ => Trend("none", "★", "New"),
    };

    /// <summary>A threat's risk band, by its RAG.</summary>
    public static string Band(RiskBand? band) => band is null
        ? Badge("none", "○", "No band")
        : band.Rag switch
        {
            Core.Rag.Green => Badge("green", "●", band.Name ?? "Green"),
            Core.Rag.Amber => Badge("amber", "▲", band.Name ?? "Amber"),
            Core.Rag.Red => Badge("red", "■", band.Name ?? "Red"),
            _ => Badge("none", "○", NameOf(band)),
        };

    /// <summary>
    /// An opportunity's band in the opportunity palette (RSK-3): the same thresholds as threats, but a High opportunity
    /// is good news, never red danger. The band's RAG picks the shade, lightest for the lowest, as in the heat map.
    /// </summary>
    public static string OpportunityBand(RiskBand? band) => band is null
        ? Badge("none", "○", "No band")
        : Badge(OpportunityShade(band), "◆", NameOf(band));

    /// <summary>
    /// The CSS class of an opportunity band's shade, shared by its badge and its heat map cells: <c>opp-low</c>,
    /// <c>opp-mid</c> or <c>opp-high</c> for a band coloured green, amber or red; <c>none</c> for one without a colour.
    /// </summary>
    public static string OpportunityShade(RiskBand? band) => band?.Rag switch
    {
        Core.Rag.Green => "opp-low",
        Core.Rag.Amber => "opp-mid",
        Core.Rag.Red => "opp-high",
        _ => "none",
    };

    /// <summary>A band's name on its badge, or "Band from N" for a band without one.</summary>
    private static string NameOf(RiskBand band) => band.Name ?? "Band from " + band.From.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A plain tag such as "Must do".</summary>
    public static string Tag(string text) => $"<span class=\"tag\">{HtmlWriter.Encode(text)}</span>";

    /// <summary>A coloured label with a shape and words: the one way statuses are drawn.</summary>
    public static string Badge(string kind, string shape, string words) =>
        $"<span class=\"badge {kind}\"><span class=\"shape\" aria-hidden=\"true\">{shape}</span> {HtmlWriter.Encode(words)}</span>";

    /// <summary>The CSS class of a leaf status.</summary>
    public static string ClassOf(LeafStatus status) => status switch
    {
        LeafStatus.Green => "green",
        LeafStatus.Amber => "amber",
        LeafStatus.Red => "red",
        LeafStatus.Complete => "complete",
        _ => "none",
    };

    /// <summary>The words of an action's effective status.</summary>
    public static string Words(EffectiveActionStatus status) => status switch
    {
        EffectiveActionStatus.Cancelled => "Cancelled",
        EffectiveActionStatus.Deferred => "Deferred",
        EffectiveActionStatus.NotYetDue => "Not yet due",
        EffectiveActionStatus.Complete => "Complete",
        EffectiveActionStatus.Overdue => "Overdue",
        EffectiveActionStatus.NoData => "No update",
        EffectiveActionStatus.LateStart => "Late start",
        EffectiveActionStatus.OnTrack => "On track",
        EffectiveActionStatus.AtRisk => "At risk",
        EffectiveActionStatus.OffTrack => "Off track",
        _ => status.ToString(),
    };

    /// <summary>The words of a leaf status.</summary>
    public static string Words(LeafStatus status) => status switch
    {
        LeafStatus.Green => "Green",
        LeafStatus.Amber => "Amber",
        LeafStatus.Red => "Red",
        LeafStatus.Complete => "Complete",
        LeafStatus.NoData => "No data",
        LeafStatus.Excluded => "Not counted",
        LeafStatus.DataOnly => "Data only",
        _ => status.ToString(),
    };

    private static string ShapeOf(LeafStatus status) => status switch
    {
        LeafStatus.Green => "●",
        LeafStatus.Amber => "▲",
        LeafStatus.Red => "■",
        LeafStatus.Complete => "✓",
        _ => "○",
    };

    private static string Trend(string kind, string arrow, string words) =>
        $"<span class=\"trend {kind}\"><span class=\"arrow\" aria-hidden=\"true\">{arrow}</span> {words}</span>";
}

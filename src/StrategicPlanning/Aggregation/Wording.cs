using System.Globalization;
using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Aggregation;

/// <summary>Numbers, dates and statuses as a performance officer reads them in a trace.</summary>
internal static class Wording
{
    /// <summary>A score or value rounded to 2 places for reading (half away from zero), without trailing zeros.</summary>
    public static string Number(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Percent(decimal fraction) =>
        Math.Round(fraction * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";

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

    public static string Plural(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";

    /// <summary>"measures and actions", "outcomes" or "themes": what a node of this kind has as children.</summary>
    public static string ChildrenOf(NodeKind kind) => kind switch
    {
        NodeKind.Plan => "themes",
        NodeKind.Theme => "outcomes",
        _ => "measures and actions",
    };
}

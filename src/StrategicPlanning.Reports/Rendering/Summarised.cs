using System.Globalization;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;

namespace StrategicPlanning.Reports;

/// <summary>
/// How a report stays readable, and of bounded size, whatever the size of the plan: a table or list shows its first
/// <see cref="ReportOptions.RowsShown"/> rows and sums up the rest in one line (how many, and how they break down by
/// status), naming the open data table that has every row (<c>splan export</c>).
/// </summary>
internal static class Summarised
{
    /// <summary>Where every measure's actuals are: one row per measure and period.</summary>
    public const string Actuals = "splan export --what actuals";

    /// <summary>Where every theme's and outcome's score is.</summary>
    public const string Scores = "splan export --what scores";

    /// <summary>Where every delivery action is.</summary>
    public const string ActionsTable = "splan export --what actions";

    /// <summary>Where every risk is.</summary>
    public const string Risks = "splan export --what risks";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The closing row of a table that shows only its first rows: one cell across every column.</summary>
    public static void Row(HtmlWriter html, int columns, string words) =>
        html.Raw("<tr class=\"more\"><td colspan=\"").Raw(columns.ToString(Invariant)).Raw("\">").Text(words).Raw("</td></tr>");

    /// <summary>When a table has more rows than it shows, its closing row: how many more, and the command that lists every one.</summary>
    public static void RestRow(HtmlWriter html, int count, int shown, int columns, string one, string many, string export)
    {
        if (count > shown)
        {
            Row(html, columns, More(count - shown, one, many, null, export));
        }
    }

    /// <summary>"… and 1,234 more measures (3 green, 1 red). 'splan export --what actuals' lists every one."</summary>
    /// <param name="count">How many were left out.</param>
    /// <param name="one">The noun for one, e.g. "measure".</param>
    /// <param name="many">The noun for several, e.g. "measures".</param>
    /// <param name="breakdown">What they add up to, or null.</param>
    /// <param name="export">The command that lists every one, or null.</param>
    public static string More(int count, string one, string many, string? breakdown, string? export) =>
        $"… and {count.ToString("N0", Invariant)} more {(count == 1 ? one : many)}{(string.IsNullOrEmpty(breakdown) ? string.Empty : $" ({breakdown})")}."
        + (export is null ? string.Empty : $" '{export}' lists every one.");

    /// <summary>"3 green, 1 amber, 2 no data": how many leaves have each status, in the order the report's key gives them.</summary>
    public static string ByStatus(IEnumerable<LeafStatus> statuses)
    {
        var counts = new int[8];
        foreach (var status in statuses)
        {
            counts[(int)status is >= 1 and <= 7 ? (int)status : (int)LeafStatus.NoData]++;
        }

        return Join([.. new[] { LeafStatus.Green, LeafStatus.Amber, LeafStatus.Red, LeafStatus.Complete, LeafStatus.NoData, LeafStatus.Excluded, LeafStatus.DataOnly }
            .Select(s => (counts[(int)s], Badges.Words(s).ToLowerInvariant()))]);
    }

    /// <summary>"2 green, 1 red, 1 no RAG": how many nodes have each RAG.</summary>
    public static string ByRag(IEnumerable<Rag?> rags)
    {
        int green = 0, amber = 0, red = 0, none = 0;
        foreach (var rag in rags)
        {
            _ = rag switch
            {
                Rag.Green => green++,
                Rag.Amber => amber++,
                Rag.Red => red++,
                _ => none++,
            };
        }

        return Join((green, "green"), (amber, "amber"), (red, "red"), (none, "no RAG"));
    }

    /// <summary>"1 theme, 2 measures, 1 action": how many there are of each kind, in the order given, leaving out none.</summary>
    public static string ByKind(IEnumerable<string> kinds, params (string One, string Many)[] order)
    {
        var counts = kinds.CountBy(k => k, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return string.Join(", ", order.Where(k => counts.ContainsKey(k.One))
            .Select(k => counts[k.One].ToString("N0", Invariant) + " " + (counts[k.One] == 1 ? k.One : k.Many)));
    }

    private static string Join(params (int Count, string Word)[] parts) =>
        string.Join(", ", parts.Where(p => p.Count > 0).Select(p => p.Count.ToString("N0", Invariant) + " " + p.Word));
}

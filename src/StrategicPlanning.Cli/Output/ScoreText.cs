using System.Globalization;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;
using StrategicPlanning.Measures;

namespace StrategicPlanning.Cli;

/// <summary>The readable table of <c>splan score</c>: the plan, each theme, and each theme's outcomes indented beneath.</summary>
internal static class ScoreText
{
    /// <summary>The widest the name column grows before a name is cut with "…".</summary>
    private const int NameLimit = 60;

    public static void Write(TextWriter output, Scorecard scorecard)
    {
        var basis = scorecard.Options.Measures.Basis == TargetBasis.AsReported ? "targets as reported" : "targets as restated";
        output.WriteLine(TerminalText.Safe($"{scorecard.Plan.Name}: scores at {scorecard.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}, {basis}"));
        output.WriteLine();

        // The name column is 40 wide, or as wide as the longest name up to NameLimit: no name is cut where the line has room.
        var names = scorecard.Plan.Children.SelectMany(t => t.Children.Select(o => 2 + TerminalText.Safe(o.Name).Length).Prepend(TerminalText.Safe(t.Name).Length));
        var width = Math.Clamp(names.DefaultIfEmpty(0).Max(), 40, NameLimit);
        output.WriteLine($"{string.Empty.PadRight(width)}  {"Score",7}  {"RAG",-5}  {"Coverage",8}  {"Meeting",7}  {"Green",5} {"Amber",5} {"Red",4} {"Complete",8} {"No data",7} {"Excluded",8} {"Data only",9}");
        Row(output, width, "Plan", scorecard.Plan);
        foreach (var theme in scorecard.Plan.Children)
        {
            Row(output, width, theme.Name, theme);
            foreach (var outcome in theme.Children)
            {
                Row(output, width, "  " + outcome.Name, outcome);
            }
        }

        output.WriteLine();
        output.WriteLine("RAG: green above 75, amber above 25, red otherwise; a red must do holds green at amber. '-' means nothing to compute.");
        output.WriteLine("Run 'splan explain FILE --as-of DATE --node ID' for why a theme or outcome has its score.");
    }

    private static void Row(TextWriter output, int width, string name, ScoreNode node)
    {
        var c = node.Counts;
        var rag = node.Rag?.ToString().ToLowerInvariant() ?? "-";
        output.WriteLine(
            string.Create(CultureInfo.InvariantCulture, $"{Fit(name, width).PadRight(width)}  {Number(ScoreJson.Round(node.Score, 2)),7}  {rag,-5}  {Percent(node.Coverage),8}  {Percent(node.MeetingTarget),7}  {c.Green,5} {c.Amber,5} {c.Red,4} {c.Complete,8} {c.NoData,7} {c.Excluded,8} {c.DataOnly,9}"));
    }

    private static string Fit(string name, int width)
    {
        var safe = TerminalText.Safe(name);
        return safe.Length <= width ? safe : safe[..(width - 1)] + "…";
    }

    private static string Number(decimal? value) => value is { } v ? Rounding.ForDisplay(v, 2).ToString("0.00", CultureInfo.InvariantCulture) : "-";

    private static string Percent(decimal? fraction) =>
        fraction is { } f ? Rounding.ForDisplay(f * 100m, 1).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";
}

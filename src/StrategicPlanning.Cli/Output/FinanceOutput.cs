using System.Globalization;
using StrategicPlanning.Core;
using StrategicPlanning.Finance;

namespace StrategicPlanning.Cli;

/// <summary><c>splan finance</c> output: the JSON of docs/cli.md, or tables with money as councils write it (£1,200,000).</summary>
internal static class FinanceOutput
{
    public static FinanceReport Json(AlignmentReport report, YearAlignment? onlyYear) => new(
        report.Currency,
        [.. report.Years.Select(y => y.ToString())],
        onlyYear is null ? [.. report.ByYear.Select(Year)] : [Year(onlyYear)],
        onlyYear is null ? Year(report.Horizon) : null,
        [.. report.Issues.Select(i => new FinanceIssue(i.Code, i.Severity.ToString().ToLowerInvariant(), i.RuleIds, i.Path, i.Message))]);

    public static void Text(TextWriter output, string? title, AlignmentReport report, YearAlignment? onlyYear)
    {
        output.WriteLine(TerminalText.Safe($"{title ?? "Medium-Term Financial Strategy"} ({report.Currency}): is the money following the priorities?"));
        if (report.Years.Count == 0)
        {
            output.WriteLine("The document has no MTFS years, so there is nothing to align.");
        }

        foreach (var year in onlyYear is null ? report.ByYear : [onlyYear])
        {
            Year(output, report.Currency, year.Year!.Value.ToString(), year);
        }

        if (onlyYear is null && report.Years.Count > 1)
        {
            Year(output, report.Currency, $"Whole horizon, {report.Years[0]} to {report.Years[^1]}", report.Horizon);
        }

        output.WriteLine();
        output.WriteLine(report.Issues.Count == 0 ? "Issues: none." : string.Create(CultureInfo.InvariantCulture, $"Issues ({report.Issues.Count}):"));
        foreach (var issue in report.Issues)
        {
            output.WriteLine(TerminalText.Safe($"  {issue.Severity.ToString().ToLowerInvariant(),-7} {issue.Code}  {issue.Path}"));
            output.WriteLine(TerminalText.Safe($"          {issue.Message}"));
        }
    }

    private static void Year(TextWriter output, string currency, string heading, YearAlignment year)
    {
        string M(decimal amount) => MoneyText.Format(amount, currency);
        output.WriteLine();
        output.WriteLine(heading);
        var share = year.AlignedShare is { } s ? $" ({Rounding.ForDisplay(s * 100m, 1).ToString("0.0", CultureInfo.InvariantCulture)}% aligned to the plan)" : string.Empty;
        output.WriteLine($"  Budget, revenue and capital: {M(year.Budget)}; allocated to actions: {M(year.Allocated)}{share}.");
        output.WriteLine($"  Savings to find: {M(year.SavingsTarget)}; allocated to savings: {M(year.SavingsAllocated)}; gap: {M(year.SavingsGap)}.");
        output.WriteLine();

        // Names are cut with "…" only past NameLimit: below that the name column is as wide as the longest name.
        var width = Math.Clamp(year.Lines.Select(l => l.Name.Length).Concat(year.Themes.Append(year.Unattributed).Select(t => t.Name.Length)).DefaultIfEmpty(0).Max(), 36, NameLimit);
        output.WriteLine($"  {"Budget line".PadRight(width)} {"Kind",-8} {"Amount",16} {"Allocated",16} {"Remaining",16}");
        foreach (var line in year.Lines)
        {
            output.WriteLine(TerminalText.Safe($"  {Fit(line.Name, width).PadRight(width)} {line.Kind.ToString().ToLowerInvariant(),-8} {M(line.Amount),16} {M(line.Allocated),16} {M(line.Remaining),16}"));
        }

        output.WriteLine();
        output.WriteLine($"  {"Money by theme".PadRight(width)} {"Revenue",16} {"Capital",16} {"Savings",16}");
        foreach (var theme in year.Themes.Append(year.Unattributed))
        {
            output.WriteLine(TerminalText.Safe($"  {Fit(theme.Name, width).PadRight(width)} {M(theme.Revenue),16} {M(theme.Capital),16} {M(theme.Savings),16}"));
        }
    }

    private static FinanceYear Year(YearAlignment y) => new(
        y.Year?.ToString(),
        y.Budget,
        y.Allocated,
        ScoreJson.Round(y.AlignedShare, 4),
        y.SavingsTarget,
        y.SavingsAllocated,
        y.SavingsGap,
        [.. y.Lines.Select(l => new FinanceLine(l.LineId, l.Name, l.Kind.ToString().ToLowerInvariant(), l.Directorate, l.Amount, l.Allocated, l.Remaining))],
        [.. y.Themes.Select(Theme)],
        Theme(y.Unattributed));

    private static FinanceTheme Theme(ThemeMoney t) => new(t.ThemeId, t.Name, t.Revenue, t.Capital, t.Savings, t.Spend);

    private const int NameLimit = 60;

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}

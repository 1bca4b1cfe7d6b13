using System.Globalization;
using StrategicPlanning.Finance;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Reports;

/// <summary>Money by theme for the period's financial year (FIN-6) and the MTFS issues (FIN-3..5).</summary>
internal static class MoneySection
{
    /// <summary>How many MTFS issues a report lists; a plan with thousands of unfunded actions stays readable.</summary>
    private const int IssuesShown = 25;

    public static void Write(HtmlWriter html, ReportData data)
    {
        Page.Section(html, "money", $"Money by theme, {data.FinancialYear}");
        if (data.Money is not { } money)
        {
            Page.EndWithNote(html, "The document has no Medium-Term Financial Strategy, so money cannot be set against priorities.");
            return;
        }

        var year = money.For(data.FinancialYear);
        if (year is null)
        {
            Page.Paragraph(html, $"The Medium-Term Financial Strategy covers {string.Join(", ", money.Years)}, not {data.FinancialYear}.", "note");
        }
        else
        {
            Summary(html, data, year);
            ThemeMoney(html, data, year);
        }

        Issues(html, data, money, year);
        Page.EndSection(html);
    }

    /// <summary>The year's budget, money allocated to actions, and savings, as headline cards.</summary>
    public static void Summary(HtmlWriter html, ReportData data, YearAlignment year)
    {
        var currency = data.Currency;
        html.Raw("<div class=\"cards\">");
        QuarterlyReport.Card(html, "Revenue and capital budget", Format.Millions(year.Budget, currency), HtmlWriter.Encode($"{Format.Money(year.Budget, currency)} in {year.Year}"));
        QuarterlyReport.Card(html, "Allocated to delivery actions", Format.Millions(year.Allocated, currency), HtmlWriter.Encode($"{Format.Percent(year.AlignedShare)} of the budget aligned to the plan"));
        QuarterlyReport.Card(html, "Savings to find", Format.Millions(year.SavingsTarget, currency), HtmlWriter.Encode($"{Format.Money(year.SavingsAllocated, currency)} allocated to actions; gap {Format.Money(year.SavingsGap, currency)}"));
        html.Raw("</div>");
    }

    /// <summary>
    /// Revenue and capital attributed to each theme (FIN-6), as bars and as a table: the first themes each, then the
    /// rest summed up in one bar and one row, then the money no theme takes.
    /// </summary>
    public static void ThemeMoney(HtmlWriter html, ReportData data, YearAlignment year)
    {
        var currency = data.Currency;
        var shown = data.Options.RowsShown;
        var themes = year.Themes.Take(shown).Select(t => (t.Name, t.Revenue, t.Capital, t.Savings)).ToList();
        if (year.Themes.Count > shown)
        {
            var rest = year.Themes.Skip(shown).ToList();
            themes.Add((Summarised.More(rest.Count, "theme", "themes", null, null)[..^1], rest.Sum(t => t.Revenue), rest.Sum(t => t.Capital), rest.Sum(t => t.Savings)));
        }

        var none = year.Unattributed;
        var bars = themes.Select(t => (t.Name, t.Revenue, t.Capital)).ToList();
        if (none.Spend != 0)
        {
            bars.Add((none.Name, none.Revenue, none.Capital));
        }

        Charts.MoneyBars(html, $"Revenue and capital money allocated to actions, by theme, {year.Year}", bars, currency);
        html.TableStart($"Money by theme, {year.Year} (each allocation split equally across its action's outcomes)", "Theme", "#Revenue", "#Capital", "#Savings");
        if (none.Spend != 0 || none.Savings != 0)
        {
            themes.Add((none.Name, none.Revenue, none.Capital, none.Savings));
        }

        foreach (var (name, revenue, capital, savings) in themes)
        {
            html.Raw("<tr>").RowHeader(name).NumberCell(Format.Money(revenue, currency))
                .NumberCell(Format.Money(capital, currency)).NumberCell(Format.Money(savings, currency)).Raw("</tr>");
        }

        html.TableEnd();
    }

    private static void Issues(HtmlWriter html, ReportData data, AlignmentReport money, YearAlignment? year)
    {
        html.Element("h3", "MTFS issues");
        var items = new List<string>();
        if (year is { SavingsGap: > 0 })
        {
            items.Add(Badges.Badge("amber", "▲", "Savings gap") + " " + HtmlWriter.Encode(
                $"{Format.Money(year.SavingsGap, data.Currency)} of the {Format.Money(year.SavingsTarget, data.Currency)} savings to find in {year.Year} is not yet allocated to any action."));
        }

        foreach (var issue in money.Issues.Take(IssuesShown))
        {
            items.Add(Severity(issue.Severity) + " " + HtmlWriter.Encode(PlainWords.Strip(issue.Message)));
        }

        if (money.Issues.Count > IssuesShown)
        {
            items.Add(HtmlWriter.Encode(string.Create(CultureInfo.InvariantCulture, $"… and {money.Issues.Count - IssuesShown} more; 'splan finance' lists every one.")));
        }

        if (items.Count == 0)
        {
            Page.Paragraph(html, "No issues: every line's allocations fit its budget, every costed action is funded and every line with money serves an action.");
            return;
        }

        html.Raw("<ul class=\"issues\">");
        foreach (var item in items)
        {
            html.Raw("<li>").Raw(item).Raw("</li>");
        }

        html.Raw("</ul>");
    }

    private static string Severity(ValidationSeverity severity) => severity switch
    {
        ValidationSeverity.Error => Badges.Badge("red", "■", "Error"),
        ValidationSeverity.Warning => Badges.Badge("amber", "▲", "Warning"),
        _ => Badges.Badge("none", "○", "Information"),
    };
}

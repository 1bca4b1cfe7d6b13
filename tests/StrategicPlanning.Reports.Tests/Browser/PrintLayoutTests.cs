using System.Globalization;
using System.Text;
using OpenQA.Selenium.Chrome;
using StrategicPlanning.Reports.Tests.Support;
using Xunit.Abstractions;

namespace StrategicPlanning.Reports.Tests.Browser;

/// <summary>
/// The Derby reports printed to A4 by Chromium (DevTools <c>Page.printToPDF</c>, the page's own <c>@page</c> size and
/// margins, as "Save as PDF" does) and laid out at a wide window, at the width of A4 paper and at the printable width
/// of an A4 page in print media (issue 17, points 4 and 5). The PDFs are left in artifacts/reports.
/// </summary>
public class PrintLayoutTests(ITestOutputHelper output)
{
    /// <summary>Pages of the quarterly report: 16 before issue 17's layout (two of them a single table row), 15 after with the trend charts.</summary>
    private const int QuarterlyMaxPages = 15;

    /// <summary>Pages of the Annual Report: 8 before issue 17's layout, 6 after.</summary>
    private const int AnnualMaxPages = 7;

    /// <summary>No page but a section's last uses less of its printable height than this.</summary>
    private const double MinFill = 0.25;

    /// <summary>Not even a section's last page holds so little: a row or two stranded from its table.</summary>
    private const double MinFillOfLastPage = 0.10;

    /// <summary>The A4 sheet in points (1/72 inch).</summary>
    private const double A4Width = 595.28;

    private const double A4Height = 841.89;

    /// <summary>The wide window: the column used to stay at 190 mm (718 px) in it.</summary>
    private const int WideWindow = 1280;

    /// <summary>A window as wide as A4 paper, 210 mm at 96 CSS pixels to the inch.</summary>
    private const int PaperWindow = 794;

    /// <summary>Finds every table and chart that ends past its column, and whether the page scrolls sideways.</summary>
    private const string OverflowScript = """
        const out = [];
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth) out.push(`the page scrolls sideways: scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`);
        const contentRight = e => { const s = getComputedStyle(e); return e.getBoundingClientRect().right - parseFloat(s.paddingRight) - parseFloat(s.borderRightWidth); };
        for (const table of document.querySelectorAll('table')) {
          const right = table.getBoundingClientRect().right, column = contentRight(table.parentElement);
          if (right > column + 0.5) out.push(`table '${table.caption ? table.caption.textContent : '?'}' ends at ${right.toFixed(1)} px, past its column at ${column.toFixed(1)} px`);
        }
        const main = contentRight(document.querySelector('main'));
        for (const svg of document.querySelectorAll('svg')) {
          const right = svg.getBoundingClientRect().right;
          if (right > main + 0.5) out.push(`chart '${svg.querySelector('title').textContent}' ends at ${right.toFixed(1)} px, past the column at ${main.toFixed(1)} px`);
        }
        return out;
        """;

    /// <summary>The report's <c>@page</c> margins, top, right, bottom, left, as written ("12mm").</summary>
    private const string PageMarginsScript = """
        for (const sheet of document.styleSheets) for (const rule of sheet.cssRules)
          if (rule instanceof CSSPageRule) return [rule.style.marginTop, rule.style.marginRight, rule.style.marginBottom, rule.style.marginLeft];
        return null;
        """;

    /// <summary>Pairs of axis labels in a heat map that overlap or come closer than a space's width (4 px) on the same line.</summary>
    private const string HeatMapLabelScript = """
        const out = [];
        for (const svg of document.querySelectorAll('svg.heatmap')) {
          const title = svg.querySelector('title').textContent;
          const labels = [...svg.querySelectorAll('text.axis')].map(t => ({ text: t.textContent, box: t.getBoundingClientRect() }));
          for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
            const a = labels[i].box, b = labels[j].box;
            const sameLine = a.top < b.bottom - 1 && b.top < a.bottom - 1;
            const gap = Math.max(b.left - a.right, a.left - b.right);
            if (sameLine && gap < 4) out.push(`${title}: '${labels[i].text}' and '${labels[j].text}' are ${gap.toFixed(1)} px apart`);
          }
        }
        return out;
        """;

    [SkippableFact]
    public void Quarterly_report_prints_on_at_most_15_A4_pages_each_at_least_a_quarter_full_but_a_sections_last()
    {
        ShouldPrintWell(DerbyReports.Quarterly, "quarterly-" + Slug(DerbyReports.Quarter), QuarterlyMaxPages);
    }

    [SkippableFact]
    public void Annual_report_prints_on_at_most_7_A4_pages_each_at_least_a_quarter_full_but_a_sections_last()
    {
        ShouldPrintWell(DerbyReports.Annual, "annual-" + Slug(DerbyReports.Year), AnnualMaxPages);
    }

    [SkippableFact]
    public void Quarterly_report_has_no_table_or_chart_wider_than_its_column_at_1280_px_at_A4_width_or_printed()
    {
        ShouldFitItsColumn(DerbyReports.Quarterly);
    }

    [SkippableFact]
    public void Annual_report_has_no_table_or_chart_wider_than_its_column_at_1280_px_at_A4_width_or_printed()
    {
        ShouldFitItsColumn(DerbyReports.Annual);
    }

    [SkippableFact]
    public void Quarterly_report_uses_a_wide_window_for_its_column()
    {
        Skip.IfNot(HeadlessChromium.IsInstalled, HeadlessChromium.SkipReason);
        using var chromium = HeadlessChromium.Start();
        using var page = OpenedReport.Open(chromium.Driver, DerbyReports.Quarterly);
        chromium.ResizeViewport(WideWindow, 1000);

        var column = Convert.ToDouble(chromium.Driver.ExecuteScript(
            "const m = document.querySelector('main'), s = getComputedStyle(m); return m.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);"), CultureInfo.InvariantCulture);

        column.Should().BeGreaterThan(1100, "in a 1280 px window the report's column uses the width (it stayed at 718 px before issue 17)");
    }

    [SkippableFact]
    public void Heat_map_impact_and_likelihood_labels_never_run_together()
    {
        Skip.IfNot(HeadlessChromium.IsInstalled, HeadlessChromium.SkipReason);
        using var chromium = HeadlessChromium.Start();
        using var page = OpenedReport.Open(chromium.Driver, DerbyReports.Quarterly);

        chromium.Driver.FindElements(OpenQA.Selenium.By.CssSelector("svg.heatmap")).Should().HaveCount(7, "the risk section has two heat maps and each of the five themes one");
        Strings(chromium.Driver.ExecuteScript(HeatMapLabelScript)).Should().BeEmpty(
            "every axis label of a heat map stands clear of its neighbours (\"Minimal Minor Moderate\", not \"MinorModerate\")");
    }

    private void ShouldPrintWell(string html, string name, int maxPages)
    {
        Skip.IfNot(HeadlessChromium.IsInstalled, HeadlessChromium.SkipReason);
        Skip.IfNot(PrintedPages.IsInstalled, PrintedPages.InstallMessage);
        using var chromium = HeadlessChromium.Start();
        var driver = chromium.Driver;
        using var page = OpenedReport.Open(driver, html);
        var margins = PageMargins(driver);
        var headings = Strings(driver.ExecuteScript("return [...document.querySelectorAll('section > h2')].map(h => h.textContent)"));
        headings.Should().NotBeEmpty();

        var pdf = PrintToPdf(driver, name);
        var pages = PrintedPages.Read(pdf).Pages;

        pages.Should().NotBeEmpty();
        pages.Should().OnlyContain(p => Math.Abs(p.Width - A4Width) < 1 && Math.Abs(p.Height - A4Height) < 1, "the report asks for A4 pages");
        var report = new StringBuilder();
        var failures = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var fill = pages[i].Fill(margins.Top, margins.Bottom);
            // A section's last page is followed by a page that starts with a section's heading, or by nothing.
            var sectionsLast = i == pages.Count - 1 || headings.Any(h => pages[i + 1].FirstLine.StartsWith(h, StringComparison.Ordinal));
            report.AppendLine(CultureInfo.InvariantCulture, $"page {pages[i].Number,2}: {fill,4:P0} used{(sectionsLast ? ", a section's last" : string.Empty)}; begins '{pages[i].FirstLine}'");
            var floor = sectionsLast ? MinFillOfLastPage : MinFill;
            if (fill < floor)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"page {pages[i].Number} ('{pages[i].FirstLine}') uses {fill:P1} of its height, under {floor:P0}"));
            }
        }

        output.WriteLine($"{name}: {pages.Count} pages, printed to {pdf}\n{report}");
        pages.Count.Should().BeLessThanOrEqualTo(maxPages, $"the report prints on at most {maxPages} A4 pages:\n{report}");
        failures.Should().BeEmpty($"no page but a section's last is under {MinFill:P0} full, and none under {MinFillOfLastPage:P0}:\n{report}");
    }

    private void ShouldFitItsColumn(string html)
    {
        Skip.IfNot(HeadlessChromium.IsInstalled, HeadlessChromium.SkipReason);
        using var chromium = HeadlessChromium.Start();
        var driver = chromium.Driver;
        using var page = OpenedReport.Open(driver, html);
        var margins = PageMargins(driver);
        var failures = new List<string>();

        foreach (var width in new[] { WideWindow, PaperWindow })
        {
            chromium.ResizeViewport(width, 1000);
            failures.AddRange(Strings(driver.ExecuteScript(OverflowScript)).Select(f => $"screen, {width} px window: {f}"));
        }

        // On paper the column is the A4 sheet less the @page margins, laid out with the print style sheet.
        var printable = (int)Math.Floor((A4Width - margins.Left - margins.Right) * 96 / 72);
        driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "print" });
        chromium.ResizeViewport(printable, 1000);
        failures.AddRange(Strings(driver.ExecuteScript(OverflowScript)).Select(f => $"print, {printable} px (A4 less its margins): {f}"));
        driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = string.Empty });

        output.WriteLine(failures.Count == 0 ? $"no overflow at {WideWindow} px, {PaperWindow} px or printed at {printable} px" : string.Join('\n', failures));
        failures.Should().BeEmpty("no table or chart is wider than its column and the page never scrolls sideways");
    }

    /// <summary>Prints the open page to A4 as Chromium's "Save as PDF" does, into artifacts/reports; returns the file.</summary>
    private static string PrintToPdf(ChromeDriver driver, string name)
    {
        var result = (Dictionary<string, object>?)driver.ExecuteCdpCommand("Page.printToPDF", new Dictionary<string, object?>
        {
            ["preferCSSPageSize"] = true,
            ["printBackground"] = true,
            ["displayHeaderFooter"] = false,
        });
        var folder = Directory.CreateDirectory(Path.Combine(DerbyReports.RepositoryRoot, "artifacts", "reports"));
        var path = Path.Combine(folder.FullName, name + ".pdf");
        File.WriteAllBytes(path, Convert.FromBase64String((string)result!["data"]));
        return path;
    }

    /// <summary>The report's own <c>@page</c> margins, in points.</summary>
    private static (double Top, double Right, double Bottom, double Left) PageMargins(ChromeDriver driver)
    {
        var margins = Strings(driver.ExecuteScript(PageMarginsScript) ?? Array.Empty<object>());
        margins.Should().HaveCount(4, "the report sets its page's margins in an @page rule");
        var points = margins.Select(m =>
        {
            m.Should().EndWith("mm", "the @page margins are in millimetres");
            return double.Parse(m[..^2], NumberStyles.Float, CultureInfo.InvariantCulture) * 72 / 25.4;
        }).ToList();
        return (points[0], points[1], points[2], points[3]);
    }

    private static List<string> Strings(object? value) => ((IEnumerable<object>)value!).Select(o => (string)o).ToList();

    /// <summary>"2024/25 Q2" → "2024-25-Q2".</summary>
    private static string Slug(string period) => period.Replace('/', '-').Replace(' ', '-');

    /// <summary>A report written to a throw-away folder and opened from it by its file:// URL.</summary>
    private sealed class OpenedReport : IDisposable
    {
        private readonly DirectoryInfo folder;

        private OpenedReport(DirectoryInfo folder) => this.folder = folder;

        public static OpenedReport Open(ChromeDriver driver, string html)
        {
            var folder = Directory.CreateTempSubdirectory("splan-print-");
            var path = Path.Combine(folder.FullName, "report.html");
            File.WriteAllText(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            driver.Navigate().GoToUrl(new Uri(path).AbsoluteUri);
            ((string)driver.ExecuteScript("return document.readyState")!).Should().Be("complete");
            return new OpenedReport(folder);
        }

        public void Dispose() => folder.Delete(recursive: true);
    }
}

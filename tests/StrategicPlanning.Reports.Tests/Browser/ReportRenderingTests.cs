using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests.Browser;

/// <summary>
/// Opens the Derby reports in headless Chromium and checks what a reader would see: no console errors, every
/// theme and chart laid out with a size, complete heat maps, nothing fetched from anywhere. Each run leaves the
/// HTML in artifacts/reports and a full-page screenshot in artifacts/screenshots; with SPLAN_UPDATE_SCREENSHOT=1
/// the quarterly test also refreshes the README's screenshot in docs/images.
/// </summary>
public class ReportRenderingTests
{
    /// <summary>The tallest full-page screenshot taken, in CSS pixels.</summary>
    private const int MaxScreenshotHeight = 20000;

    [SkippableFact]
    public void Quarterly_report_renders_in_Chromium_without_console_errors_and_with_every_theme_visible()
    {
        Skip.IfNot(HeadlessChromium.IsInstalled, HeadlessChromium.SkipReason);
        var html = DerbyReports.Quarterly;
        var name = "quarterly-" + Slug(DerbyReports.Quarter);

        using var chromium = HeadlessChromium.Start();
        var driver = chromium.Driver;
        var url = Open(driver, html, name);

        ShouldHaveNoSevereConsoleEntries(driver);
        var sections = driver.FindElements(By.CssSelector("section.theme"));
        sections.Select(s => s.GetDomAttribute("id")).Should().Equal(DerbyReports.Document.Plan.Themes.Select(t => "theme-" + t.Id),
            "the report has one theme section per theme of the plan, in the plan's order");
        foreach (var theme in DerbyReports.Document.Plan.Themes)
        {
            var section = driver.FindElement(By.Id("theme-" + theme.Id));
            section.Displayed.Should().BeTrue($"the section of theme '{theme.Name}' is displayed");
            section.Size.Width.Should().BePositive($"the section of theme '{theme.Name}' has a width");
            section.Size.Height.Should().BePositive($"the section of theme '{theme.Name}' has a height");
        }

        ShouldGiveEverySvgASize(driver);
        ShouldHaveCompleteHeatMaps(driver);
        ShouldHaveAThreatHeatMapPerTheme(driver);
        ShouldMakeNoNetworkRequests(driver, url);

        if (Environment.GetEnvironmentVariable("SPLAN_UPDATE_SCREENSHOT") == "1")
        {
            UpdateReadmeScreenshot(chromium, html);
        }

        SaveFullPageScreenshot(chromium, name + ".png");
    }

    [SkippableFact]
    public void Annual_report_renders_in_Chromium_without_console_errors_and_with_every_theme_row_visible()
    {
        Skip.IfNot(HeadlessChromium.IsInstalled, HeadlessChromium.SkipReason);
        var html = DerbyReports.Annual;
        var name = "annual-" + Slug(DerbyReports.Year);

        using var chromium = HeadlessChromium.Start();
        var driver = chromium.Driver;
        var url = Open(driver, html, name);

        ShouldHaveNoSevereConsoleEntries(driver);
        // The Annual Report has no theme sections: each theme is a row of the performance highlights' table.
        foreach (var theme in DerbyReports.Document.Plan.Themes)
        {
            var row = driver.FindElements(By.CssSelector("#performance tbody tr")).Single(r => r.FindElement(By.TagName("th")).Text == theme.Name);
            row.Displayed.Should().BeTrue($"the row of theme '{theme.Name}' is displayed");
            row.Size.Width.Should().BePositive($"the row of theme '{theme.Name}' has a width");
            row.Size.Height.Should().BePositive($"the row of theme '{theme.Name}' has a height");
        }

        ShouldGiveEverySvgASize(driver);
        ShouldHaveCompleteHeatMaps(driver);
        ShouldMakeNoNetworkRequests(driver, url);
        SaveFullPageScreenshot(chromium, name + ".png");
    }

    /// <summary>Writes the report to artifacts/reports and opens it by its file:// URL; returns the URL.</summary>
    internal static string Open(ChromeDriver driver, string html, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(DerbyReports.RepositoryRoot, "artifacts", "reports"));
        var path = Path.Combine(folder.FullName, name + ".html");
        File.WriteAllText(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var url = new Uri(path).AbsoluteUri;
        driver.Navigate().GoToUrl(url);
        Script<string>(driver, "return document.readyState").Should().Be("complete");
        return url;
    }

    private static void ShouldHaveNoSevereConsoleEntries(ChromeDriver driver)
    {
        var severe = driver.Manage().Logs.GetLog(LogType.Browser)
            .Where(e => e.Level == LogLevel.Severe)
            .Select(e => e.Message)
            .ToList();
        severe.Should().BeEmpty("the browser console should have no SEVERE entries, but it has:\n{0}", string.Join("\n", severe));
    }

    private static void ShouldGiveEverySvgASize(ChromeDriver driver)
    {
        var svgs = driver.FindElements(By.TagName("svg"));
        svgs.Should().NotBeEmpty("the report draws its charts as inline SVG");
        var unsized = new List<string>();
        foreach (var svg in svgs)
        {
            var title = svg.FindElement(By.XPath("./*[local-name()='title']")).GetDomProperty("textContent");
            var size = svg.Size;
            if (size.Width <= 0 || size.Height <= 0)
            {
                unsized.Add($"'{title}' is {size.Width} × {size.Height}");
            }
        }

        unsized.Should().BeEmpty("every svg is laid out with a width and a height");
    }

    private static void ShouldHaveCompleteHeatMaps(ChromeDriver driver)
    {
        var heatMaps = driver.FindElements(By.CssSelector("#risks svg.heatmap"));
        heatMaps.Should().HaveCount(2, "the risk section has a heat map of threats and one of opportunities");
        foreach (var heatMap in heatMaps)
        {
            var title = heatMap.FindElement(By.XPath("./*[local-name()='title']")).GetDomProperty("textContent");
            // The matrix comes from the document, not from the page: a renderer that drew fewer levels would fail here.
            var matrix = DerbyReports.Document.RiskRegister!.Matrix;
            var (likelihoods, impacts) = (matrix.LikelihoodLevels, matrix.ImpactLevels);
            (Number(heatMap, "data-likelihood-levels"), Number(heatMap, "data-impact-levels")).Should().Be((likelihoods, impacts));
            var cells = heatMap.FindElements(By.CssSelector("g.cell"));
            cells.Should().HaveCount(likelihoods * impacts, $"'{title}' has one cell per likelihood × impact pair");

            var pairs = cells.Select(c => (Likelihood: Number(c, "data-likelihood"), Impact: Number(c, "data-impact"))).ToList();
            var expected = Enumerable.Range(1, likelihoods).SelectMany(l => Enumerable.Range(1, impacts).Select(i => (Likelihood: l, Impact: i)));
            pairs.Should().OnlyHaveUniqueItems($"'{title}' has each likelihood × impact pair once")
                .And.BeEquivalentTo(expected, $"'{title}' covers likelihood 1 to {likelihoods} and impact 1 to {impacts}");
            cells.Select(c => Number(c, "data-count")).Should().OnlyContain(n => n >= 0, $"'{title}' counts risks in every cell");
            cells.Should().OnlyContain(c => c.Size.Width > 0 && c.Size.Height > 0, $"every cell of '{title}' is drawn");
            cells.Sum(c => Number(c, "data-count")).Should().Be(
                DerbyReports.Document.RiskRegister.Risks.Count(r => r.Status == Model.RiskStatus.Open && (r.Kind == Model.RiskKind.Threat) == title!.StartsWith("Threats", StringComparison.Ordinal)),
                $"'{title}' places every open risk of its kind once");
        }
    }

    /// <summary>RSK-8: a theme's map counts the open threats that name it or one of its outcomes, each once.</summary>
    private static void ShouldHaveAThreatHeatMapPerTheme(ChromeDriver driver)
    {
        var document = DerbyReports.Document;
        foreach (var theme in document.Plan.Themes)
        {
            var outcomes = theme.Outcomes.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
            var expected = document.RiskRegister!.Risks.Count(r => r.Status == Model.RiskStatus.Open && r.Kind == Model.RiskKind.Threat
                && (r.ThemeIds.Contains(theme.Id) || r.OutcomeIds.Any(outcomes.Contains)));
            var maps = driver.FindElements(By.CssSelector($"#theme-{theme.Id} svg.heatmap"));
            maps.Should().HaveCount(expected == 0 ? 0 : 1, $"the section of theme '{theme.Name}' maps its open threats");
            maps.SelectMany(m => m.FindElements(By.CssSelector("g.cell"))).Sum(c => Number(c, "data-count"))
                .Should().Be(expected, $"the map of theme '{theme.Name}' places each of its open threats once");
        }
    }

    private static void ShouldMakeNoNetworkRequests(ChromeDriver driver, string url)
    {
        var resources = Script<IEnumerable<object>>(driver, "return performance.getEntriesByType('resource').map(e => e.initiatorType + ' ' + e.name)")
            .Select(o => (string)o).ToList();
        resources.Should().BeEmpty("the report is self-contained: it fetches nothing but itself");
        Script<string>(driver, "return performance.getEntriesByType('navigation')[0].name").Should().Be(url);
    }

    /// <summary>
    /// The README's picture: the first screen of the quarterly report, and the hash of the HTML it shows, so a
    /// change to the report can be told from a stale screenshot.
    /// </summary>
    private static void UpdateReadmeScreenshot(HeadlessChromium chromium, string html)
    {
        var driver = chromium.Driver;
        var folder = Directory.CreateDirectory(Path.Combine(DerbyReports.RepositoryRoot, "docs", "images"));
        // A narrow window keeps the README image legible at its size; the fluid column fills it.
        const int ReadmeWidth = 780;
        const int ReadmeHeight = 1100;
        chromium.ResizeViewport(ReadmeWidth, ReadmeHeight);
        Script<object>(driver, "window.scrollTo(0, 0); return null");
        var png = driver.GetScreenshot().AsByteArray;
        PngSize(png).Should().Be((ReadmeWidth, ReadmeHeight), "the README screenshot is the first screen of the report");

        var path = Path.Combine(folder.FullName, "cabinet-report.png");
        File.WriteAllBytes(path, png);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)));
        File.WriteAllText(Path.Combine(folder.FullName, "cabinet-report.html.sha256"), hash + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        new FileInfo(path).Length.Should().BePositive();
    }

    /// <summary>Grows the window to the page's height (at most 20,000 px) and saves a screenshot of it all.</summary>
    private static void SaveFullPageScreenshot(HeadlessChromium chromium, string fileName)
    {
        var driver = chromium.Driver;
        var height = (int)Math.Min(Script<long>(driver, "return Math.ceil(document.documentElement.scrollHeight)"), MaxScreenshotHeight);
        chromium.ResizeViewport(HeadlessChromium.Width, height);
        var png = driver.GetScreenshot().AsByteArray;

        var folder = Directory.CreateDirectory(Path.Combine(DerbyReports.RepositoryRoot, "artifacts", "screenshots"));
        var path = Path.Combine(folder.FullName, fileName);
        File.WriteAllBytes(path, png);

        new FileInfo(path).Length.Should().BePositive($"{path} is written");
        var size = PngSize(File.ReadAllBytes(path));
        size.Width.Should().Be(HeadlessChromium.Width, $"{path} is as wide as the window");
        size.Height.Should().BeGreaterThanOrEqualTo(height, $"{path} shows the whole page, {height} px tall");
    }

    internal static T Script<T>(ChromeDriver driver, string script) => (T)driver.ExecuteScript(script)!;

    private static int Number(IWebElement element, string attribute)
    {
        var value = element.GetDomAttribute(attribute);
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            .Should().BeTrue($"{attribute}=\"{value}\" is a whole number");
        return number;
    }

    /// <summary>The width and height of a PNG, from its IHDR chunk.</summary>
    private static (int Width, int Height) PngSize(byte[] png)
    {
        png.Length.Should().BeGreaterThan(24);
        png.AsSpan(0, 8).ToArray().Should().Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], "a screenshot is a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)),
            BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>"2024/25 Q2" → "2024-25-Q2".</summary>
    private static string Slug(string period) => period.Replace('/', '-').Replace(' ', '-');
}

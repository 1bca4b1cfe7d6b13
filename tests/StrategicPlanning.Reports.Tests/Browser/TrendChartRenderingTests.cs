using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests.Browser;

/// <summary>
/// The quarterly report's trend charts as Chromium lays them out: every one present and drawn with a size, and the
/// browser's own reading of the points for a known measure and theme (the SVG DOM's vertex lists, not the markup).
/// </summary>
public class TrendChartRenderingTests
{
    private const string RecyclingRow = "Household waste sent for reuse, recycling or composting";

    [SkippableFact]
    public void Every_trend_chart_is_drawn_with_a_size_and_a_known_measure_and_theme_with_the_right_points()
    {
        Skip.IfNot(HeadlessChromium.IsInstalled, HeadlessChromium.SkipReason);
        using var chromium = HeadlessChromium.Start();
        var driver = chromium.Driver;
        ReportRenderingTests.Open(driver, DerbyReports.Quarterly, "quarterly-trends-" + DerbyReports.Quarter.Replace('/', '-').Replace(' ', '-'));

        var plan = DerbyReports.Document.Plan;
        var measures = plan.Themes.SelectMany(t => t.Outcomes).SelectMany(o => o.Measures).Select(m => m.Id).Distinct().Count();
        driver.FindElements(By.CssSelector("#headline svg.score-trend")).Should().ContainSingle("the headline charts the plan score by quarter");
        foreach (var theme in plan.Themes)
        {
            driver.FindElements(By.CssSelector($"#theme-{theme.Id} svg.score-trend")).Should().ContainSingle($"theme '{theme.Name}' charts its score by quarter");
        }

        var charts = driver.FindElements(By.CssSelector("svg.trend-chart"));
        charts.Should().HaveCount(1 + plan.Themes.Count + measures, "one chart for the plan, one per theme and one per measure");
        charts.Should().OnlyContain(c => c.Displayed && c.Size.Width > 0 && c.Size.Height > 0, "every chart is laid out with a width and a height");

        // Derby's recycling rate at 2024/25 Q2: six actuals in eight quarters, one unbroken run; targets 37% then 40% (a step of four vertices).
        var recycling = driver.FindElements(By.CssSelector("section.theme tbody tr"))
            .Single(r => r.FindElement(By.TagName("th")).Text.StartsWith(RecyclingRow, StringComparison.Ordinal))
            .FindElement(By.CssSelector("svg.measure-trend"));
        Vertices(driver, recycling, "polyline.actual").Should().Equal(6);
        Vertices(driver, recycling, "polyline.target").Should().Equal(4);
        DrawnInside(driver, recycling, "circle.actual").Should().Be(6, "each actual is a dot drawn inside its chart");

        // Green city: no score in 2022/23 Q3 and Q4, then six quarters with one.
        var green = driver.FindElement(By.CssSelector("#theme-green svg.score-trend"));
        Vertices(driver, green, "polyline.score").Should().Equal(6);
        DrawnInside(driver, green, ".point").Should().Be(6, "each quarter with a score has a marker drawn inside the chart");
        DrawnInside(driver, green, "rect.band").Should().Be(3, "the red, amber and green bands are drawn behind the line");
    }

    /// <summary>The number of vertices the browser parsed for each matching polyline.</summary>
    private static List<long> Vertices(ChromeDriver driver, IWebElement svg, string selector) =>
        [.. ((IEnumerable<object>)driver.ExecuteScript("return [...arguments[0].querySelectorAll(arguments[1])].map(p => p.points.numberOfItems)", svg, selector)!).Select(o => (long)o)];

    /// <summary>How many matching elements have a non-zero rendered box lying within the chart's box.</summary>
    private static long DrawnInside(ChromeDriver driver, IWebElement svg, string selector) => (long)driver.ExecuteScript(
        """
        const box = arguments[0].getBoundingClientRect();
        return [...arguments[0].querySelectorAll(arguments[1])].filter(e => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
        }).length;
        """,
        svg,
        selector)!;
}

using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;
using PerformanceHub.Plans;
using PerformanceHub.Tests.Hosting;

namespace PerformanceHub.Tests.Browser;

/// <summary>
/// Point 7: what a performance officer does, in a real browser (Debian's Chromium, headless) against the real hub:
/// sign in, open a theme and a measure's chart, upload a filled return, read its change log, commit it, see the new
/// version and the changed score; lock the quarter and see its report unchanged after a later edit. The screenshots of
/// the main pages go to artifacts/screenshots (and, with SPLAN_UPDATE_SCREENSHOT=1, to the README's docs/images).
/// </summary>
public sealed class BrowserFlowTests
{
    private const string AsOf = "2025-03-31";
    private const string Quarter = "2024/25 Q4";

    [SkippableFact]
    public async Task A_performance_officer_reads_uploads_commits_and_locks_through_the_pages()
    {
        HubChromium.SkipUnlessInstalled();
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var api = hub.Client();
        using var browser = HubChromium.Start(hub.BaseAddress);
        var folder = Directory.CreateTempSubdirectory("hub-flow").FullName;

        // Sign in, and the organisation's plans are there.
        browser.SignIn("admin", HubHost.AdminPassword);
        browser.Text.Should().Contain("Council Plan 2022-2025");
        browser.ClickAndWaitFor(By.LinkText("Council Plan 2022-2025"), "/plans/council-plan");
        browser.Go($"/plans/council-plan?asOf={AsOf}");
        TileScore(browser, "growth").Should().Be("71.67", "City of growth scores 71.67 at 2025-03-31 (the README's table)");
        Convert.ToInt32(browser.Driver.ExecuteScript("return document.styleSheets.length === 1 ? document.styleSheets[0].cssRules.length : -1"),
            System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(20, "the stylesheet loads under the CSP");
        browser.Screenshot("hub-scorecard");

        // Theme → outcome → measure with its chart over time.
        browser.ClickAndWaitFor(By.LinkText("City of growth"), "/themes/growth");
        browser.Driver.FindElement(By.TagName("h1")).Text.Should().Contain("City of growth");
        browser.ClickAndWaitFor(By.LinkText("Good homes for everyone"), "/outcomes/");
        browser.ClickAndWaitFor(By.LinkText("Households in temporary accommodation"), "/measures/m.temp-accommodation");
        var chart = browser.Driver.FindElement(By.CssSelector("figure svg"));
        chart.Displayed.Should().BeTrue();
        chart.Size.Width.Should().BeGreaterThan(200);
        browser.Driver.FindElements(By.CssSelector("table.history tbody tr")).Select(r => r.Text)
            .Should().Contain(r => r.StartsWith("2024/25 Q4 303 240", StringComparison.Ordinal));
        browser.Screenshot("hub-measure");

        // Upload a filled return (Housing's Q4 CSV with 231 households, under the 240 target), read its change log.
        var filled = FilledReturn(Samples.Derby, folder, 231);
        browser.Go("/plans/council-plan/returns");
        browser.Driver.FindElement(By.Id("file")).SendKeys(filled);
        browser.Driver.FindElement(By.Id("replace")).Click();
        browser.ClickAndWaitFor(By.XPath("//button[text()='Preview the changes']"), "Nothing is stored yet.");
        var preview = browser.Driver.FindElements(By.CssSelector("table.changes tbody tr")).Select(r => r.Text).ToList();
        preview.Should().ContainSingle(r => r.Contains("m.temp-accommodation", StringComparison.Ordinal) && r.Contains("303", StringComparison.Ordinal) && r.Contains("231", StringComparison.Ordinal));
        browser.Text.Should().Contain("Nothing is stored yet.");
        (await Versions(api)).Should().Be(1, "a preview stores nothing");
        browser.Screenshot("hub-return-preview");

        // Commit it: version 2, and City of growth's score moves.
        browser.ClickAndWaitFor(By.XPath("//button[text()='Commit as version 2']"), "Saved as version 2");
        (await Versions(api)).Should().Be(2);
        var v2 = Path.Combine(folder, "v2.json");
        await File.WriteAllTextAsync(v2, await api.GetStringAsync($"{HubHost.Plan}/versions/2"));
        var expected = GrowthScore(Splan.Run("score", v2, $"--as-of={AsOf}", "--format=json").Output);
        expected.Should().NotBe("71.67");
        browser.ClickAndWaitFor(By.LinkText("See version 2"), "version=2");
        browser.Go($"/plans/council-plan?asOf={AsOf}");
        TileScore(browser, "growth").Should().Be(expected);

        // Lock 2024/25 Q4 on version 2, then a later edit (back over target, 260): the locked report does not change.
        browser.Go("/plans/council-plan/locks");
        browser.Driver.FindElement(By.CssSelector($"#quarter option[value='{Quarter}']")).Click();
        browser.ClickAndWaitFor(By.XPath("//button[text()='Lock the quarter']"), $"{Quarter} is locked on version 2.");
        browser.ClickAndWaitFor(By.LinkText("As presented"), "/report");
        var presented = browser.Driver.PageSource;
        presented.Should().Contain("Quarter 4");

        browser.Go("/plans/council-plan/returns");
        browser.Driver.FindElement(By.Id("file")).SendKeys(FilledReturn(v2, folder, 260));
        browser.Driver.FindElement(By.Id("replace")).Click();
        browser.ClickAndWaitFor(By.XPath("//button[text()='Preview the changes']"), "Nothing is stored yet.");
        browser.ClickAndWaitFor(By.XPath("//button[text()='Commit as version 3']"), "Saved as version 3");
        (await Versions(api)).Should().Be(3);

        browser.Go("/plans/council-plan/locks");
        browser.ClickAndWaitFor(By.LinkText("As presented"), "/report");
        browser.Driver.PageSource.Should().Be(presented, "the locked quarter's report comes from version 2 after the edit");
        browser.Go("/plans/council-plan/locks");
        browser.ClickAndWaitFor(By.LinkText("As now restated"), "restated=true");
        browser.Driver.PageSource.Should().NotBe(presented);
        browser.Go($"/plans/council-plan?asOf={AsOf}");
        browser.Text.Should().Contain("As presented").And.Contain("As now restated");
        browser.Screenshot("hub-locked-quarter");
    }

    private static string TileScore(HubChromium browser, string theme) =>
        browser.Driver.FindElement(By.CssSelector($"li.tile[data-theme='{theme}'] .score")).Text;

    private static string GrowthScore(string scoreJson)
    {
        using var score = JsonDocument.Parse(scoreJson);
        var growth = score.RootElement.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "growth");
        return growth.GetProperty("score").GetDecimal().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<int> Versions(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/versions")).GetArrayLength();

    /// <summary>Housing's Q4 measures return as splan return writes it, with the temporary accommodation actual filled in.</summary>
    private static string FilledReturn(string plan, string folder, int households)
    {
        var stem = Path.Combine(folder, $"housing-{households}");
        Splan.Run("return", plan, $"--quarter={Quarter}", "--owner=Head of Housing", "--format=csv", $"--out={stem}").Exit.Should().Be(0);
        var path = stem + "-measures.csv";
        var lines = File.ReadAllLines(path);
        var row = Array.FindIndex(lines, l => l.Contains(",m.temp-accommodation,", StringComparison.Ordinal));
        lines[row] = lines[row][..^1] + $"{households},";
        File.WriteAllLines(path, lines);
        return path;
    }
}

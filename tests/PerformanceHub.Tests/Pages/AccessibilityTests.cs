using OpenQA.Selenium;
using PerformanceHub.Tests.Hosting;
using PerformanceHub.Tests.Browser;

namespace PerformanceHub.Tests.Pages;

/// <summary>
/// Point 4: axe-core (as Selenium.Axe 2.0.3 ships it, see <see cref="AxeCore"/>) in Debian's headless Chromium finds no serious or critical violation on any
/// page, signed in as admin: sign-in, plans, scorecard (with a locked quarter restated), theme, outcome, measure,
/// actions, risks, history with a comparison, returns (empty, preview, saved), locks and denied; and the Cabinet report the
/// hub serves (the library's HTML).
/// </summary>
public sealed class AccessibilityTests
{
    [SkippableFact]
    public async Task No_page_has_a_serious_or_critical_axe_violation()
    {
        HubChromium.SkipUnlessInstalled();
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var browser = HubChromium.Start(hub.BaseAddress);
        var driver = browser.Driver;
        var found = new List<string>();
        var checkedPages = new List<string>();
        void Check(string what)
        {
            checkedPages.Add(what);
            found.AddRange(AxeCore.Violations(driver)
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{what} ({driver.Url}): {v.Text}"));
        }

        void Open(string path, string what)
        {
            driver.Navigate().GoToUrl(new Uri(hub.BaseAddress, path));
            Check(what);
        }

        // The check itself finds what it should: an image without a text alternative is critical (image-alt).
        driver.Navigate().GoToUrl("data:text/html,<html lang=en><title>t</title><main><img src=x.png></main></html>");
        AxeCore.Violations(driver).Should().Contain(v => v.Impact == "critical" && v.Text.StartsWith("image-alt ", StringComparison.Ordinal));

        var plan = PageSession.Plan;
        Open("/signin", "sign-in");
        browser.SignIn("admin", HubHost.AdminPassword);
        driver.Url.Should().EndWith("/", "signing in leads to the plans");
        Check("plans");

        // A locked quarter restated afterwards, so the scorecard shows 'as presented' beside 'as now restated'.
        Open($"{plan}/locks", "locks");
        browser.ClickAndWaitFor(By.CssSelector("main form button[type=submit]"), "is locked on version");
        Check("locks after locking 2024/25 Q4");
        using (var api = hub.Client())
        {
            (await HistoryTests.Put(api, LocksPageTests.WithNo2In2024Q4(45.1m), "\"v1\"")).EnsureSuccessStatusCode();
        }

        Open($"{plan}?asOf=2025-03-31", "scorecard of a locked, restated quarter");
        driver.FindElements(By.CssSelector("table.restated")).Should().HaveCount(1);
        Open($"{plan}/themes/green?asOf=2025-03-31", "theme");
        Open($"{plan}/outcomes/green.air?asOf=2025-03-31", "outcome");
        Open($"{plan}/measures/m.no2?asOf=2025-03-31", "measure");
        Open($"{plan}/actions?asOf=2025-03-31&overdue=true&mustDo=true", "actions filtered");
        Open($"{plan}/risks?asOf=2025-03-31", "risks");

        Open($"{plan}/returns", "returns");
        driver.FindElement(By.Id("file")).SendKeys(Samples.DerbyReturn);
        driver.FindElement(By.Id("replace")).Click();
        browser.ClickAndWaitFor(By.CssSelector("form[enctype='multipart/form-data'] button[type=submit]"), "Nothing is stored yet.");
        driver.FindElements(By.CssSelector("table.changes")).Should().HaveCount(1, "the preview shows the change log");
        Check("return preview");
        browser.ClickAndWaitFor(By.XPath("//button[starts-with(normalize-space(.), 'Commit as version')]"), "Saved as version");
        driver.FindElement(By.CssSelector("[role=status]")).Text.Should().StartWith("Saved as version 3");
        Check("return saved");

        Open($"{plan}/history?older=1&newer=3&asOf=2025-03-31", "history with a comparison");
        driver.FindElements(By.CssSelector("table.compare")).Should().HaveCount(1);
        Open("/denied", "denied");

        checkedPages.Should().HaveCount(15);
        found.Should().BeEmpty("axe-core found serious or critical violations:\n{0}", string.Join("\n", found));
    }

    [SkippableFact]
    public async Task The_Cabinet_report_the_hub_serves_has_no_serious_or_critical_axe_violation()
    {
        HubChromium.SkipUnlessInstalled();
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var browser = HubChromium.Start(hub.BaseAddress);
        var driver = browser.Driver;
        browser.SignIn("admin", HubHost.AdminPassword);

        driver.Navigate().GoToUrl(new Uri(hub.BaseAddress, $"{PageSession.Plan}/report?quarter=2024%2F25%20Q4"));
        var found = AxeCore.Violations(driver).Where(v => v.Impact is "serious" or "critical").Select(v => v.Text).ToList();

        driver.Title.Should().Contain("Quarter 4 2024/25");
        found.Should().BeEmpty("axe-core found serious or critical violations in the report:\n{0}", string.Join("\n", found));
    }
}

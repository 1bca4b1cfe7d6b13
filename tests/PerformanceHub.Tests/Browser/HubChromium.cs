using System.Drawing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using StrategicPlanning.Reports.Tests.Browser;

namespace PerformanceHub.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless (<see cref="HeadlessChromium"/>, shared with the report tests), pointed at a running
/// hub: going to a page, signing in and clicking as a person would, waiting for the next page, and screenshots. Where
/// Chromium is not installed the browser tests are skipped locally; on CI (CI=true) that is an error, so they can
/// never silently not run.
/// </summary>
public sealed class HubChromium : IDisposable
{
    private readonly HeadlessChromium chromium;
    private readonly Uri hub;

    private HubChromium(Uri hub, HeadlessChromium chromium)
    {
        this.hub = hub;
        this.chromium = chromium;
    }

    public ChromeDriver Driver => chromium.Driver;

    /// <summary>The page's text, as a person reads it.</summary>
    public string Text => Driver.FindElement(By.TagName("body")).Text;

    /// <summary>Skips the calling test where Chromium or its driver is missing (locally); fails it on CI.</summary>
    public static void SkipUnlessInstalled()
    {
        if (!HeadlessChromium.IsInstalled && Environment.GetEnvironmentVariable("CI") == "true")
        {
            throw new InvalidOperationException($"CI must run the browser tests, but {HeadlessChromium.SkipReason}");
        }

        Skip.IfNot(HeadlessChromium.IsInstalled, HeadlessChromium.SkipReason);
    }

    /// <summary>Starts a headless Chromium, 1280 × 900, for the hub at <paramref name="hub"/>.</summary>
    public static HubChromium Start(Uri hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var chromium = HeadlessChromium.Start();
        chromium.Driver.Manage().Window.Size = new Size(1280, 900);
        chromium.Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
        return new HubChromium(hub, chromium);
    }
    public void Go(string path) => Driver.Navigate().GoToUrl(new Uri(hub, path));

    /// <summary>
    /// Clicks and waits until the page that follows shows <paramref name="expected"/>: a click that submits a form
    /// can return before the next page has loaded.
    /// </summary>
    public void ClickAndWaitFor(By target, string expected)
    {
        Driver.FindElement(target).Click();
        WaitFor(expected);
    }

    /// <summary>Waits up to 30 s for the page's text or address to contain <paramref name="expected"/>.</summary>
    public void WaitFor(string expected)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                if (Driver.Url.Contains(expected, StringComparison.Ordinal) || Text.Contains(expected, StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (StaleElementReferenceException)
            {
                // The page changed while it was read: read the new one.
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"The page at {Driver.Url} did not show '{expected}' within 30 s; it shows: {Text}");
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>Signs in through the sign-in page as a person would.</summary>
    public void SignIn(string user, string password)
    {
        Go("/signin");
        Driver.FindElement(By.Id("username")).SendKeys(user);
        Driver.FindElement(By.Id("password")).SendKeys(password);
        ClickAndWaitFor(By.CssSelector("main form button[type=submit]"), "Signed in as");
    }

    /// <summary>
    /// A full-page screenshot into artifacts/screenshots; with SPLAN_UPDATE_SCREENSHOT=1 also into the README's
    /// docs/images (the repository root is found from the test's folder).
    /// </summary>
    public void Screenshot(string name)
    {
        var height = Convert.ToInt32(Driver.ExecuteScript("return document.documentElement.scrollHeight"), System.Globalization.CultureInfo.InvariantCulture);
        Driver.Manage().Window.Size = new Size(1280, Math.Clamp(height + 140, 600, 6000));
        var shot = Driver.GetScreenshot();
        var root = RepositoryRoot();
        var folder = Directory.CreateDirectory(Path.Combine(root, "artifacts", "screenshots")).FullName;
        shot.SaveAsFile(Path.Combine(folder, name + ".png"));
        if (Environment.GetEnvironmentVariable("SPLAN_UPDATE_SCREENSHOT") == "1")
        {
            shot.SaveAsFile(Path.Combine(root, "docs", "images", name + ".png"));
        }

        Driver.Manage().Window.Size = new Size(1280, 900);
    }

    public void Dispose() => chromium.Dispose();

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "StrategicPlanning.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (StrategicPlanning.sln) is not above the tests.");
    }
}

using System.Text.Json;
using OpenQA.Selenium;

namespace PerformanceHub.Tests.Pages;

/// <summary>
/// axe-core as Selenium.Axe 2.0.3 ships it (axe 4.1.1, its embedded <c>axe.min.js</c>), run in the page through
/// Selenium 4. Selenium.Axe's own <c>AxeBuilder</c> is built against Selenium 3's <c>WebDriver</c> assembly, which
/// Selenium 4.52 renamed (<c>Selenium.WebDriver</c>), so it cannot take a Selenium 4 driver; the script it carries can.
/// WebDriver runs the script outside the page's Content-Security-Policy, so the pages keep forbidding all script.
/// </summary>
internal static class AxeCore
{
    private const string Resource = "Selenium.Axe.Resources.axe.min.js";

    private const string Run = """
        const done = arguments[arguments.length - 1];
        window.axe.run(document, { resultTypes: ['violations'] })
          .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify({ error: String(e) })));
        """;

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(Selenium.Axe.AxeRunOptions).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Selenium.Axe carries no {Resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The violations on the page now, each as "rule [impact] help at html | html".</summary>
    public static IReadOnlyList<(string Impact, string Text)> Violations(IWebDriver driver)
    {
        var js = (IJavaScriptExecutor)driver;
        driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        js.ExecuteScript(Script.Value);
        var json = (string)js.ExecuteAsyncScript(Run)!;
        using var parsed = JsonDocument.Parse(json);
        if (parsed.RootElement.ValueKind == JsonValueKind.Object)
        {
            throw new InvalidOperationException($"axe-core failed on {driver.Url}: {parsed.RootElement.GetProperty("error").GetString()}");
        }

        return parsed.RootElement.EnumerateArray().Select(v => (
            v.GetProperty("impact").GetString() ?? "",
            $"{v.GetProperty("id").GetString()} [{v.GetProperty("impact").GetString()}] {v.GetProperty("help").GetString()} at "
            + string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("html").GetString())))).ToList();
    }
}

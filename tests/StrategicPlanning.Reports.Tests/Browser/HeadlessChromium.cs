using System.Drawing;
using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace StrategicPlanning.Reports.Tests.Browser;

/// <summary>
/// Debian's Chromium driven headless through its chromedriver, with a throw-away profile. Both paths are given
/// to Selenium explicitly, so Selenium Manager never runs and nothing is downloaded.
/// </summary>
internal sealed class HeadlessChromium : IDisposable
{
    /// <summary>The viewport's width in CSS pixels: A4 at 150 dpi is 1240 × 1754.</summary>
    public const int Width = 1240;

    /// <summary>The viewport's height in CSS pixels (one A4 page at 150 dpi).</summary>
    public const int Height = 1754;

    /// <summary>Why the browser test is skipped where Chromium or its driver is absent.</summary>
    public const string InstallMessage =
        "Chromium is not installed: run `sudo apt-get install -y chromium chromium-driver` (Debian) to run the browser test";

    private readonly ChromeDriverService service;
    private readonly DirectoryInfo profile;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver, DirectoryInfo profile)
    {
        this.service = service;
        Driver = driver;
        this.profile = profile;
    }

    /// <summary>Gets the Chromium browser: <c>/usr/bin/chromium</c>, or <c>CHROMIUM_PATH</c> when set.</summary>
    public static string BrowserPath => FromEnvironment("CHROMIUM_PATH", "/usr/bin/chromium");

    /// <summary>Gets the driver: <c>/usr/bin/chromedriver</c>, or <c>CHROMEDRIVER_PATH</c> when set.</summary>
    public static string DriverPath => FromEnvironment("CHROMEDRIVER_PATH", "/usr/bin/chromedriver");

    /// <summary>Gets whether both the browser and its driver are there.</summary>
    public static bool IsInstalled => File.Exists(BrowserPath) && File.Exists(DriverPath);

    /// <summary>Gets the skip reason: the install command and the paths that are missing.</summary>
    public static string SkipReason
    {
        get
        {
            var missing = new[] { BrowserPath, DriverPath }.Where(p => !File.Exists(p));
            return $"{InstallMessage} (not found: {string.Join(", ", missing)})";
        }
    }

    /// <summary>Gets the running browser.</summary>
    public ChromeDriver Driver { get; }

    /// <summary>Starts a headless Chromium with a fresh profile, its viewport the size of an A4 page at 150 dpi.</summary>
    public static HeadlessChromium Start()
    {
        var profile = Directory.CreateTempSubdirectory("splan-chromium-");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;

        var options = new ChromeOptions { BinaryLocation = BrowserPath };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            $"--window-size={Width},{Height}",
            $"--user-data-dir={profile.FullName}");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);

        try
        {
            var chromium = new HeadlessChromium(service, new ChromeDriver(service, options, TimeSpan.FromSeconds(60)), profile);
            chromium.ResizeViewport(Width, Height);
            return chromium;
        }
        catch
        {
            service.Dispose();
            DeleteProfile(profile);
            throw;
        }
    }

    /// <summary>
    /// Sizes the window so that the page's viewport is <paramref name="width"/> × <paramref name="height"/> CSS
    /// pixels: headless Chromium's window keeps a frame (143 px of height with Chromium 156) outside the viewport.
    /// </summary>
    /// <remarks>
    /// On a loaded machine the page can still report its old viewport just after the window was resized; the frame
    /// worked out from that stale size made a 710 px viewport 140 px wide once. So the viewport is read until two
    /// readings agree, and the sizing ends only when the viewport is the size asked for (or fails saying what it is).
    /// </remarks>
    public void ResizeViewport(int width, int height)
    {
        var window = Driver.Manage().Window;
        window.Size = new Size(width, height);
        var (innerWidth, innerHeight) = SettledViewport();
        if (innerWidth != width || innerHeight != height)
        {
            window.Size = new Size(width + (width - innerWidth), height + (height - innerHeight));
            (innerWidth, innerHeight) = SettledViewport();
        }

        for (var attempt = 0; (innerWidth, innerHeight) != (width, height); attempt++)
        {
            if (attempt == 50)
            {
                throw new InvalidOperationException($"the viewport stayed {innerWidth} × {innerHeight} px after asking for {width} × {height} px");
            }

            Thread.Sleep(20);
            (innerWidth, innerHeight) = Viewport();
        }
    }

    private (int Width, int Height) SettledViewport()
    {
        var last = Viewport();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            Thread.Sleep(20);
            var now = Viewport();
            if (now == last)
            {
                return now;
            }

            last = now;
        }

        return last;
    }

    private (int Width, int Height) Viewport()
    {
        var viewport = (IReadOnlyCollection<object>)Driver.ExecuteScript("return [window.innerWidth, window.innerHeight]")!;
        return (Convert.ToInt32(viewport.First(), CultureInfo.InvariantCulture), Convert.ToInt32(viewport.Last(), CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        try
        {
            Driver.Quit();
        }
        finally
        {
            Driver.Dispose();
            service.Dispose();
            DeleteProfile(profile);
        }
    }

    private static string FromEnvironment(string variable, string fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path ? path : fallback;

    private static void DeleteProfile(DirectoryInfo directory)
    {
        // Chromium's last child processes can still be writing to the profile for a moment after Quit.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                directory.Refresh();
                if (directory.Exists)
                {
                    directory.Delete(recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < 10)
            {
                Thread.Sleep(200);
            }
            catch (UnauthorizedAccessException) when (attempt < 10)
            {
                Thread.Sleep(200);
            }
        }
    }
}

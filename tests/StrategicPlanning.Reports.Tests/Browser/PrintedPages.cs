using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace StrategicPlanning.Reports.Tests.Browser;

/// <summary>
/// The pages of a PDF as a reader that is not ours sees them: poppler's <c>pdftotext -bbox</c> gives each page's size
/// and the box of every word on it, in points from the page's top-left corner. How full a page is comes from where
/// its lowest word ends, so it measures what was printed, page breaks and repeated header rows included, which the
/// DOM cannot tell (Chromium does not expose where it breaks pages).
/// </summary>
internal sealed partial class PrintedPages
{
    /// <summary>Why the print test is skipped where poppler's pdftotext is absent.</summary>
    public const string InstallMessage =
        "pdftotext is not installed: run `sudo apt-get install -y poppler-utils` (Debian) to run the print-to-PDF test";

    private PrintedPages(IReadOnlyList<PrintedPage> pages) => Pages = pages;

    /// <summary>Gets the pages, first to last.</summary>
    public IReadOnlyList<PrintedPage> Pages { get; }

    /// <summary>Gets <c>pdftotext</c>: <c>PDFTOTEXT_PATH</c> when set, else the first on <c>PATH</c>, or null.</summary>
    public static string? ToolPath =>
        Environment.GetEnvironmentVariable("PDFTOTEXT_PATH") is { Length: > 0 } path ? (File.Exists(path) ? path : null)
        : (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "pdftotext")).FirstOrDefault(File.Exists);

    /// <summary>Gets whether pdftotext is there.</summary>
    public static bool IsInstalled => ToolPath is not null;

    /// <summary>Reads a PDF file with <c>pdftotext -bbox</c>.</summary>
    public static PrintedPages Read(string pdfPath)
    {
        var start = new ProcessStartInfo(ToolPath ?? throw new InvalidOperationException(InstallMessage))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-bbox", "-enc", "UTF-8", pdfPath, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftotext exited with {process.ExitCode}: {error.Result}");
        }

        return Parse(output);
    }

    /// <summary>Parses the XHTML <c>pdftotext -bbox</c> writes: a <c>page</c> element per page, a <c>word</c> per word.</summary>
    public static PrintedPages Parse(string bbox)
    {
        var pages = new List<PrintedPage>();
        foreach (Match page in PageElement().Matches(bbox))
        {
            var words = WordElement().Matches(page.Groups["body"].Value)
                .Select(w => new PrintedWord(Number(w, "x0"), Number(w, "y0"), Number(w, "x1"), Number(w, "y1"), WebUtility.HtmlDecode(w.Groups["text"].Value)))
                .ToList();
            pages.Add(new PrintedPage(pages.Count + 1, Number(page, "width"), Number(page, "height"), words));
        }

        return new PrintedPages(pages);
    }

    private static double Number(Match match, string group) => double.Parse(match.Groups[group].Value, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<page width="(?<width>[0-9.]+)" height="(?<height>[0-9.]+)">(?<body>.*?)</page>""", RegexOptions.Singleline)]
    private static partial Regex PageElement();

    [GeneratedRegex("""<word xMin="(?<x0>[0-9.]+)" yMin="(?<y0>[0-9.]+)" xMax="(?<x1>[0-9.]+)" yMax="(?<y1>[0-9.]+)">(?<text>.*?)</word>""", RegexOptions.Singleline)]
    private static partial Regex WordElement();
}

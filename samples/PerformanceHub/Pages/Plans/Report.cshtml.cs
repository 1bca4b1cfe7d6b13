using Microsoft.AspNetCore.Mvc;
using PerformanceHub.Plans;
using PerformanceHub.Security;

namespace PerformanceHub.Pages.Plans;

/// <summary>
/// A quarter's Cabinet report (splan report, self-contained HTML): from <c>?version=N</c> when asked; else from the
/// version locked when the quarter is locked, unless <c>?restated=true</c>; else from the latest version. Its own stylesheet is inline, so it gets the report's CSP.
/// </summary>
public sealed class ReportModel(PlanStore store, PlanResults results, TimeProvider clock) : PlanPageModel(store, results, clock)
{
    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Restated { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Quarter) || Api.ResultsApi.Refuse(Quarter) is not null)
        {
            return BadRequest("Name the quarter: ?quarter=2024/25 Q4");
        }

        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        // A version asked for is the one reported (LoadAsync found it); else the locked one, unless restated; else the latest.
        var locked = Restated || AskedVersion is not null ? null : await Store.LockOfAsync(Plan.Id, Quarter, HttpContext.RequestAborted);
        var version = locked is null ? Version : await Store.VersionAsync(Plan.Id, locked.VersionNumber, HttpContext.RequestAborted) ?? Latest;
        var report = Results.Report(version, Quarter);
        if (report.Exit != 0)
        {
            return BadRequest($"No report for '{Quarter}': {Api.PlanApi.FirstLine(report.Error)}");
        }

        Response.Headers.ContentSecurityPolicy = SecurityHeaders.ReportContentSecurityPolicy;
        Response.Headers["X-Plan-Version"] = version.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Content(report.Output, "text/html; charset=utf-8");
    }
}

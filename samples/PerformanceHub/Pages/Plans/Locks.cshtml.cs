using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PerformanceHub.Data;
using PerformanceHub.Plans;
using PerformanceHub.Security;

namespace PerformanceHub.Pages.Plans;

/// <summary>
/// Quarters locked when their report went to Cabinet, each with its report as presented (and as now restated); an
/// admin locks a quarter on the latest version here. A locked quarter stays locked.
/// </summary>
public sealed class LocksModel(PlanStore store, PlanResults results, TimeProvider clock, IAuthorizationService authorization)
    : PlanPageModel(store, results, clock)
{
    public IReadOnlyList<QuarterLock> Locks { get; private set; } = [];

    public bool CanLock { get; private set; }

    public string? Problem { get; private set; }

    public QuarterLock? Locked { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? await ShowAsync();

    public async Task<IActionResult> OnPostAsync(string? quarter)
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (!(await authorization.AuthorizeAsync(User, HubRoles.CanAdmin)).Succeeded)
        {
            return Forbid();
        }

        quarter = quarter?.Trim();
        if (string.IsNullOrEmpty(quarter) || Api.ResultsApi.Refuse(quarter) is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync("Choose the quarter whose report goes to Cabinet, such as 2024/25 Q4.");
        }

        if (Results.QuarterEnd(Latest, quarter) is (null, var problem))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(problem);
        }

        Locked = await Store.LockAsync(Plan.Id, quarter, Latest.Number, Api.PlanAccess.Who(User), HttpContext.RequestAborted);
        if (Locked is null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await ShowAsync($"{quarter} is already locked; a locked quarter stays on the version presented.");
        }

        return await ShowAsync();
    }

    /// <summary>The address of a quarter's Cabinet report, as presented or as now restated.</summary>
    public string ReportLink(string quarter, bool restated = false) =>
        $"/plans/{Uri.EscapeDataString(Slug)}/report?quarter={Uri.EscapeDataString(quarter)}{(restated ? "&restated=true" : "")}";

    private async Task<IActionResult> ShowAsync(string? problem = null)
    {
        Problem = problem;
        CanLock = (await authorization.AuthorizeAsync(User, HubRoles.CanAdmin)).Succeeded;
        Locks = await Store.LocksAsync(Plan.Id, HttpContext.RequestAborted);
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using PerformanceHub.Plans;

namespace PerformanceHub.Pages.Plans;

/// <summary>
/// The plan's versions (who, when, how, SHA-256) and what changed between two of them, both scored at the as-of date
/// (splan compare --from-file, through <see cref="PlanResults.CompareVersions"/>).
/// </summary>
public sealed class HistoryModel(PlanStore store, PlanResults results, TimeProvider clock) : PlanPageModel(store, results, clock)
{
    [BindProperty(SupportsGet = true)]
    public int? Older { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Newer { get; set; }

    public IReadOnlyList<VersionSummary> Versions { get; private set; } = [];

    public CompareSheet? Compared { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        var cancel = HttpContext.RequestAborted;
        Versions = await Store.HistoryAsync(Plan.Id, cancel);
        if (Older is null && Newer is null)
        {
            return Page();
        }

        var older = Older is { } o ? await Store.VersionAsync(Plan.Id, o, cancel) : null;
        var newer = Newer is { } n ? await Store.VersionAsync(Plan.Id, n, cancel) : null;
        if (older is null || newer is null)
        {
            Problem = $"Pick two versions between 1 and {Latest.Number}.";
            return Page();
        }

        var result = Results.CompareVersions(older, newer, AsOf);
        Compared = result.Exit == 0 ? CompareSheet.Parse(result.Output) : null;
        Problem = result.Exit == 0 ? null : "The versions could not be compared: " + Api.PlanApi.FirstLine(result.Error);
        return Page();
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceHub.Data;
using PerformanceHub.Plans;
using PerformanceHub.Security;

namespace PerformanceHub.Pages;

/// <summary>The signed-in user's organisation and its plans.</summary>
public sealed class IndexModel(PlanStore store) : PageModel
{
    public string Organisation { get; private set; } = "";

    public IReadOnlyList<PlanRecord> Plans { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Organisation = User.FindFirstValue(HubRoles.OrganisationClaim) ?? "";
        Plans = await store.PlansOfAsync(Organisation, HttpContext.RequestAborted);
    }
}

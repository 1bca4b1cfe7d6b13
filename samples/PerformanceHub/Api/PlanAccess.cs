using System.Security.Claims;
using PerformanceHub.Data;
using PerformanceHub.Plans;
using PerformanceHub.Security;

namespace PerformanceHub.Api;

/// <summary>
/// Finds the plan an address names, but only in the caller's own organisation: a key or user of one council gets
/// 404 for another's plans, exactly as for a plan that does not exist, so nothing about the other council leaks.
/// </summary>
public static class PlanAccess
{
    public static bool SameOrganisation(ClaimsPrincipal user, string organisation) =>
        string.Equals(user.FindFirstValue(HubRoles.OrganisationClaim), organisation, StringComparison.Ordinal);

    public static string Who(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    public static async Task<(PlanRecord? Plan, IResult? Refusal)> FindAsync(
        HttpContext context, PlanStore store, string organisation, string plan)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        var found = SameOrganisation(context.User, organisation)
            ? await store.FindPlanAsync(organisation, plan, context.RequestAborted)
            : null;
        return found is null
            ? (null, HubProblems.NotFound($"There is no plan '{plan}' in organisation '{organisation}' that you can see."))
            : (found, null);
    }

    /// <summary>Version <paramref name="number"/> of the plan, or the latest when null.</summary>
    public static async Task<(PlanVersion? Version, IResult? Refusal)> VersionAsync(
        HttpContext context, PlanStore store, PlanRecord plan, int? number)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(plan);
        var version = number is { } n
            ? await store.VersionAsync(plan.Id, n, context.RequestAborted)
            : await store.LatestAsync(plan.Id, context.RequestAborted);
        return version is null
            ? (null, HubProblems.NotFound(number is null ? "The plan has no version yet." : $"The plan has no version {number}."))
            : (version, null);
    }
}

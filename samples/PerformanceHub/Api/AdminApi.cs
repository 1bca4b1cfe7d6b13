using Microsoft.EntityFrameworkCore;
using PerformanceHub.Data;
using PerformanceHub.Plans;
using PerformanceHub.Security;

namespace PerformanceHub.Api;

/// <summary>What admins do: lock a quarter on the version presented to Cabinet; make, list and revoke API keys.</summary>
public static class AdminApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/orgs/{org}/plans/{plan}/locks", async (HttpContext c, PlanStore s, string org, string plan) =>
        {
            var (found, refusal) = await PlanAccess.FindAsync(c, s, org, plan);
            return found is null ? refusal! : Results.Ok((await s.LocksAsync(found.Id, c.RequestAborted)).Select(LockJson));
        }).RequireAuthorization(HubRoles.CanView).WithSummary("The quarters locked, each with the version presented.");
        api.MapPost("/orgs/{org}/plans/{plan}/locks", LockAsync).RequireAuthorization(HubRoles.CanAdmin)
            .WithSummary("Lock a quarter on the latest version: its report and scorecard then always come from that version (409 if already locked).");

        api.MapGet("/orgs/{org}/keys", async (HttpContext c, HubDb db, string org) =>
            !PlanAccess.SameOrganisation(c.User, org)
                ? HubProblems.NotFound($"There is no organisation '{org}' that you can see.")
                : Results.Ok(await db.ApiKeys.AsNoTracking()
                    .Join(db.Organisations.Where(o => o.Slug == org), k => k.OrganisationId, o => o.Id, (k, o) => k)
                    .OrderBy(k => k.Id)
                    .Select(k => new { id = k.Id, name = k.Name, prefix = k.Prefix, role = k.Role, createdAtUtc = k.CreatedAtUtc, revoked = k.Revoked })
                    .ToListAsync(c.RequestAborted)))
            .RequireAuthorization(HubRoles.CanAdmin).WithSummary("The organisation's API keys (never the keys themselves).");
        api.MapPost("/orgs/{org}/keys", CreateKeyAsync).RequireAuthorization(HubRoles.CanAdmin)
            .WithSummary("Make an API key; the key is in this answer only, and only its hash is stored.");
        api.MapDelete("/orgs/{org}/keys/{id:int}", async (HttpContext c, HubDb db, string org, int id) =>
        {
            var key = PlanAccess.SameOrganisation(c.User, org)
                ? await db.ApiKeys.Join(db.Organisations.Where(o => o.Slug == org), k => k.OrganisationId, o => o.Id, (k, o) => k)
                    .FirstOrDefaultAsync(k => k.Id == id, c.RequestAborted)
                : null;
            if (key is null)
            {
                return HubProblems.NotFound($"There is no key {id} that you can see.");
            }

            key.Revoked = true;
            await db.SaveChangesAsync(c.RequestAborted);
            return Results.NoContent();
        }).RequireAuthorization(HubRoles.CanAdmin).WithSummary("Revoke an API key; it stops working at once.");
    }

    private static object LockJson(QuarterLock l) =>
        new { quarter = l.Quarter, version = l.VersionNumber, lockedBy = l.LockedBy, lockedAtUtc = l.LockedAtUtc };

    private static async Task<IResult> LockAsync(
        HttpContext c, PlanStore s, PlanResults results, string org, string plan, LockRequest request)
    {
        var (found, refusal) = await PlanAccess.FindAsync(c, s, org, plan);
        if (found is null)
        {
            return refusal!;
        }

        if (string.IsNullOrWhiteSpace(request?.Quarter) || ResultsApi.Refuse(request.Quarter) is not null)
        {
            return HubProblems.BadRequest("Send {\"quarter\": \"2024/25 Q4\"}: the quarter whose report goes to Cabinet.");
        }

        var latest = await s.LatestAsync(found.Id, c.RequestAborted);
        if (latest is null)
        {
            return HubProblems.NotFound("The plan has no version yet.");
        }

        if (results.QuarterEnd(latest, request.Quarter) is (null, var problem))
        {
            return HubProblems.BadRequest(problem!);
        }

        var locked = await s.LockAsync(found.Id, request.Quarter, latest.Number, PlanAccess.Who(c.User), c.RequestAborted);
        return locked is null
            ? HubProblems.Conflict($"{request.Quarter} is already locked; a locked quarter stays on the version presented.")
            : Results.Created($"/api/orgs/{org}/plans/{plan}/locks", LockJson(locked));
    }

    private static async Task<IResult> CreateKeyAsync(HttpContext c, HubDb db, TimeProvider clock, string org, KeyRequest request)
    {
        var organisation = PlanAccess.SameOrganisation(c.User, org)
            ? await db.Organisations.FirstOrDefaultAsync(o => o.Slug == org, c.RequestAborted)
            : null;
        if (organisation is null)
        {
            return HubProblems.NotFound($"There is no organisation '{org}' that you can see.");
        }

        if (string.IsNullOrWhiteSpace(request?.Name) || request.Name.Length > 100 || !HubRoles.IsRole(request.Role))
        {
            return HubProblems.BadRequest("Send {\"name\": \"dashboard\", \"role\": \"viewer\"}: a name of 1 to 100 characters and a role of viewer, editor or admin.");
        }

        var (key, prefix, hash) = ApiKeys.Create();
        var row = new ApiKey
        {
            OrganisationId = organisation.Id, Name = request.Name, Prefix = prefix, Hash = hash, Role = request.Role!,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(row);
        await db.SaveChangesAsync(c.RequestAborted);
        return Results.Created($"/api/orgs/{org}/keys/{row.Id}", new { id = row.Id, name = row.Name, role = row.Role, key });
    }
}

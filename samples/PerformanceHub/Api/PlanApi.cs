using System.Text;
using Microsoft.Extensions.Options;
using PerformanceHub.Hosting;
using PerformanceHub.Plans;
using PerformanceHub.Security;

namespace PerformanceHub.Api;

/// <summary>Plans and their versions: read the latest (with its ETag), save a new version (If-Match), the history.</summary>
public static class PlanApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/orgs/{org}/plans", async (HttpContext context, PlanStore store, string org) =>
            PlanAccess.SameOrganisation(context.User, org)
                ? Results.Ok((await store.PlansOfAsync(org, context.RequestAborted)).Select(p => new { slug = p.Slug, title = p.Title }))
                : HubProblems.NotFound($"There is no organisation '{org}' that you can see."))
            .RequireAuthorization(HubRoles.CanView).WithSummary("The organisation's plans.");

        api.MapGet("/orgs/{org}/plans/{plan}", async (HttpContext context, PlanStore store, string org, string plan) =>
            await DocumentAsync(context, store, org, plan, null))
            .RequireAuthorization(HubRoles.CanView)
            .WithSummary("The latest version of the plan document, with its version as ETag (send it back as If-Match to save).");

        api.MapGet("/orgs/{org}/plans/{plan}/versions", async (HttpContext context, PlanStore store, string org, string plan) =>
        {
            var (found, refusal) = await PlanAccess.FindAsync(context, store, org, plan);
            return found is null ? refusal! : Results.Ok(await store.HistoryAsync(found.Id, context.RequestAborted));
        }).RequireAuthorization(HubRoles.CanView).WithSummary("Every version of the plan, newest first: number, SHA-256, who and when.");

        api.MapGet("/orgs/{org}/plans/{plan}/versions/{number:int}", async (HttpContext context, PlanStore store, string org, string plan, int number) =>
            await DocumentAsync(context, store, org, plan, number))
            .RequireAuthorization(HubRoles.CanView).WithSummary("One version of the plan document, as saved.");

        api.MapPut("/orgs/{org}/plans/{plan}", SaveAsync)
            .RequireAuthorization(HubRoles.CanEdit).PlanDocumentBody()
            .WithSummary("Save a new version. Needs If-Match with the version edited (428 without, 412 when stale); 422 with the validation issues when invalid; nothing is stored unless 201.");
    }

    private static async Task<IResult> DocumentAsync(HttpContext context, PlanStore store, string org, string plan, int? number)
    {
        var (found, refusal) = await PlanAccess.FindAsync(context, store, org, plan);
        if (found is null)
        {
            return refusal!;
        }

        var (version, missing) = await PlanAccess.VersionAsync(context, store, found, number);
        if (version is null)
        {
            return missing!;
        }

        context.Response.Headers.ETag = ETags.For(version.Number);
        context.Response.Headers["X-Plan-Version"] = version.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Text(version.Document, "application/json", Encoding.UTF8);
    }

    private static async Task<IResult> SaveAsync(
        HttpContext context, PlanStore store, IOptions<HubOptions> options, Splan splan, string org, string plan)
    {
        var (found, refusal) = await PlanAccess.FindAsync(context, store, org, plan);
        if (found is null)
        {
            return refusal!;
        }

        if (ETags.IfMatch(context.Request) is not { } edited)
        {
            return HubProblems.PreconditionRequired();
        }

        var latest = await store.LatestAsync(found.Id, context.RequestAborted);
        if (latest?.Number is not { } latestNumber || latestNumber != edited)
        {
            return HubProblems.Stale(edited, latest?.Number ?? 0);
        }

        var max = options.Value.MaxUploadBytes;
        if (await RequestBody.ReadAsync(context.Request, max) is not { } bytes)
        {
            return HubProblems.TooLarge(max);
        }

        string document;
        try
        {
            document = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return HubProblems.Unprocessable("The body is not UTF-8 text: a plan document is UTF-8 JSON.", null);
        }

        using (var scratch = splan.NewScratch())
        {
            var path = scratch.File("plan", ".json");
            await File.WriteAllBytesAsync(path, bytes, context.RequestAborted);
            var validation = PlanResults.Validate(path);
            if (validation.Exit != 0)
            {
                // splan names the file it read; the caller sent a body, not a file of ours.
                var issues = Renamed(validation.Output, "request body");
                return HubProblems.Unprocessable(
                    validation.Exit == 1
                        ? "The document breaks rules (see validation.issues, each with its JSON path, line and column); nothing was stored."
                        : $"The body is not a plan document: {FirstIssue(issues)} Nothing was stored.",
                    issues.Length > 0 ? issues : null);
            }
        }

        var saved = await store.SaveAsync(found.Id, edited, document, PlanAccess.Who(context.User), "api", null, context.RequestAborted);
        if (saved.Saved is not { } version)
        {
            return HubProblems.Stale(edited, saved.Latest);
        }

        context.Response.Headers.ETag = ETags.For(version.Number);
        return Results.Created($"/api/orgs/{org}/plans/{plan}/versions/{version.Number}",
            new VersionSummary(version.Number, version.Sha256, version.SavedBy, version.SavedAtUtc, version.Source));
    }

    internal static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    /// <summary>splan validate's JSON with its <c>file</c> member set to <paramref name="file"/>.</summary>
    private static string Renamed(string validationJson, string file)
    {
        try
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(validationJson)!;
            node["file"] = file;
            return node.ToJsonString();
        }
        catch (System.Text.Json.JsonException)
        {
            return validationJson;
        }
    }

    /// <summary>The first issue of splan validate's JSON, with where it is: "at $.plan (line 1, column 34): …".</summary>
    private static string FirstIssue(string validationJson)
    {
        try
        {
            using var parsed = System.Text.Json.JsonDocument.Parse(validationJson);
            var issue = parsed.RootElement.GetProperty("issues")[0];
            return $"at {issue.GetProperty("path")} (line {issue.GetProperty("line")}, column {issue.GetProperty("column")}): {issue.GetProperty("message")}";
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or KeyNotFoundException or IndexOutOfRangeException or InvalidOperationException)
        {
            return "splan could not read it.";
        }
    }
}

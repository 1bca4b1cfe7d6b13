using Microsoft.Extensions.Options;
using PerformanceHub.Hosting;
using PerformanceHub.Plans;
using PerformanceHub.Security;

namespace PerformanceHub.Api;

/// <summary>
/// Quarterly returns: preview what a filled-in return would change (nothing stored), commit it as a new version
/// (If-Match), and list or download the returns as they were uploaded. Uploads are multipart/form-data with one
/// <c>file</c> (.xlsx or .csv), optional <c>replace=true</c> and <c>quarter</c>.
/// </summary>
public static class ReturnsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var returns = api.MapGroup("/orgs/{org}/plans/{plan}/returns");
        returns.MapGet("/", async (HttpContext c, PlanStore s, string org, string plan) =>
        {
            var (found, refusal) = await PlanAccess.FindAsync(c, s, org, plan);
            return found is null ? refusal! : Results.Ok((await s.ReturnsAsync(found.Id, c.RequestAborted)).Select(r => Summary(r, withChangeLog: false)));
        }).RequireAuthorization(HubRoles.CanView).WithSummary("The newest 100 returns uploaded, newest first: file name, who, when, the versions merged into and made.");
        returns.MapGet("/{id:long}", async (HttpContext c, PlanStore s, string org, string plan, long id) =>
        {
            var (upload, refusal) = await FindReturnAsync(c, s, org, plan, id);
            return upload is null ? refusal! : Results.Ok(Summary(upload, withChangeLog: true));
        }).RequireAuthorization(HubRoles.CanView).WithSummary("One return uploaded, with splan import's change log.");
        returns.MapGet("/{id:long}/file", async (HttpContext c, PlanStore s, string org, string plan, long id) =>
        {
            var (upload, refusal) = await FindReturnAsync(c, s, org, plan, id);
            return upload is null ? refusal! : Results.File(upload.Content, ContentTypeOf(upload.FileName), upload.FileName);
        }).RequireAuthorization(HubRoles.CanView).WithSummary("A return exactly as it was uploaded.");
        returns.MapPost("/preview", PreviewAsync).RequireAuthorization(HubRoles.CanEdit).DisableAntiforgery().ReturnUploadBody(needsIfMatch: false)
            .WithSummary("What the return would change in the latest version: splan import's change log; nothing is stored.");
        returns.MapPost("/", CommitAsync).RequireAuthorization(HubRoles.CanEdit).DisableAntiforgery().ReturnUploadBody(needsIfMatch: true)
            .WithSummary("Merge the return into the version named by If-Match and store the result as a new version, with the file as uploaded.");
    }

    /// <summary>Return <paramref name="id"/> of the plan, in the caller's organisation only; else the 404 to give.</summary>
    private static async Task<(Data.ReturnUpload? Upload, IResult? Refusal)> FindReturnAsync(HttpContext c, PlanStore s, string org, string plan, long id)
    {
        var (found, refusal) = await PlanAccess.FindAsync(c, s, org, plan);
        if (found is null)
        {
            return (null, refusal);
        }

        var upload = await s.ReturnAsync(found.Id, id, c.RequestAborted);
        return upload is null ? (null, HubProblems.NotFound($"There is no return {id}.")) : (upload, null);
    }

    private static object Summary(Data.ReturnUpload r, bool withChangeLog) => new
    {
        id = r.Id, fileName = r.FileName, basedOnVersion = r.BasedOnVersion, producedVersion = r.ProducedVersion,
        uploadedBy = r.UploadedBy, uploadedAtUtc = r.UploadedAtUtc, changeLog = withChangeLog ? JsonText.Element(r.ChangeLog) : null,
    };

    internal static string ContentTypeOf(string fileName) => fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        ? "text/csv"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<IResult> PreviewAsync(
        HttpContext c, PlanStore s, ReturnIntake intake, IOptions<HubOptions> options, string org, string plan)
    {
        var (found, refusal) = await PlanAccess.FindAsync(c, s, org, plan);
        if (found is null)
        {
            return refusal!;
        }

        var (upload, problem) = await UploadForm.ReadAsync(c.Request, options.Value.MaxUploadBytes);
        if (upload is null)
        {
            return problem!;
        }

        var basis = await s.LatestAsync(found.Id, c.RequestAborted);
        if (basis is null)
        {
            return HubProblems.NotFound("The plan has no version yet.");
        }

        var merge = intake.Merge(basis, upload.FileName, upload.Content, upload.Replace, upload.Quarter);
        c.Response.Headers.ETag = ETags.For(basis.Number);
        return merge.Exit == 0 ? Results.Text(merge.ChangeLog, "application/json") : Refused(merge);
    }

    private static async Task<IResult> CommitAsync(
        HttpContext c, PlanStore s, ReturnIntake intake, IOptions<HubOptions> options, string org, string plan)
    {
        var (found, refusal) = await PlanAccess.FindAsync(c, s, org, plan);
        if (found is null)
        {
            return refusal!;
        }

        if (ETags.IfMatch(c.Request) is not { } edited)
        {
            return HubProblems.PreconditionRequired();
        }

        var (upload, problem) = await UploadForm.ReadAsync(c.Request, options.Value.MaxUploadBytes);
        if (upload is null)
        {
            return problem!;
        }

        var (merge, saved) = await intake.CommitAsync(found, edited, upload.FileName, upload.Content, upload.Replace, upload.Quarter,
            PlanAccess.Who(c.User), c.RequestAborted);
        if (saved is { IsStale: true })
        {
            return HubProblems.Stale(edited, saved.Latest);
        }

        if (saved?.Saved is not { } version)
        {
            return Refused(merge!);
        }

        c.Response.Headers.ETag = ETags.For(version.Number);
        return Results.Created($"/api/orgs/{org}/plans/{plan}/versions/{version.Number}",
            new { version = version.Number, sha256 = version.Sha256, changeLog = JsonText.Element(merge!.ChangeLog) });
    }

    private static IResult Refused(ReturnMerge merge) => HubProblems.Unprocessable(
        merge.Exit == 1
            ? $"The return has errors or conflicts (see changeLog.problems; the first: {merge.FirstProblem()}); nothing was stored."
            : $"The return was refused: {merge.FirstProblem() ?? "splan could not read it."} Nothing was stored.",
        merge.ChangeLog.Length > 0 ? merge.ChangeLog : null,
        "changeLog");
}

using System.Globalization;
using System.Text;
using PerformanceHub.Data;
using PerformanceHub.Plans;
using PerformanceHub.Security;

namespace PerformanceHub.Api;

/// <summary>
/// What the library computes from a version, in splan's own output contracts: scorecard, explain, reviews, finance,
/// risks, compare, and the Cabinet report. Each takes <c>?version=N</c> (default: the latest) and answers with the
/// version used in <c>X-Plan-Version</c>.
/// </summary>
public static class ResultsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var plan = api.MapGroup("/orgs/{org}/plans/{plan}").RequireAuthorization(HubRoles.CanView);

        plan.MapGet("/scorecard", (HttpContext c, PlanStore s, PlanResults r, string org, string plan, string asOf, int? version) =>
            RunAsync(c, s, org, plan, version, v => r.Score(v, asOf), asOf))
            .WithSummary("Theme and outcome scores at ?asOf=YYYY-MM-DD (splan score --format json).");
        plan.MapGet("/explain/{node}", (HttpContext c, PlanStore s, PlanResults r, string org, string plan, string node, string asOf, int? version) =>
            RunAsync(c, s, org, plan, version, v => r.Explain(v, asOf, node), asOf, node, contentType: "text/plain"))
            .WithSummary("Why a node scores what it does, in words (splan explain).");
        plan.MapGet("/reviews", (HttpContext c, PlanStore s, PlanResults r, string org, string plan, string asOf, int? version) =>
            RunAsync(c, s, org, plan, version, v => r.Reviews(v, asOf), asOf))
            .WithSummary("Review schedule, breaches, reports and stale items at ?asOf (splan reviews --format json).");
        plan.MapGet("/risks", (HttpContext c, PlanStore s, PlanResults r, string org, string plan, string asOf, int? version) =>
            RunAsync(c, s, org, plan, version, v => r.Risks(v, asOf), asOf))
            .WithSummary("The risk register by score, with heat maps, at ?asOf (splan risks --format json).");
        plan.MapGet("/finance", (HttpContext c, PlanStore s, PlanResults r, string org, string plan, string? year, int? version) =>
            RunAsync(c, s, org, plan, version, v => r.Finance(v, year), year))
            .WithSummary("Money against priorities, ?year=2024/25 optional (splan finance --format json).");
        plan.MapGet("/compare", (HttpContext c, PlanStore s, PlanResults r, string org, string plan, string from, string to, int? version) =>
            RunAsync(c, s, org, plan, version, v => r.Compare(v, from, to), from, to))
            .WithSummary("What moved between ?from and ?to, and why (splan compare --format json).");
        plan.MapGet("/versions/{older:int}/compare/{newer:int}", CompareVersionsAsync)
            .WithSummary("What changed from one version to another, both scored at ?asOf (splan compare --from-file).");
        plan.MapGet("/report", ReportAsync)
            .WithSummary("The quarterly Cabinet report (HTML) for ?quarter=\"2024/25 Q4\": from the locked version when the quarter is locked, unless ?restated=true.");
        plan.MapGet("/quarter", QuarterAsync)
            .WithSummary("A quarter's scorecard as presented to Cabinet (the locked version) and as now restated (the latest), at the quarter's end.");
    }

    /// <summary>The values a caller sends into splan: no control characters, and short.</summary>
    internal static string? Refuse(params string?[] values)
    {
        foreach (var value in values)
        {
            if (value is not null && (value.Length > 200 || value.Any(char.IsControl)))
            {
                return "A query value is too long (over 200 characters) or holds control characters.";
            }
        }

        return null;
    }

    internal static IResult Answer(HttpContext context, SplanResult result, PlanVersion version, string contentType = "application/json")
    {
        context.Response.Headers["X-Plan-Version"] = version.Number.ToString(CultureInfo.InvariantCulture);
        return result.Exit switch
        {
            0 => Results.Text(result.Output, contentType, Encoding.UTF8),
            1 or 2 => HubProblems.BadRequest(PlanApi.FirstLine(result.Error.Length > 0 ? result.Error : result.Output)),
            _ => Results.Problem("The library failed on this version; the error is logged.", statusCode: StatusCodes.Status500InternalServerError),
        };
    }

    private static async Task<IResult> RunAsync(
        HttpContext context, PlanStore store, string org, string plan, int? number, Func<PlanVersion, SplanResult> run, string? value1,
        string? value2 = null, string contentType = "application/json")
    {
        if (Refuse(value1, value2) is { } bad)
        {
            return HubProblems.BadRequest(bad);
        }

        var (found, refusal) = await PlanAccess.FindAsync(context, store, org, plan);
        if (found is null)
        {
            return refusal!;
        }

        var (version, missing) = await PlanAccess.VersionAsync(context, store, found, number);
        return version is null ? missing! : Answer(context, run(version), version, contentType);
    }

    private static async Task<IResult> CompareVersionsAsync(
        HttpContext context, PlanStore store, PlanResults results, string org, string plan, int older, int newer, string asOf)
    {
        if (Refuse(asOf) is { } bad)
        {
            return HubProblems.BadRequest(bad);
        }

        var (found, refusal) = await PlanAccess.FindAsync(context, store, org, plan);
        if (found is null)
        {
            return refusal!;
        }

        var (from, missingFrom) = await PlanAccess.VersionAsync(context, store, found, older);
        var (to, missingTo) = await PlanAccess.VersionAsync(context, store, found, newer);
        return from is null ? missingFrom! : to is null ? missingTo! : Answer(context, results.CompareVersions(from, to, asOf), to);
    }

    private static async Task<IResult> ReportAsync(
        HttpContext context, PlanStore store, PlanResults results, string org, string plan, string quarter, bool? restated)
    {
        if (Refuse(quarter) is { } bad)
        {
            return HubProblems.BadRequest(bad);
        }

        var (found, refusal) = await PlanAccess.FindAsync(context, store, org, plan);
        if (found is null)
        {
            return refusal!;
        }

        var locked = await store.LockOfAsync(found.Id, quarter, context.RequestAborted);
        var number = restated == true ? (int?)null : locked?.VersionNumber;
        var (version, missing) = await PlanAccess.VersionAsync(context, store, found, number);
        if (version is null)
        {
            return missing!;
        }

        context.Response.Headers["X-Quarter-Locked"] = locked is null ? "false" : "true";
        context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ReportContentSecurityPolicy;
        return Answer(context, results.Report(version, quarter), version, "text/html");
    }

    private static async Task<IResult> QuarterAsync(
        HttpContext context, PlanStore store, PlanResults results, string org, string plan, string quarter)
    {
        if (Refuse(quarter) is { } bad)
        {
            return HubProblems.BadRequest(bad);
        }

        var (found, refusal) = await PlanAccess.FindAsync(context, store, org, plan);
        if (found is null)
        {
            return refusal!;
        }

        var view = await QuarterView.BuildAsync(store, results, found, quarter, context.RequestAborted);
        return view.Problem is { } problem ? HubProblems.BadRequest(problem) : Results.Ok(view.ToJson());
    }
}

using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using NodaTime.Text;
using PerformanceHub.Data;
using PerformanceHub.Plans;
using PerformanceHub.Security;
using StrategicPlanning.Json;
using StrategicPlanning.Model;

namespace PerformanceHub.Pages.Plans;

/// <summary>
/// What every plan page starts from: the plan named in the address (only in the signed-in user's organisation: any
/// other is 404, as for a plan that does not exist), the version shown (<c>?version=N</c>, default the latest), its
/// document, and the as-of date (<c>?asOf=YYYY-MM-DD</c>, default the latest quarter end of the plan not after today).
/// </summary>
public abstract class PlanPageModel(PlanStore store, PlanResults results, TimeProvider clock) : PageModel
{
    /// <summary>The plan's short name, from the address.</summary>
    [BindProperty(SupportsGet = true, Name = "plan")]
    public string Slug { get; set; } = "";

    /// <summary>The version asked for, if any.</summary>
    [BindProperty(SupportsGet = true, Name = "version")]
    public int? AskedVersion { get; set; }

    /// <summary>The as-of date asked for, if any.</summary>
    [BindProperty(SupportsGet = true, Name = "asOf")]
    public string? AskedAsOf { get; set; }

    public PlanRecord Plan { get; private set; } = null!;

    public PlanVersion Version { get; private set; } = null!;

    public PlanVersion Latest { get; private set; } = null!;

    public PlanDocument Document { get; private set; } = null!;

    /// <summary>The plan's quarter ends, for the as-of picker.</summary>
    public QuarterEnds Quarters { get; private set; } = null!;

    /// <summary>The as-of date used, <c>YYYY-MM-DD</c>.</summary>
    public string AsOf { get; private set; } = "";

    public LocalDate AsOfDate { get; private set; }

    /// <summary>Why the asked as-of date was not used, if it was not.</summary>
    public string? AsOfProblem { get; private set; }

    protected PlanStore Store => store;

    protected PlanResults Results => results;

    /// <summary>The signed-in user's organisation.</summary>
    protected string Organisation => User.FindFirstValue(HubRoles.OrganisationClaim) ?? "";

    /// <summary>
    /// Query string carrying the as-of date and the version shown, for links between the plan's pages: a version other
    /// than the latest (asked for, or the one a locked quarter was presented on) stays the one shown as the user drills down.
    /// </summary>
    public string Keep => $"?asOf={AsOf}{(Version is { } shown && Latest is { } latest && shown.Number != latest.Number ? $"&version={shown.Number.ToString(CultureInfo.InvariantCulture)}" : "")}";

    /// <summary>Loads the plan, version, document and as-of date; null when they are there, else the answer to give.</summary>
    protected async Task<IActionResult?> LoadAsync(int? versionNumber = null)
    {
        var cancel = HttpContext.RequestAborted;
        var found = await store.FindPlanAsync(Organisation, Slug, cancel);
        var latest = found is null ? null : await store.LatestAsync(found.Id, cancel);
        if (found is null || latest is null)
        {
            return NotFound();
        }

        var number = versionNumber ?? AskedVersion;
        var version = number is { } n && n != latest.Number ? await store.VersionAsync(found.Id, n, cancel) : latest;
        if (version is null)
        {
            return NotFound();
        }

        (Plan, Latest, Version) = (found, latest, version);
        Document = PlanJson.Parse(version.Document);
        Quarters = QuarterEnds.Of(Document, LocalDate.FromDateTime(clock.GetLocalNow().DateTime));
        AsOfDate = Quarters.Default;
        if (!string.IsNullOrWhiteSpace(AskedAsOf))
        {
            var parsed = LocalDatePattern.Iso.Parse(AskedAsOf.Trim());
            if (parsed.Success && StrategicPlanning.Calendar.AsOfDates.IsSupported(parsed.Value))
            {
                AsOfDate = parsed.Value;
            }
            else
            {
                AsOfProblem = $"'{AskedAsOf}' is not a date written YYYY-MM-DD; showing {Quarters.Default.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} instead.";
            }
        }

        AsOf = AsOfDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>The address of another page of this plan, keeping the as-of date and version.</summary>
    public string Link(string path = "") => $"/plans/{Uri.EscapeDataString(Slug)}{path}{Keep}";
}

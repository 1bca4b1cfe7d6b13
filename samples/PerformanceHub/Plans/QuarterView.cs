using System.Text.Json;
using PerformanceHub.Data;

namespace PerformanceHub.Plans;

/// <summary>
/// A quarter's scorecard as presented to Cabinet (from the version locked, when the quarter is locked) and as now
/// restated (from the latest version), both at the quarter's last day; <see cref="Differs"/> when they are not the same.
/// </summary>
public sealed record QuarterView(
    string Quarter, string? AsOf, QuarterLock? Lock, PlanVersion? Presented, PlanVersion? Latest,
    SplanResult? PresentedScore, SplanResult? RestatedScore, string? Problem)
{
    public bool Differs => PresentedScore is not null && RestatedScore is not null && PresentedScore.Output != RestatedScore.Output;

    public static async Task<QuarterView> BuildAsync(PlanStore store, PlanResults results, PlanRecord plan, string quarter, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(plan);
        var latest = await store.LatestAsync(plan.Id, cancel);
        if (latest is null)
        {
            return new QuarterView(quarter, null, null, null, null, null, null, "The plan has no version yet.");
        }

        var (end, problem) = results.QuarterEnd(latest, quarter);
        if (end is null)
        {
            return new QuarterView(quarter, null, null, null, latest, null, null, problem);
        }

        var quarterLock = await store.LockOfAsync(plan.Id, quarter, cancel);
        var presented = quarterLock is null ? latest : await store.VersionAsync(plan.Id, quarterLock.VersionNumber, cancel) ?? latest;
        var (presentedScore, restatedScore) = (results.Score(presented, end), results.Score(latest, end));
        var failed = new[] { presentedScore, restatedScore }.FirstOrDefault(s => s.Exit != 0);
        return new QuarterView(quarter, end, quarterLock, presented, latest, presentedScore, restatedScore,
            failed is null ? null : $"{quarter} cannot be scored: {Api.PlanApi.FirstLine(failed.Error)}");
    }

    /// <summary>The API's answer: both scorecards in splan's score contract, and which versions they come from.</summary>
    public object ToJson() => new
    {
        quarter = Quarter,
        asOf = AsOf,
        locked = Lock is not null,
        lockedBy = Lock?.LockedBy,
        lockedAtUtc = Lock?.LockedAtUtc,
        presentedVersion = Presented?.Number,
        latestVersion = Latest?.Number,
        differs = Differs,
        presented = Parse(PresentedScore),
        restated = Parse(RestatedScore),
    };

    private static JsonElement? Parse(SplanResult? result) => result is { Exit: 0 } ? JsonText.Element(result.Output) : null;
}

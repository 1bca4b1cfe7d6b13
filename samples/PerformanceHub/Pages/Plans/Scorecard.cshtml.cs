using Microsoft.AspNetCore.Mvc;
using PerformanceHub.Plans;
using StrategicPlanning.Model;

namespace PerformanceHub.Pages.Plans;

/// <summary>
/// The plan's scorecard at an as-of date: a tile per theme with its score, RAG (in words and colour) and its trend at
/// each quarter end up to the as-of date. For a quarter locked when its report went to Cabinet, the tiles come from the
/// version locked ("as presented"), and where the latest version now scores it differently both are shown side by side.
/// </summary>
public sealed class ScorecardModel(PlanStore store, PlanResults results, TimeProvider clock) : PlanPageModel(store, results, clock)
{
    public NodeScore? Score { get; private set; }

    public string? ScoreProblem { get; private set; }

    public QuarterView? Quarter { get; private set; }

    /// <summary>Plan and themes as presented and as now restated, when they differ.</summary>
    public IReadOnlyList<(string Name, NodeScore? Presented, NodeScore? Restated)> Restatement { get; private set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<(string Label, decimal? Score)>> Trends { get; private set; } =
        new Dictionary<string, IReadOnlyList<(string, decimal?)>>();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (Quarters.EndingOn(AsOfDate) is { } quarter)
        {
            Quarter = await QuarterView.BuildAsync(Store, Results, Plan, quarter.ToString(), HttpContext.RequestAborted);
            if (Quarter.Lock is not null && AskedVersion is null && Quarter.Presented is { } presented && presented.Number != Version.Number)
            {
                await LoadAsync(presented.Number);
            }

            if (Quarter.Differs)
            {
                var before = ScoreSheet.Parse(Quarter.PresentedScore!.Output);
                var now = ScoreSheet.Parse(Quarter.RestatedScore!.Output);
                Restatement = [("Whole plan", before, now),
                    .. Document.Plan.Themes.Select(t => (t.Name, before?.Find(t.Id), now?.Find(t.Id)))];
            }
        }

        var scored = Results.Score(Version, AsOf);
        Score = scored.Exit == 0 ? ScoreSheet.Parse(scored.Output) : null;
        ScoreProblem = scored.Exit == 0 ? null : Api.PlanApi.FirstLine(scored.Error);
        Trends = TrendsOf(Document);
        return Page();
    }

    private Dictionary<string, IReadOnlyList<(string, decimal?)>> TrendsOf(PlanDocument document)
    {
        var sheets = Quarters.UpTo(AsOfDate)
            .Select(q => (Label: q.Quarter.ToString(), Sheet: ScoreSheet.Parse(Results.Score(Version, q.End.ToString("uuuu-MM-dd", null)).Output)))
            .ToList();
        return document.Plan.Themes.ToDictionary(
            t => t.Id,
            t => (IReadOnlyList<(string, decimal?)>)sheets.Select(s => (s.Label, s.Sheet?.Find(t.Id)?.Score)).ToList());
    }
}

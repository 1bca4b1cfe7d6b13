using Microsoft.AspNetCore.Mvc;
using PerformanceHub.Plans;
using StrategicPlanning.Measures;

namespace PerformanceHub.Pages.Plans;

/// <summary>
/// A measure over time: each period's actual, target in force and status as the library's measure rules read them at
/// the as-of date (MEA-3..6, <see cref="MeasureReport.History"/>), drawn as a chart and given in a table.
/// </summary>
public sealed class MeasureModel(PlanStore store, PlanResults results, TimeProvider clock) : PlanPageModel(store, results, clock)
{
    /// <summary>At most this many periods back from the current one.</summary>
    private const int MostPeriods = 40;

    [BindProperty(SupportsGet = true, Name = "measure")]
    public string MeasureId { get; set; } = "";

    public MeasureEvaluation Current { get; private set; }

    public string OutcomeId { get; private set; } = "";

    public IReadOnlyList<MeasureEvaluation> History { get; private set; } = [];

    public string Explanation { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        var report = MeasureRules.Evaluate(Document, AsOfDate).Value;
        if (report?.Find(MeasureId) is not { } current)
        {
            return NotFound();
        }

        Current = current;
        OutcomeId = Document.Plan.Themes.SelectMany(t => t.Outcomes).First(o => o.Measures.Any(m => m.Id == MeasureId)).Id;
        var history = report.History(MeasureId, MostPeriods) ?? [];
        History = history.SkipWhile(h => h.Actual is null && h.Target is null).ToList();
        Explanation = ThemeModel.ExplainText(Results.Explain(Version, AsOf, MeasureId));
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using PerformanceHub.Plans;
using StrategicPlanning.Delivery;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;

namespace PerformanceHub.Pages.Plans;

/// <summary>
/// An outcome at the as-of date: its score and RAG, why, its measures as the library's measure rules read them
/// (MEA-3..6) and the delivery actions that serve it with their effective status (ACT-3).
/// </summary>
public sealed class OutcomeModel(PlanStore store, PlanResults results, TimeProvider clock) : PlanPageModel(store, results, clock)
{
    [BindProperty(SupportsGet = true, Name = "outcome")]
    public string OutcomeId { get; set; } = "";

    public Theme Theme { get; private set; } = null!;

    public Outcome Outcome { get; private set; } = null!;

    public NodeScore? Score { get; private set; }

    public string Explanation { get; private set; } = "";

    public IReadOnlyList<MeasureEvaluation> Measures { get; private set; } = [];

    public IReadOnlyList<ActionEvaluation> Actions { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        var found = Document.Plan.Themes.SelectMany(t => t.Outcomes.Select(o => (Theme: t, Outcome: o))).FirstOrDefault(x => x.Outcome.Id == OutcomeId);
        if (found.Outcome is null)
        {
            return NotFound();
        }

        (Theme, Outcome) = found;
        Score = ScoreSheet.Parse(Results.Score(Version, AsOf).Output)?.Find(Outcome.Id);
        Explanation = ThemeModel.ExplainText(Results.Explain(Version, AsOf, Outcome.Id));
        var measures = MeasureRules.Evaluate(Document, AsOfDate);
        var delivery = DeliveryRules.Evaluate(Document, AsOfDate);
        Problem = measures.Value is null || delivery.Value is null ? "The measures or actions cannot be evaluated: the document has errors (run splan validate)." : null;
        Measures = measures.Value is { } m ? Outcome.Measures.Select(x => m.Find(x.Id)).OfType<MeasureEvaluation>().ToList() : [];
        Actions = delivery.Value?.Actions.Where(a => a.Action.OutcomeIds.Contains(Outcome.Id)).ToList() ?? [];
        return Page();
    }
}

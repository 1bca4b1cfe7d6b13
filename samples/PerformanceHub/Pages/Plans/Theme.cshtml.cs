using Microsoft.AspNetCore.Mvc;
using PerformanceHub.Plans;
using StrategicPlanning.Model;

namespace PerformanceHub.Pages.Plans;

/// <summary>A theme at the as-of date: its score and RAG, why (splan explain), and its outcomes with their scores.</summary>
public sealed class ThemeModel(PlanStore store, PlanResults results, TimeProvider clock) : PlanPageModel(store, results, clock)
{
    [BindProperty(SupportsGet = true, Name = "theme")]
    public string ThemeId { get; set; } = "";

    public Theme Theme { get; private set; } = null!;

    public NodeScore? Score { get; private set; }

    public string Explanation { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (Document.Plan.Themes.FirstOrDefault(t => t.Id == ThemeId) is not { } theme)
        {
            return NotFound();
        }

        Theme = theme;
        Score = ScoreSheet.Parse(Results.Score(Version, AsOf).Output)?.Find(theme.Id);
        Explanation = ExplainText(Results.Explain(Version, AsOf, theme.Id));
        return Page();
    }

    /// <summary>splan explain's words, or why there are none.</summary>
    internal static string ExplainText(SplanResult result) =>
        result.Exit == 0 ? result.Output.Trim() : "No explanation: " + Api.PlanApi.FirstLine(result.Error);
}

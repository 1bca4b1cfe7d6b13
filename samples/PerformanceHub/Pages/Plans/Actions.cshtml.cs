using Microsoft.AspNetCore.Mvc;
using PerformanceHub.Plans;
using StrategicPlanning.Delivery;

namespace PerformanceHub.Pages.Plans;

/// <summary>
/// The delivery actions counting at the as-of date (ACT-5) with their effective status as the library decides it
/// (ACT-3: overdue is past its due date and not complete, whatever was reported), filtered by overdue, must do and owner.
/// </summary>
public sealed class ActionsModel(PlanStore store, PlanResults results, TimeProvider clock) : PlanPageModel(store, results, clock)
{
    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool MustDo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Owner { get; set; }

    public IReadOnlyList<string> Owners { get; private set; } = [];

    public IReadOnlyList<ActionEvaluation> Shown { get; private set; } = [];

    public int Counting { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        var delivery = DeliveryRules.Evaluate(Document, AsOfDate);
        if (delivery.Value is not { } report)
        {
            Problem = "The delivery plans cannot be evaluated: " + string.Join(" ", delivery.Errors.Select(e => e.Message));
            return Page();
        }

        Counting = report.Actions.Count;
        Owners = report.Actions.Select(a => a.Action.Owner).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Shown = report.Actions
            .Where(a => !Overdue || a.Status == EffectiveActionStatus.Overdue)
            .Where(a => !MustDo || a.Action.MustDo)
            .Where(a => string.IsNullOrEmpty(Owner) || string.Equals(a.Action.Owner, Owner, StringComparison.Ordinal))
            .ToList();
        return Page();
    }
}

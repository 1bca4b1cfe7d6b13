using System.Globalization;
using StrategicPlanning.Model;

namespace StrategicPlanning.StratML;

/// <summary>
/// What a plan document has and StratML has no place for, summed up in one note per kind of value so that a user
/// sees what an export leaves out: delivery plans, money, risks, reviews, and the scoring settings of measures.
/// </summary>
internal static class LeftOut
{
    public static void Note(PlanDocument document, ExportContext context)
    {
        var plan = document.Plan;
        var actions = document.DeliveryPlans.Sum(d => d.Actions.Count);
        Add(context, "$.deliveryPlans", document.DeliveryPlans.Count, string.Create(CultureInfo.InvariantCulture, $"delivery plans ({Plural(actions, "action")})"));
        Add(context, "$.financialStrategy", document.FinancialStrategy is null ? 0 : 1, string.Create(CultureInfo.InvariantCulture, $"the Medium-Term Financial Strategy ({Plural(document.FinancialStrategy?.Lines.Count ?? 0, "budget line")})"));
        Add(context, "$.riskRegister", document.RiskRegister is null ? 0 : 1, string.Create(CultureInfo.InvariantCulture, $"the risk register ({Plural(document.RiskRegister?.Risks.Count ?? 0, "risk")})"));
        Add(context, "$.reviews", document.Reviews is null ? 0 : 1, "the review cycle");
        Add(context, "$.organisation.code", document.Organisation?.Code is null ? 0 : 1, "the organisation's code");
        Add(context, "$.plan.approved", plan.Approved is null ? 0 : 1, "the date the plan was approved");
        var themes = plan.Themes;
        Add(context, "$.plan.themes[*].weight", themes.Count(t => t.Weight != 1m), "theme weights other than 1");
        Add(context, "$.plan.themes[*].crossCutting", themes.Count(t => t.CrossCutting), "cross-cutting flags of themes");
        var outcomes = themes.SelectMany(t => t.Outcomes).ToList();
        Add(context, "$.plan.themes[*].outcomes[*].weight", outcomes.Count(o => o.Weight != 1m), "outcome weights other than 1");
        var measures = outcomes.SelectMany(o => o.Measures).ToList();
        if (context.Part == StratMLPart.Part1)
        {
            Add(context, "$.plan.themes[*].outcomes[*].measures", measures.Count, "measures (Part 1 has no performance indicators; write Part 2 to keep them)");
            return;
        }

        const string Measures = "$.plan.themes[*].outcomes[*].measures[*]";
        Add(context, Measures + ".polarity", measures.Count(m => m.Polarity != Polarity.HigherIsBetter), "polarities other than higherIsBetter (a re-import takes every measure as higher is better)");
        Add(context, Measures + ".weight", measures.Count(m => m.Weight != 1m), "measure weights other than 1");
        Add(context, Measures + ".mustDo", measures.Count(m => m.MustDo), "must-do flags of measures");
        Add(context, Measures + ".tolerance", measures.Count(m => m.Tolerance is not null), "tolerances of measures (a re-import uses the default, MEA-5)");
        Add(context, Measures + ".baseline", measures.Count(m => m.Baseline is not null), "baselines of measures");
        Add(context, Measures + ".targets[*].setOn", measures.Sum(m => m.Targets.Count(t => t.SetOn is not null || t.Reason is not null)), "the dates and reasons of restated targets (MEA-3); every target is written as set");
        var custom = CountCustom(document);
        Add(context, "$..*", custom, "members of the plan document that are not part of the format (JSN-2)");
    }

    private static void Add(ExportContext context, string path, int count, string what)
    {
        if (count > 0)
        {
            context.Note(path, string.Create(CultureInfo.InvariantCulture, $"StratML has no place for {what}: {count} left out."));
        }
    }

    private static string Plural(int count, string one) => string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : one + "s")}");

    private static int CountCustom(PlanDocument document)
    {
        static int Others(Core.ExtensionMembers extensions) => extensions.Count(e => e.Key != StratMLNames.Extension);
        var plan = document.Plan;
        return Others(document.Extensions) + Others(plan.Extensions)
            + plan.Themes.Sum(t => Others(t.Extensions) + t.Outcomes.Sum(o => Others(o.Extensions) + o.Measures.Sum(m => Others(m.Extensions))));
    }
}

using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>
/// Turns the model into the wire shapes for writing. Every value the model holds is written, defaults
/// included (a normalising write: the output says explicitly what the input left to defaults); nulls and
/// empty optional arrays are left out; unknown members go back last in each object (JSN-2).
/// </summary>
internal static partial class WireWriter
{
    public static WireDocument Document(PlanDocument d) => new()
    {
        SchemaVersion = d.SchemaVersion,
        Organisation = d.Organisation is { } o ? new WireOrganisation { Name = o.Name, Code = o.Code, Extra = Ext(o.Extensions) } : null,
        Currency = d.Currency,
        Calendar = new WireCalendar { YearStartMonth = d.Calendar.YearStartMonth, Extra = Ext(d.Calendar.Extensions) },
        Plan = Plan(d.Plan),
        DeliveryPlans = List(d.DeliveryPlans, DeliveryPlan),
        FinancialStrategy = d.FinancialStrategy is { } f ? FinancialStrategy(f) : null,
        RiskRegister = d.RiskRegister is { } r ? RiskRegister(r) : null,
        Reviews = d.Reviews is { } v ? Reviews(v) : null,
        Extra = Ext(d.Extensions),
    };

    private static WirePlan Plan(Plan p) => new()
    {
        Id = p.Id,
        Title = p.Title,
        Vision = p.Vision,
        Mission = p.Mission,
        Start = p.Start,
        End = p.End,
        Approved = p.Approved,
        Values = List(p.Values, static v => new WireValue { Name = v.Name, Description = v.Description, Extra = Ext(v.Extensions) }),
        Stakeholders = List(p.Stakeholders, Stakeholder),
        Themes = List(p.Themes, Theme) ?? [],
        Extra = Ext(p.Extensions),
    };

    private static WireStakeholder Stakeholder(Stakeholder s) => new()
    {
        Name = s.Name,
        Kind = s.Kind,
        Roles = s.Roles.Count == 0 ? null : [.. s.Roles],
        Extra = Ext(s.Extensions),
    };

    private static WireTheme Theme(Theme t) => new()
    {
        Id = t.Id,
        Code = t.Code,
        Name = t.Name,
        Description = t.Description,
        CrossCutting = t.CrossCutting,
        Weight = t.Weight,
        Stakeholders = List(t.Stakeholders, Stakeholder),
        Outcomes = List(t.Outcomes, Outcome),
        Extra = Ext(t.Extensions),
    };

    private static WireOutcome Outcome(Outcome o) => new()
    {
        Id = o.Id,
        Code = o.Code,
        Title = o.Title,
        Description = o.Description,
        Weight = o.Weight,
        Stakeholders = List(o.Stakeholders, Stakeholder),
        Measures = LeafArray<Measure>.ForWriting(o.Measures),
        Extra = Ext(o.Extensions),
    };

    /// <summary>Maps a list; an empty list becomes null so that it is left out.</summary>
    private static List<TWire?>? List<T, TWire>(IReadOnlyList<T> items, Func<T, TWire> map)
        where TWire : class
    {
        if (items.Count == 0)
        {
            return null;
        }

        var result = new List<TWire?>(items.Count);
        foreach (var item in items)
        {
            result.Add(map(item));
        }

        return result;
    }

    private static List<string?>? Strings(IReadOnlyList<string> items) => items.Count == 0 ? null : [.. items];

    private static Dictionary<string, object>? Ext(ExtensionMembers members)
    {
        if (members.IsEmpty)
        {
            return null;
        }

        var result = new Dictionary<string, object>(members.Count, StringComparer.Ordinal);
        foreach (var (name, text) in members.Texts)
        {
            result.Add(name, text);
        }

        return result;
    }
}

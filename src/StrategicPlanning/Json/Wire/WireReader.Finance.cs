using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <content>The Medium-Term Financial Strategy.</content>
internal sealed partial class WireReader
{
    private static FinancialStrategy? FinancialStrategy(WireReader r, WireFinancialStrategy w) => new()
    {
        Id = w.Id,
        Title = w.Title,
        Years = r.Strings(w.Years, "years"),
        Lines = r.List(w.Lines, "lines", BudgetLine),
        Extensions = r.Ext(w.Extra),
    };

    private static BudgetLine? BudgetLine(WireReader r, WireBudgetLine w)
    {
        var id = r.Required(w.Id, "id", "a budget line");
        var name = r.Required(w.Name, "name", "a budget line");
        var kind = r.Required(w.Kind, "kind", "a budget line");
        var amounts = r.Leaves(w.Amounts, "amounts");
        return id is null || name is null || kind is null ? null : new BudgetLine
        {
            Id = id,
            Name = name,
            Kind = kind.Value,
            Directorate = w.Directorate,
            Amounts = amounts,
            Extensions = r.Ext(w.Extra),
        };
    }
}

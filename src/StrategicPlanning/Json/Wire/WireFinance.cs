using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

internal sealed class WireFinancialStrategy : WireObject
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public List<string?>? Years { get; set; }
    public List<WireBudgetLine?>? Lines { get; set; }
}

internal sealed class WireBudgetLine : WireObject
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public BudgetLineKind? Kind { get; set; }
    public string? Directorate { get; set; }
    public LeafArray<AnnualAmount>? Amounts { get; set; }
}


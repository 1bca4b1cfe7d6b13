using StrategicPlanning.Model;

namespace StrategicPlanning.Reports.Tests.Support;

/// <summary>Plans with many of one thing, for the limits a report puts on long lists.</summary>
internal static class Big
{
    /// <summary>The small plan with an MTFS and <paramref name="count"/> costed actions that no line funds (FIN-4 warnings).</summary>
    public static PlanDocument UnfundedActions(int count)
    {
        var document = SmallPlan.Build();
        var template = document.DeliveryPlans[0].Actions[0];
        var actions = Enumerable.Range(1, count).Select(i => template with
        {
            Id = "a" + i,
            Code = null,
            EstimatedCost = [new AnnualAmount { Year = "2024/25", Amount = 1000 }],
        });
        return document with
        {
            DeliveryPlans = [document.DeliveryPlans[0] with { Actions = [.. actions] }],
            FinancialStrategy = new FinancialStrategy
            {
                Id = "mtfs",
                Title = "MTFS",
                Years = ["2024/25"],
                Lines = [new BudgetLine { Id = "line", Name = "Line", Kind = BudgetLineKind.Revenue, Amounts = [new AnnualAmount { Year = "2024/25", Amount = 5000 }] }],
            },
        };
    }
}

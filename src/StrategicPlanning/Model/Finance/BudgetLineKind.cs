namespace StrategicPlanning.Model;

/// <summary>What a budget line of the MTFS holds (FIN-1).</summary>
public enum BudgetLineKind
{
    /// <summary>Revenue spending.</summary>
    Revenue = 1,

    /// <summary>Capital spending.</summary>
    Capital = 2,

    /// <summary>Savings to be found.</summary>
    Savings = 3,
}

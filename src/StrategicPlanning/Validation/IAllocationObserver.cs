using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>Told of each funding allocation the <see cref="FinanceLedger"/> places (FIN-2, FIN-3), in document order.</summary>
internal interface IAllocationObserver
{
    /// <summary>An allocation of <paramref name="amount"/> from a line of <paramref name="kind"/> in the ledger's year at <paramref name="yearIndex"/>.</summary>
    void Placed(DeliveryAction action, BudgetLineKind kind, int yearIndex, decimal amount);
}

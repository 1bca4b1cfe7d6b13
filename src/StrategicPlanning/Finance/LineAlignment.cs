using StrategicPlanning.Model;
namespace StrategicPlanning.Finance;

/// <summary>A budget line's money against what is allocated to actions, for one year or the whole horizon (FIN-6).</summary>
/// <param name="LineId">The line's id.</param>
/// <param name="Name">The line's name.</param>
/// <param name="Kind">Revenue, capital or savings.</param>
/// <param name="Directorate">The directorate that holds it, when given.</param>
/// <param name="Amount">What the line has (for savings, the savings to be found).</param>
/// <param name="Allocated">What actions are allocated from it.</param>
public sealed record LineAlignment(string LineId, string Name, BudgetLineKind Kind, string? Directorate, decimal Amount, decimal Allocated)
{
    /// <summary>Gets what is left: the amount less what is allocated (negative when over-allocated, FIN-3).</summary>
    public decimal Remaining => Amount - Allocated;
}

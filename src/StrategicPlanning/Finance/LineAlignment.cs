using StrategicPlanning.Model;
namespace StrategicPlanning.Finance;

/// <summary>A budget line's money against what is allocated to actions, for one year or the whole horizon (FIN-6).</summary>
public sealed record LineAlignment
{
    internal LineAlignment(string lineId, string name, BudgetLineKind kind, string? directorate, decimal amount, decimal allocated)
    {
        LineId = lineId;
        Name = name;
        Kind = kind;
        Directorate = directorate;
        Amount = amount;
        Allocated = allocated;
    }

    /// <summary>Gets the line's id.</summary>
    public string LineId { get; }

    /// <summary>Gets the line's name.</summary>
    public string Name { get; }

    /// <summary>Gets revenue, capital or savings.</summary>
    public BudgetLineKind Kind { get; }

    /// <summary>Gets the directorate that holds it, when given.</summary>
    public string? Directorate { get; }

    /// <summary>Gets what the line has (for savings, the savings to be found).</summary>
    public decimal Amount { get; }

    /// <summary>Gets what actions are allocated from it.</summary>
    public decimal Allocated { get; }

    /// <summary>Gets what is left: the amount less what is allocated (negative when over-allocated, FIN-3).</summary>
    public decimal Remaining => Amount - Allocated;
}

using StrategicPlanning.Calendar;

namespace StrategicPlanning.Finance;

/// <summary>The alignment of money to priorities for one financial year, or for the whole MTFS horizon (FIN-6).</summary>
public sealed record YearAlignment
{
    internal YearAlignment(PeriodLabel? year, decimal budget, decimal allocated, decimal savingsTarget, decimal savingsAllocated, IReadOnlyList<LineAlignment> lines, IReadOnlyList<ThemeMoney> themes, ThemeMoney unattributed)
    {
        Year = year;
        Budget = budget;
        Allocated = allocated;
        SavingsTarget = savingsTarget;
        SavingsAllocated = savingsAllocated;
        Lines = lines;
        Themes = themes;
        Unattributed = unattributed;
    }

    /// <summary>Gets the financial year, or null for the whole horizon.</summary>
    public PeriodLabel? Year { get; }

    /// <summary>Gets the money on revenue and capital lines.</summary>
    public decimal Budget { get; }

    /// <summary>Gets what actions are allocated from revenue and capital lines.</summary>
    public decimal Allocated { get; }

    /// <summary>Gets the savings to be found: the money on savings lines.</summary>
    public decimal SavingsTarget { get; }

    /// <summary>Gets what actions are allocated on savings lines.</summary>
    public decimal SavingsAllocated { get; }

    /// <summary>Gets each budget line, in MTFS order.</summary>
    public IReadOnlyList<LineAlignment> Lines { get; }

    /// <summary>Gets each theme of the plan, in plan order, with the money attributed to it.</summary>
    public IReadOnlyList<ThemeMoney> Themes { get; }

    /// <summary>Gets money whose action names no outcome of the plan.</summary>
    public ThemeMoney Unattributed { get; }

    /// <summary>Gets the share of the budget allocated to actions, 0 to 1 (more when over-allocated), or null when there is no budget.</summary>
    public decimal? AlignedShare => Budget == 0 ? null : Allocated / Budget;

    /// <summary>Gets the savings still to be found: the target less what is allocated (negative when more is allocated).</summary>
    public decimal SavingsGap => SavingsTarget - SavingsAllocated;
}

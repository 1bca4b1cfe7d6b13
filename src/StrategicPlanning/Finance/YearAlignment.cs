using StrategicPlanning.Calendar;

namespace StrategicPlanning.Finance;

/// <summary>The alignment of money to priorities for one financial year, or for the whole MTFS horizon (FIN-6).</summary>
/// <param name="Year">The financial year, or null for the whole horizon.</param>
/// <param name="Budget">The money on revenue and capital lines.</param>
/// <param name="Allocated">What actions are allocated from revenue and capital lines.</param>
/// <param name="SavingsTarget">The savings to be found: the money on savings lines.</param>
/// <param name="SavingsAllocated">What actions are allocated on savings lines.</param>
/// <param name="Lines">Each budget line, in MTFS order.</param>
/// <param name="Themes">Each theme of the plan, in plan order, with the money attributed to it.</param>
/// <param name="Unattributed">Money whose action names no outcome of the plan.</param>
public sealed record YearAlignment(
    PeriodLabel? Year,
    decimal Budget,
    decimal Allocated,
    decimal SavingsTarget,
    decimal SavingsAllocated,
    IReadOnlyList<LineAlignment> Lines,
    IReadOnlyList<ThemeMoney> Themes,
    ThemeMoney Unattributed)
{
    /// <summary>Gets the share of the budget allocated to actions, 0 to 1 (more when over-allocated), or null when there is no budget.</summary>
    public decimal? AlignedShare => Budget == 0 ? null : Allocated / Budget;

    /// <summary>Gets the savings still to be found: the target less what is allocated (negative when more is allocated).</summary>
    public decimal SavingsGap => SavingsTarget - SavingsAllocated;
}

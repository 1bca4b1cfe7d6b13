namespace StrategicPlanning.Finance;

/// <summary>
/// The money attributed to a theme (FIN-6): each allocation split equally across its action's outcomes, to the
/// penny, and summed by the outcomes' themes. Savings are kept apart from spend.
/// </summary>
/// <param name="ThemeId">The theme's id, or null for money whose action names no outcome of the plan.</param>
/// <param name="Name">The theme's name, or "Unattributed".</param>
/// <param name="Revenue">Revenue money attributed.</param>
/// <param name="Capital">Capital money attributed.</param>
/// <param name="Savings">Savings attributed (allocations to savings lines).</param>
public sealed record ThemeMoney(string? ThemeId, string Name, decimal Revenue, decimal Capital, decimal Savings)
{
    /// <summary>Gets the spend attributed: revenue plus capital.</summary>
    public decimal Spend => Revenue + Capital;
}

namespace StrategicPlanning.Finance;

/// <summary>
/// The money attributed to a theme (FIN-6): each allocation split equally across its action's outcomes, to the
/// penny, and summed by the outcomes' themes. Savings are kept apart from spend.
/// </summary>
public sealed record ThemeMoney
{
    internal ThemeMoney(string? themeId, string name, decimal revenue, decimal capital, decimal savings)
    {
        ThemeId = themeId;
        Name = name;
        Revenue = revenue;
        Capital = capital;
        Savings = savings;
    }

    /// <summary>Gets the theme's id, or null for money whose action names no outcome of the plan.</summary>
    public string? ThemeId { get; }

    /// <summary>Gets the theme's name, or "Unattributed".</summary>
    public string Name { get; }

    /// <summary>Gets revenue money attributed.</summary>
    public decimal Revenue { get; }

    /// <summary>Gets capital money attributed.</summary>
    public decimal Capital { get; }

    /// <summary>Gets savings attributed (allocations to savings lines).</summary>
    public decimal Savings { get; }

    /// <summary>Gets the spend attributed: revenue plus capital.</summary>
    public decimal Spend => Revenue + Capital;
}

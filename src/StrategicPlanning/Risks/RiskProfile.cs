using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Risks;

/// <summary>
/// The Strategic Risk Register at an as-of date (RSK-1..9): every risk's current position, trend, appetite, target,
/// review status, removal candidacy and mitigations; heat maps of open threats and opportunities; exposure by theme.
/// </summary>
/// <remarks>Immutable and thread-safe. Compute one with <see cref="RiskRegisterEvaluator.Evaluate(Model.PlanDocument, LocalDate)"/>.</remarks>
public sealed class RiskProfile
{
    internal RiskProfile(LocalDate asOf, RiskRegister? register, IReadOnlyList<RiskEvaluation> risks, HeatMap threats, HeatMap opportunities, IReadOnlyList<ThemeExposure> themes)
    {
        AsOf = asOf;
        Register = register;
        Risks = risks;
        Threats = threats;
        Opportunities = opportunities;
        Themes = themes;
    }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the register, or null when the document has none.</summary>
    public RiskRegister? Register { get; }

    /// <summary>Gets every risk's evaluation, in register order.</summary>
    public IReadOnlyList<RiskEvaluation> Risks { get; }

    /// <summary>Gets the risks with the highest current score first (ties by id), as a register is read.</summary>
    public IReadOnlyList<RiskEvaluation> ByScore => ValueList.From(Risks.OrderByDescending(r => r.Current.Score).ThenBy(r => r.Risk.Id, StringComparer.Ordinal));

    /// <summary>Gets the heat map of open threats at their current positions (RSK-8).</summary>
    public HeatMap Threats { get; }

    /// <summary>Gets the heat map of open opportunities at their current positions.</summary>
    public HeatMap Opportunities { get; }

    /// <summary>Gets each theme's exposure to open threats, in plan order (RSK-8).</summary>
    public IReadOnlyList<ThemeExposure> Themes { get; }
}

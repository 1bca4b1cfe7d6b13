using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Risks;

/// <summary>
/// The Strategic Risk Register at an as-of date (RSK-1..9): every risk's current position, trend, appetite, target,
/// review status, removal candidacy and mitigations; heat maps of open threats and opportunities; exposure by theme.
/// </summary>
/// <remarks>Immutable and thread-safe. Get one from <see cref="RiskRules.Evaluate"/>.</remarks>
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
        ByScore = ValueList.From(risks.OrderByDescending(r => r.Current.Score).ThenBy(r => r.Risk.Id, StringComparer.Ordinal));
        OpenThreats = ValueList.From(ByScore.Where(r => r.Risk.Status == RiskStatus.Open && r.Risk.Kind == RiskKind.Threat));
        OpenOpportunities = ValueList.From(ByScore.Where(r => r.Risk.Status == RiskStatus.Open && r.Risk.Kind == RiskKind.Opportunity));
        OutsideAppetite = ValueList.From(ByScore.Where(r => r.OutsideAppetite));
        OverdueForReview = ValueList.From(ByScore.Where(r => r.Risk.Status == RiskStatus.Open && r.ReviewOverdue));
    }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the register, or null when the document has none.</summary>
    public RiskRegister? Register { get; }

    /// <summary>Gets every risk's evaluation, in register order.</summary>
    public IReadOnlyList<RiskEvaluation> Risks { get; }

    /// <summary>Gets the risks with the highest current score first (ties by id), as a register is read.</summary>
    public IReadOnlyList<RiskEvaluation> ByScore { get; }

    /// <summary>Gets the open threats, highest current score first (ties by id): what appetite, exposure and the threat heat map count (RSK-5, RSK-8).</summary>
    public IReadOnlyList<RiskEvaluation> OpenThreats { get; }

    /// <summary>Gets the open opportunities, highest current score first (ties by id).</summary>
    public IReadOnlyList<RiskEvaluation> OpenOpportunities { get; }

    /// <summary>Gets the open threats scoring above their category's appetite, highest current score first (RSK-5): the headline every output gives.</summary>
    public IReadOnlyList<RiskEvaluation> OutsideAppetite { get; }

    /// <summary>Gets the open risks overdue for review, highest current score first (RSK-7); a closed risk has no review due.</summary>
    public IReadOnlyList<RiskEvaluation> OverdueForReview { get; }

    /// <summary>Gets the heat map of open threats at their current positions (RSK-8).</summary>
    public HeatMap Threats { get; }

    /// <summary>Gets the heat map of open opportunities at their current positions.</summary>
    public HeatMap Opportunities { get; }

    /// <summary>Gets each theme's exposure to open threats, in plan order (RSK-8).</summary>
    public IReadOnlyList<ThemeExposure> Themes { get; }
}

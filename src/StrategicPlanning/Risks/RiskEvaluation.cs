using NodaTime;
using StrategicPlanning.Model;

namespace StrategicPlanning.Risks;

/// <summary>A risk evaluated at an as-of date (RSK-4..7, RSK-9).</summary>
/// <param name="Risk">The risk.</param>
/// <param name="Current">The current position: the latest dated assessment on or before the as-of date, else the inherent rating (RSK-4).</param>
/// <param name="Previous">The dated assessment before the current one, or null (RSK-6).</param>
/// <param name="Trend">How it moved since the previous assessment (RSK-6).</param>
/// <param name="Target">The target position, when the risk has a target.</param>
/// <param name="AtTarget">Whether it is at target: a threat's score at or below the target's, an opportunity's at or above; null without a target (RSK-6).</param>
/// <param name="Appetite">The appetite of its category (a maximum score), when there is one (RSK-5).</param>
/// <param name="OutsideAppetite">Whether it is an open threat scoring above its category's appetite (RSK-5).</param>
/// <param name="ReviewFrequency">How often it must be reviewed (RSK-7).</param>
/// <param name="ReviewDue">The latest dated assessment plus the frequency, or null when it has never been assessed (RSK-7).</param>
/// <param name="ReviewOverdue">Whether the as-of date is after the review due date, or it has never been assessed (RSK-7).</param>
/// <param name="RemovalCandidate">Whether it is an open threat that was at or within appetite at each of the last two quarter ends (RSK-9).</param>
/// <param name="Mitigations">Its mitigating actions with their effective status.</param>
public sealed record RiskEvaluation(
    Risk Risk,
    RiskPosition Current,
    RiskPosition? Previous,
    RiskTrend Trend,
    RiskPosition? Target,
    bool? AtTarget,
    int? Appetite,
    bool OutsideAppetite,
    Period ReviewFrequency,
    LocalDate? ReviewDue,
    bool ReviewOverdue,
    bool RemovalCandidate,
    IReadOnlyList<Mitigation> Mitigations)
{
    /// <summary>Gets whether any mitigating action is itself red: a failing control.</summary>
    public bool HasRedMitigation => Mitigations.Any(m => m.IsRed);
}

using NodaTime;
using StrategicPlanning.Model;

namespace StrategicPlanning.Risks;

/// <summary>A risk evaluated at an as-of date (RSK-4..7, RSK-9).</summary>
public sealed record RiskEvaluation
{
    internal RiskEvaluation(Risk risk, RiskPosition current, RiskPosition? previous, RiskTrend trend, RiskPosition? target, bool? atTarget, int? appetite, bool outsideAppetite, Period reviewFrequency, LocalDate? reviewDue, bool reviewOverdue, bool removalCandidate, IReadOnlyList<Mitigation> mitigations)
    {
        Risk = risk;
        Current = current;
        Previous = previous;
        Trend = trend;
        Target = target;
        AtTarget = atTarget;
        Appetite = appetite;
        OutsideAppetite = outsideAppetite;
        ReviewFrequency = reviewFrequency;
        ReviewDue = reviewDue;
        ReviewOverdue = reviewOverdue;
        RemovalCandidate = removalCandidate;
        Mitigations = mitigations;
    }

    /// <summary>Gets the risk.</summary>
    public Risk Risk { get; }

    /// <summary>
    /// Gets the current position: the latest dated assessment on or before the as-of date (of several on that date, the
    /// last in document order), else the inherent rating (RSK-4).
    /// </summary>
    public RiskPosition Current { get; }

    /// <summary>
    /// Gets the position standing for the latest date before the current assessment's: of several assessments on that
    /// date, the last in document order (RSK-4, RSK-6); null for the inherent rating or a first assessment.
    /// </summary>
    public RiskPosition? Previous { get; }

    /// <summary>Gets how it moved since the previous assessment (RSK-6).</summary>
    public RiskTrend Trend { get; }

    /// <summary>Gets the target position, when the risk has a target.</summary>
    public RiskPosition? Target { get; }

    /// <summary>Gets whether it is at target: a threat's score at or below the target's, an opportunity's at or above; null without a target (RSK-6).</summary>
    public bool? AtTarget { get; }

    /// <summary>Gets the appetite of its category (a maximum score), when there is one (RSK-5).</summary>
    public int? Appetite { get; }

    /// <summary>Gets whether it is an open threat scoring above its category's appetite (RSK-5).</summary>
    public bool OutsideAppetite { get; }

    /// <summary>Gets how often it must be reviewed (RSK-7).</summary>
    public Period ReviewFrequency { get; }

    /// <summary>
    /// Gets the latest dated assessment plus the frequency, or null when it has never been assessed or is closed: a
    /// closed risk has no review due (RSK-7).
    /// </summary>
    public LocalDate? ReviewDue { get; }

    /// <summary>
    /// Gets whether it is open and the as-of date is after the review due date, or it is open and has never been
    /// assessed (RSK-7). A closed risk is never overdue, nor stale (REV-7).
    /// </summary>
    public bool ReviewOverdue { get; }

    /// <summary>Gets whether it is an open threat that was at or within appetite at each of the last two quarter ends (RSK-9); a closed risk or an opportunity never is.</summary>
    public bool RemovalCandidate { get; }

    /// <summary>Gets its mitigating actions with their effective status.</summary>
    public IReadOnlyList<Mitigation> Mitigations { get; }

    /// <summary>Gets whether any mitigating action is itself red: a failing control.</summary>
    public bool HasRedMitigation => Mitigations.Any(m => m.IsRed);
}

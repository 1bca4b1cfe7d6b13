using NodaTime;
using StrategicPlanning.Model;

namespace StrategicPlanning.Risks;

/// <summary>RSK-4 and RSK-7 in one place, for the risk register and for review freshness (REV-7) alike.</summary>
internal static class RiskReviewRule
{
    /// <summary>The latest dated assessment on or before the as-of date; on equal dates the later entry (RSK-4).</summary>
    public static RiskAssessment? LatestAssessment(Risk risk, LocalDate asOf)
    {
        RiskAssessment? latest = null;
        var assessments = risk.Assessments;
        for (var i = 0; i < assessments.Count; i++)
        {
            var assessment = assessments[i];
            if (assessment.AsOf <= asOf && (latest is null || assessment.AsOf >= latest.AsOf))
            {
                latest = assessment;
            }
        }

        return latest;
    }

    /// <summary>How often the risk must be reviewed: its own frequency, else the register's (RSK-7).</summary>
    public static Period FrequencyOf(Risk risk, RiskRegister register) => risk.ReviewEvery ?? register.ReviewEvery;

    /// <summary>
    /// RSK-7: the date an open risk's review is due, the latest dated assessment plus the frequency; null for a closed
    /// risk, which has no review due, and for an open one never assessed (which is overdue).
    /// </summary>
    public static LocalDate? ReviewDue(Risk risk, RiskRegister register, RiskAssessment? latest) =>
        risk.Status == RiskStatus.Open && latest is not null ? latest.AsOf.Plus(FrequencyOf(risk, register)) : null;

    /// <summary>
    /// RSK-7: an open risk is overdue when the as-of date is after the latest dated assessment plus the frequency, or
    /// when there is none; a closed risk has no review due, so it is never overdue, nor stale (REV-7).
    /// </summary>
    public static bool IsOverdue(Risk risk, RiskRegister register, LocalDate asOf, out RiskAssessment? latest)
    {
        latest = LatestAssessment(risk, asOf);
        return risk.Status == RiskStatus.Open && (latest is null || asOf > latest.AsOf.Plus(FrequencyOf(risk, register)));
    }
}

using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Risks;

/// <summary>
/// The front door of the Strategic Risk Register rules (RSK-1..9), threats and opportunities alike, each in its own
/// sense: a threat improves when its score falls, an opportunity when it rises. Pure and thread-safe.
/// </summary>
public static class RiskRules
{
    // Mitigations read the actions they name (ACT-3); exposure reads the themes and outcomes risks name (RSK-8).
    private static readonly ValidationArea[] AreasRead = [ValidationArea.Document, ValidationArea.Plan, ValidationArea.Delivery, ValidationArea.Risks];

    /// <summary>Evaluates a document's risk register at an as-of date.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The as-of date, from <see cref="AsOfDates.Range"/>.</param>
    /// <returns>The profile, or the validation errors in the register or calendar that stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="AsOfDates.Range"/>.</exception>
    public static RuleResult<RiskProfile> Evaluate(PlanDocument document, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        AsOfDates.Check(asOf);
        return RuleGate.Run(document, AreasRead, "The risk register cannot be evaluated", () => Profile(document, asOf));
    }

    private static RiskProfile Profile(PlanDocument document, LocalDate asOf)
    {
        var register = document.RiskRegister;
        var matrix = register?.Matrix ?? RiskMatrix.Default;
        var risks = register is null ? [] : register.Risks.Select(r => Risk(document, register, r, asOf)).ToList();
        var open = risks.Where(r => r.Risk.Status == RiskStatus.Open).ToList();
        var threats = new HeatMap(matrix, open.Where(r => r.Risk.Kind == RiskKind.Threat).Select(r => r.Current));
        var opportunities = new HeatMap(matrix, open.Where(r => r.Risk.Kind == RiskKind.Opportunity).Select(r => r.Current));
        var themes = RiskExposure.ByTheme(document, matrix, risks);
        return new RiskProfile(asOf, register, ValueList.From(risks), threats, opportunities, themes);
    }

    /// <summary>RSK-4: the latest dated assessment on or before the date (the last of that date in document order), else the inherent rating.</summary>
    internal static RiskPosition PositionAt(RiskRegister register, Risk risk, LocalDate date)
    {
        var latest = RiskReviewRule.LatestAssessment(risk, date);
        return latest is null
            ? Position(register.Matrix, risk.Inherent.Likelihood, risk.Inherent.Impact, null)
            : Position(register.Matrix, latest.Likelihood, latest.Impact, latest.AsOf);
    }

    private static RiskEvaluation Risk(PlanDocument document, RiskRegister register, Risk risk, LocalDate asOf)
    {
        var current = PositionAt(register, risk, asOf);
        var previous = Previous(register, risk, current);
        var target = risk.Target is { } t ? Position(register.Matrix, t.Likelihood, t.Impact, null) : null;
        var appetite = register.Appetite.FirstOrDefault(a => a.Category == risk.Category)?.MaxScore;
        var threat = risk.Kind == RiskKind.Threat;
        var open = risk.Status == RiskStatus.Open;
        var overdue = RiskReviewRule.IsOverdue(risk, register, asOf, out var lastAssessed);
        var frequency = RiskReviewRule.FrequencyOf(risk, register);
        return new RiskEvaluation(
            risk,
            current,
            previous,
            Trend(threat, previous, current),
            target,
            target is null ? null : threat ? current.Score <= target.Score : current.Score >= target.Score,
            appetite,
            open && threat && appetite is { } max && current.Score > max,
            frequency,
            RiskReviewRule.ReviewDue(risk, register, lastAssessed),
            overdue,
            open && threat && appetite is { } limit && WithinAppetiteAtLastTwoQuarterEnds(document, register, risk, limit, asOf),
            ValueList.From(risk.MitigationActionIds.Select(id => Mitigation(document, id, asOf))));
    }

    /// <summary>
    /// RSK-6: the assessment standing for the latest date before the current one's (RSK-4: of several on that date, the
    /// last in document order, hence <c>&gt;=</c>), never an earlier entry of the current date.
    /// </summary>
    private static RiskPosition? Previous(RiskRegister register, Risk risk, RiskPosition current)
    {
        if (current.AssessedOn is not { } currentDate)
        {
            return null;
        }

        RiskAssessment? previous = null;
        foreach (var assessment in risk.Assessments)
        {
            if (assessment.AsOf < currentDate && (previous is null || assessment.AsOf >= previous.AsOf))
            {
                previous = assessment;
            }
        }

        return previous is null ? null : Position(register.Matrix, previous.Likelihood, previous.Impact, previous.AsOf);
    }

    private static RiskTrend Trend(bool threat, RiskPosition? previous, RiskPosition current)
    {
        if (previous is null)
        {
            return RiskTrend.New;
        }

        var rise = current.Score - previous.Score;
        return rise == 0 ? RiskTrend.Stable : (rise < 0) == threat ? RiskTrend.Improving : RiskTrend.Worsening;
    }

    /// <summary>RSK-9: at or within appetite (RSK-4 position) at each of the last two quarter ends on or before the as-of date.</summary>
    private static bool WithinAppetiteAtLastTwoQuarterEnds(PlanDocument document, RiskRegister register, Risk risk, int appetite, LocalDate asOf)
    {
        var calendar = document.Calendar;
        var latest = calendar.LatestClosed(PeriodKind.Quarter, asOf);
        var before = calendar.Previous(latest);
        return PositionAt(register, risk, calendar.EndOf(latest)).Score <= appetite
            && PositionAt(register, risk, calendar.EndOf(before)).Score <= appetite;
    }

    private static Mitigation Mitigation(PlanDocument document, string actionId, LocalDate asOf) =>
        document.Index.FindAction(actionId) is { } action
            ? new Mitigation(actionId, action, ActionEvaluator.Evaluate(action, asOf).Status)
            : new Mitigation(actionId, null, null);

    private static RiskPosition Position(RiskMatrix matrix, int likelihood, int impact, LocalDate? assessedOn)
    {
        var score = RiskScoring.Score(matrix, likelihood, impact);
        return new RiskPosition(likelihood, impact, score, RiskScoring.BandOf(matrix, score), assessedOn);
    }
}

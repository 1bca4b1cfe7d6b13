using System.Globalization;
using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>The Strategic Risk Register: matrix and bands (RSK-2, RSK-3), appetite (RSK-5), and each risk (RSK-1, RSK-7).</summary>
internal static class RiskChecks
{
    public const int MaxLevels = 10;

    public static void Check(ValidationContext context)
    {
        if (context.Document.RiskRegister is not { } register)
        {
            return;
        }

        context.Area = ValidationArea.Risks;
        context.Enter("riskRegister");
        if (!ValidationContext.IsPositiveDateDuration(register.ReviewEvery))
        {
            context.ReportAt("reviewEvery", ValidationCodes.InvalidReviewFrequency,
                $"reviewEvery '{register.ReviewEvery}' is not a positive length of time in days, weeks, months or years, e.g. \"P3M\" (RSK-7).");
        }
        else
        {
            context.CheckDuration(register.ReviewEvery, "reviewEvery");
        }

        context.Enter("matrix");
        var matrixUsable = MatrixChecks.Check(context, register.Matrix);
        context.Leave();

        var categories = new HashSet<string>(StringComparer.Ordinal);
        IdWalker.Each(context, "appetite", register.Appetite, appetite =>
        {
            if (!categories.Add(appetite.Category))
            {
                context.ReportAt("category", ValidationCodes.DuplicateAppetite,
                    $"The category '{appetite.Category}' already has an appetite; give one maximum score per category (RSK-5).");
            }

            if (appetite.MaxScore < 1)
            {
                context.ReportAt("maxScore", ValidationCodes.InvalidAppetite,
                    string.Create(CultureInfo.InvariantCulture, $"maxScore {appetite.MaxScore} is below 1, the lowest score a risk can have, so every open threat of '{appetite.Category}' would be outside appetite; give a whole number of 1 or more (RSK-5)."));
            }
        });

        IdWalker.Each(context, "risks", register.Risks, risk => Risk(context, risk, register.Matrix, matrixUsable));
        context.Leave();
    }

    private static void Risk(ValidationContext context, Risk risk, RiskMatrix matrix, bool matrixUsable)
    {
        if (matrixUsable)
        {
            Rating(context, "inherent", risk.Inherent.Likelihood, risk.Inherent.Impact, matrix);
            if (risk.Target is { } target)
            {
                Rating(context, "target", target.Likelihood, target.Impact, matrix);
            }

            IdWalker.Each(context, "assessments", risk.Assessments, a => Rating(context, null, a.Likelihood, a.Impact, matrix));
        }

        IdWalker.Each(context, "assessments", risk.Assessments, a => context.CheckDate(a.AsOf, "asOf"));

        if (risk.Treatment is { } treatment && !Fits(risk.Kind, treatment))
        {
            context.ReportAt("treatment", ValidationCodes.TreatmentDoesNotFitKind, risk.Kind == RiskKind.Threat
                ? $"'{Camel(treatment)}' is a treatment for opportunities; a threat is treated with 'treat', 'tolerate', 'transfer' or 'terminate' (RSK-1)."
                : $"'{Camel(treatment)}' is a treatment for threats; an opportunity is handled with 'exploit', 'enhance', 'share' or 'accept' (RSK-1).");
        }

        if (risk.ReviewEvery is { } every && !ValidationContext.IsPositiveDateDuration(every))
        {
            context.ReportAt("reviewEvery", ValidationCodes.InvalidReviewFrequency,
                $"reviewEvery '{every}' is not a positive length of time in days, weeks, months or years, e.g. \"P3M\" (RSK-7).");
        }
        else if (risk.ReviewEvery is { } frequency)
        {
            context.CheckDuration(frequency, "reviewEvery");
        }

        ReferenceChecks.Check(context, "themeIds", risk.ThemeIds, static (context, id) => context.IsTheme(id), ValidationCodes.UnknownTheme, "theme");
        ReferenceChecks.Check(context, "outcomeIds", risk.OutcomeIds, static (context, id) => context.IsOutcome(id), ValidationCodes.UnknownOutcome, "outcome");
        ReferenceChecks.Check(context, "mitigationActionIds", risk.MitigationActionIds, static (context, id) => context.IsAction(id), ValidationCodes.UnknownAction, "delivery action");
    }

    private static void Rating(ValidationContext context, string? member, int likelihood, int impact, RiskMatrix matrix)
    {
        if (member is not null)
        {
            context.Enter(member);
        }

        if (likelihood < 1 || likelihood > matrix.LikelihoodLevels)
        {
            context.ReportAt("likelihood", ValidationCodes.RatingOutsideMatrix,
                string.Create(CultureInfo.InvariantCulture, $"Likelihood {likelihood} is outside the matrix; it must be from 1 to {matrix.LikelihoodLevels} (RSK-2)."));
        }

        if (impact < 1 || impact > matrix.ImpactLevels)
        {
            context.ReportAt("impact", ValidationCodes.RatingOutsideMatrix,
                string.Create(CultureInfo.InvariantCulture, $"Impact {impact} is outside the matrix; it must be from 1 to {matrix.ImpactLevels} (RSK-2)."));
        }

        if (member is not null)
        {
            context.Leave();
        }
    }

    private static bool Fits(RiskKind kind, RiskTreatment treatment) => kind == RiskKind.Threat
        ? treatment is RiskTreatment.Treat or RiskTreatment.Tolerate or RiskTreatment.Transfer or RiskTreatment.Terminate
        : treatment is RiskTreatment.Exploit or RiskTreatment.Enhance or RiskTreatment.Share or RiskTreatment.Accept;

    private static string Camel(RiskTreatment treatment) => treatment.ToString().ToLowerInvariant();
}

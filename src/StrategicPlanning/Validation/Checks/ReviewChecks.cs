using System.Globalization;
using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>The review cycle (REV-1..5): its durations, dates and the periods its reviews name.</summary>
internal static class ReviewChecks
{
    public static void Check(ValidationContext context)
    {
        if (context.Document.Reviews is not { } cycle)
        {
            return;
        }

        context.Area = ValidationArea.Reviews;
        context.Enter("reviews");
        if (!ValidationContext.IsPositiveDateDuration(cycle.Cadence))
        {
            context.ReportAt("cadence", ValidationCodes.InvalidCadence,
                $"cadence '{cycle.Cadence}' is not a positive length of time in days, weeks, months or years, e.g. \"P3M\" (REV-1).");
        }

        else
        {
            context.CheckDuration(cycle.Cadence, "cadence");
        }

        context.CheckDate(cycle.Start, "start");
        context.CheckDate(cycle.End, "end");
        Lag(context, "reportingLag", cycle.ReportingLag);
        Lag(context, "annualReportLag", cycle.AnnualReportLag);
        if (cycle.DueSoonWithin is { } window)
        {
            Lag(context, "dueSoonWithin", window);
        }

        if (cycle.End is { } end && end < cycle.Start)
        {
            context.ReportAt("end", ValidationCodes.DatesOutOfOrder,
                string.Create(CultureInfo.InvariantCulture, $"The review cycle ends on {end:uuuu-MM-dd}, before it starts on {cycle.Start:uuuu-MM-dd} (VAL-3)."));
        }

        IdWalker.Each(context, "held", cycle.Held, review => Held(context, review));
        context.Leave();
    }

    private static void Lag(ValidationContext context, string member, Period lag)
    {
        if (!ValidationContext.IsNonNegativeDateDuration(lag))
        {
            context.ReportAt(member, ValidationCodes.InvalidLag,
                $"{member} '{lag}' must be zero or a positive length of time in days, weeks, months or years, e.g. \"P3M\".");
        }
        else
        {
            context.CheckDuration(lag, member);
        }
    }

    // REV-1: a review held before the start or after the end is not an error (SP1702 is retired); the review rules
    // leave it out of the cadence and list it as outside the cycle.
    private static void Held(ValidationContext context, HeldReview review)
    {
        context.CheckDate(review.Date, "date");

        if (review.Period is not { } text || !context.TryLabel(text, "period", out var label))
        {
            return;
        }

        var kindOk = review.Kind switch
        {
            ReviewKind.Quarterly => context.CheckKind(label, "period", "a quarterly review", PeriodKind.Quarter),
            ReviewKind.Annual => context.CheckKind(label, "period", "an annual review", PeriodKind.FinancialYear),
            _ => true,
        };
        var plan = context.Document.Plan;
        if (kindOk && context.PlanPeriodIsUsable && (context.Calendar.EndOf(label) < plan.Start || context.Calendar.StartOf(label) > plan.End))
        {
            context.ReportAt("period", ValidationCodes.ReviewPeriodOutsidePlan,
                string.Create(CultureInfo.InvariantCulture, $"The review covers {label}, outside the plan period {plan.Start:uuuu-MM-dd} to {plan.End:uuuu-MM-dd} (VAL-3)."));
        }
    }
}

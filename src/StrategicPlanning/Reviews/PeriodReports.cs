using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.Reviews;

/// <summary>REV-4 and REV-5: each closed quarter and year must be reported within its lag.</summary>
internal static class PeriodReports
{
    /// <summary>REV-4: every closed quarter of every Delivery Plan's financial year, in date order.</summary>
    public static IEnumerable<PeriodReport> Quarters(PlanDocument document, IReadOnlyList<HeldReview> held, Period lag, LocalDate asOf)
    {
        var calendar = document.Calendar;
        var years = document.DeliveryPlans
            .Select(p => calendar.TryParse(p.Year, out var year, out _) && year.Kind == PeriodKind.FinancialYear ? year : (PeriodLabel?)null)
            .OfType<PeriodLabel>()
            .Distinct()
            .Order();
        foreach (var year in years)
        {
            for (var q = 1; q <= 4; q++)
            {
                var quarter = calendar.Quarter(year.Year, q);
                if (calendar.EndOf(quarter) <= asOf)
                {
                    yield return Report(calendar, quarter, held, lag, asOf, annualOnly: false);
                }
            }
        }
    }

    /// <summary>REV-5: every closed financial year that overlaps the plan period, in date order.</summary>
    public static IEnumerable<PeriodReport> AnnualReports(PlanDocument document, IReadOnlyList<HeldReview> held, Period lag, LocalDate asOf)
    {
        var calendar = document.Calendar;
        var plan = document.Plan;
        for (var year = calendar.FinancialYearOf(plan.Start); calendar.StartOf(year) <= plan.End && calendar.EndOf(year) <= asOf; year = calendar.Next(year))
        {
            yield return Report(calendar, year, held, lag, asOf, annualOnly: true);
        }
    }

    private static PeriodReport Report(ReportingCalendar calendar, PeriodLabel period, IReadOnlyList<HeldReview> held, Period lag, LocalDate asOf, bool annualOnly)
    {
        var deadline = calendar.EndOf(period).Plus(lag);
        LocalDate? presented = null;
        foreach (var review in held)
        {
            if (review.Date <= asOf && review.Period is { } text && period.IsSpelledBy(text) && (!annualOnly || review.Kind == ReviewKind.Annual)
                && (presented is null || review.Date < presented))
            {
                presented = review.Date;
            }
        }

        if (presented is { } date)
        {
            return date <= deadline
                ? new PeriodReport(period, deadline, ReportStatus.OnTime, date, 0)
                : new PeriodReport(period, deadline, ReportStatus.Late, date, ReviewRules.Days(deadline, date));
        }

        return asOf > deadline
            ? new PeriodReport(period, deadline, ReportStatus.Missing, null, ReviewRules.Days(deadline, asOf))
            : new PeriodReport(period, deadline, ReportStatus.Pending, null, 0);
    }
}

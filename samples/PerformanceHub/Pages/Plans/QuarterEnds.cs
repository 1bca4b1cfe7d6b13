using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace PerformanceHub.Pages.Plans;

/// <summary>
/// The quarters of a plan's period in its own reporting calendar, each with its last day, oldest first; and the
/// default as-of date: the last quarter end not after today (the first when the plan has not reached one yet).
/// </summary>
public sealed record QuarterEnds(IReadOnlyList<(PeriodLabel Quarter, LocalDate End)> All, LocalDate Default)
{
    public static QuarterEnds Of(PlanDocument document, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(document);
        var calendar = document.Calendar;
        var quarters = new List<(PeriodLabel, LocalDate)>();
        var quarter = calendar.QuarterOf(document.Plan.Start);
        while (calendar.EndOf(quarter) <= document.Plan.End && quarters.Count < 400)
        {
            quarters.Add((quarter, calendar.EndOf(quarter)));
            quarter = calendar.Next(quarter);
        }

        var passed = quarters.Where(q => q.Item2 <= today).ToList();
        var fallback = quarters.Count > 0 ? quarters[0].Item2 : document.Plan.End;
        return new QuarterEnds(quarters, passed.Count > 0 ? passed[^1].Item2 : fallback);
    }

    /// <summary>The quarters that end on or before <paramref name="asOf"/>.</summary>
    public IEnumerable<(PeriodLabel Quarter, LocalDate End)> UpTo(LocalDate asOf) => All.Where(q => q.End <= asOf);

    /// <summary>The quarter that ends exactly on <paramref name="asOf"/>, if any.</summary>
    public PeriodLabel? EndingOn(LocalDate asOf) => All.Where(q => q.End == asOf).Select(q => (PeriodLabel?)q.Quarter).FirstOrDefault();
}

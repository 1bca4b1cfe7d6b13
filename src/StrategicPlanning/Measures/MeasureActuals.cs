using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.Measures;

/// <summary>What the actuals of a document's measures say about which period to report (MEA-4, CAL-3).</summary>
public static class MeasureActuals
{
    /// <summary>
    /// Finds the latest quarter that holds a measure actual: the quarter a quarterly report or dashboard shows by
    /// default. A monthly or annual actual counts for the quarter its period ends in (MEA-4, CAL-3).
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The quarter, or null when no measure has an actual with a period label the calendar reads.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <remarks>
    /// Actuals whose period is not a valid label are skipped here (validation reports them, MEA-1), and so are
    /// periods ending outside <see cref="AsOfDates.Range"/>, at which no rule can be evaluated.
    /// </remarks>
    public static PeriodLabel? LatestQuarter(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var calendar = document.Calendar;
        if (!calendar.HasValidStartMonth)
        {
            return null; // no label can be turned into dates (SP1105)
        }

        LocalDate? latest = null;
        foreach (var theme in document.Plan.Themes)
        {
            foreach (var outcome in theme.Outcomes)
            {
                foreach (var measure in outcome.Measures)
                {
                    foreach (var actual in measure.Actuals)
                    {
                        if (calendar.TryParse(actual.Period, out var period, out _) && calendar.EndOf(period) is var end && AsOfDates.IsSupported(end))
                        {
                            latest = latest is { } known && known >= end ? known : end;
                        }
                    }
                }
            }
        }

        return latest is { } date ? calendar.QuarterOf(date) : null;
    }
}

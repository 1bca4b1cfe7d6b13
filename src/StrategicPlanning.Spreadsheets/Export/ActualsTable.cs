using StrategicPlanning.Calendar;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// The actuals table: one row per measure and period, from the period of the measure's first actual to its current
/// period at the date (MEA-4), every period between included, so a missing actual is a row with an empty
/// <c>actual</c> and the status <c>noData</c>. A measure with no actual yet has one row, its current period. Each row
/// is the measure report's own evaluation of that period (<see cref="MeasureReport.History"/>): target in force
/// (MEA-3, as restated), status (MEA-4, MEA-5) and direction of travel (MEA-6). Actuals for periods after the current
/// one are not yet due at the date and are left out.
/// </summary>
internal static class ActualsTable
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "as_of", "theme_id", "theme", "outcome_id", "outcome", "measure_id", "measure_code", "measure", "unit", "polarity",
        "frequency", "period", "start", "end", "target", "target_period", "actual", "status", "direction",
        "direction_on_last_year", "note",
    ];

    public static void Write(PlanDocument document, MeasureReport report, CsvTableWriter table)
    {
        var calendar = document.Calendar;
        var asOf = CsvCell.Date(report.AsOf);
        foreach (var theme in document.Plan.Themes)
        {
            foreach (var outcome in theme.Outcomes)
            {
                foreach (var measure in outcome.Measures)
                {
                    var current = report.Find(measure.Id)!.Value;
                    foreach (var row in report.History(measure.Id, PeriodsSinceFirstActual(measure, calendar, current.Period))!)
                    {
                        table.Write(
                            asOf,
                            CsvCell.Text(theme.Id),
                            CsvCell.Text(theme.Name),
                            CsvCell.Text(outcome.Id),
                            CsvCell.Text(outcome.Title),
                            CsvCell.Text(measure.Id),
                            CsvCell.Text(measure.Code),
                            CsvCell.Text(measure.Title),
                            CsvCell.Text(measure.Unit),
                            CsvCell.Word<Polarity>(measure.Polarity),
                            CsvCell.Word<MeasureFrequency>(measure.Frequency),
                            row.Period.ToString(),
                            CsvCell.Date(calendar.StartOf(row.Period)),
                            CsvCell.Date(calendar.EndOf(row.Period)),
                            CsvCell.Number(row.Target?.Value),
                            row.Target is { } target ? target.Period.ToString() : string.Empty,
                            CsvCell.Number(row.Actual?.Value),
                            CsvCell.Word<MeasureStatus>(row.Status),
                            CsvCell.Word<DirectionOfTravel>(row.ShortTerm),
                            CsvCell.Word<DirectionOfTravel>(row.LongTerm),
                            CsvCell.Text(row.Actual?.Note));
                    }
                }
            }
        }
    }

    /// <summary>
    /// How many periods of the measure's frequency run from its earliest actual up to <paramref name="current"/>, both
    /// included; 1 when it has none then. Actuals whose label the calendar does not read, or of another frequency, are
    /// skipped (validation reports them, MEA-1).
    /// </summary>
    private static int PeriodsSinceFirstActual(Measure measure, ReportingCalendar calendar, PeriodLabel current)
    {
        var first = current;
        foreach (var actual in measure.Actuals)
        {
            if (calendar.TryParse(actual.Period, out var period, out _) && period.Kind == current.Kind && period < first)
            {
                first = period;
            }
        }

        return (int)(Ordinal(current) - Ordinal(first)) + 1;
    }

    /// <summary>A period's place in the sequence of periods of its kind.</summary>
    private static long Ordinal(PeriodLabel period) => period.Kind switch
    {
        PeriodKind.Month => (period.Year * 12L) + period.Month,
        PeriodKind.Quarter => (period.Year * 4L) + period.Quarter,
        _ => period.Year,
    };
}

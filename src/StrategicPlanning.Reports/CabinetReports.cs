using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Calendar;
using StrategicPlanning.Finance;
using StrategicPlanning.Model;
using StrategicPlanning.Reports.Rendering;
using StrategicPlanning.Reviews;
using StrategicPlanning.Risks;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Reports;

/// <summary>
/// The reports a council's Cabinet reads: the quarterly performance report and the Annual Report, each one
/// self-contained HTML document (no scripts, no external resources) that prints on A4.
/// </summary>
/// <remarks>
/// <para>
/// Every figure comes from the library's rules at the end of the chosen period: scores (AGG), measures (MEA),
/// actions (ACT), money (FIN), risks (RSK) and review cadence (REV). The output depends only on the document
/// and the period, never on the clock, so the same input always gives the same bytes.
/// </para>
/// <para>
/// Accessible by design: a status is always written in words and marked with a shape as well as a colour,
/// every chart is an SVG with a title and has its figures in text beside it, and tables have headers.
/// </para>
/// </remarks>
public static class CabinetReports
{
    /// <summary>Writes the quarterly performance report for a quarter, as it stood at the quarter's end.</summary>
    /// <param name="document">The plan document.</param>
    /// <param name="quarter">The quarter, e.g. <c>document.Calendar.Parse("2024/25 Q2")</c>.</param>
    /// <param name="options">Scoring options and the number of top risks; null for the defaults.</param>
    /// <returns>The HTML, or the document's validation errors: a Cabinet report is not written from an invalid plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="quarter"/> is not a quarter, or not one of the document's calendar (CAL-3).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The quarter, or the one before it, ends outside the years 4 to 9997 (<see cref="AsOfDates"/>).</exception>
    public static ReportResult Quarterly(PlanDocument document, PeriodLabel quarter, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (quarter.Kind != PeriodKind.Quarter)
        {
            throw new ArgumentException($"A quarterly report needs a quarter such as 2024/25 Q2, not '{quarter}'.", nameof(quarter));
        }

        return Render(document, quarter, options, QuarterlyReport.Write);
    }

    /// <summary>Writes the Annual Report for a financial year: the year's financial and performance highlights at its end.</summary>
    /// <param name="document">The plan document.</param>
    /// <param name="year">The financial year, e.g. <c>document.Calendar.Parse("2024/25")</c>.</param>
    /// <param name="options">Scoring options and the number of top risks; null for the defaults.</param>
    /// <returns>The HTML, or the document's validation errors: a Cabinet report is not written from an invalid plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="year"/> is not a financial year, or not one of the document's calendar (CAL-3).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year, or the one before it, ends outside the years 4 to 9997 (<see cref="AsOfDates"/>).</exception>
    public static ReportResult Annual(PlanDocument document, PeriodLabel year, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (year.Kind != PeriodKind.FinancialYear)
        {
            throw new ArgumentException($"An annual report needs a financial year such as 2024/25, not '{year}'.", nameof(year));
        }

        return Render(document, year, options, AnnualReport.Write);
    }

    /// <summary>The period's last day and the last day of the period before it, both inside <see cref="AsOfDates"/>.</summary>
    private static (LocalDate AsOf, LocalDate PreviousAsOf) Dates(ReportingCalendar calendar, PeriodLabel period)
    {
        try
        {
            var asOf = calendar.EndOf(period);
            var previousAsOf = calendar.EndOf(calendar.Previous(period));
            if (previousAsOf >= AsOfDates.Earliest && asOf <= AsOfDates.Latest)
            {
                return (asOf, previousAsOf);
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // Falls through to the one message below: the period or the one before it has no dates.
        }

        throw new ArgumentOutOfRangeException(
            nameof(period),
            period,
            $"A report is for a period whose end, and the end of the period before it, fall between {AsOfDates.Earliest:uuuu-MM-dd} and {AsOfDates.Latest:uuuu-MM-dd}.");
    }

    private static ReportResult Render(PlanDocument document, PeriodLabel period, ReportOptions? options, Action<ReportData, HtmlWriter> write)
    {
        options ??= ReportOptions.Default;
        var validation = PlanValidator.Validate(document);
        if (!validation.IsValid)
        {
            return new ReportResult(null, validation.Errors);
        }

        var calendar = document.Calendar;
        var (asOf, previousAsOf) = Dates(calendar, period);
        var data = new ReportData(
            document,
            period,
            calendar.StartOf(period),
            asOf,
            options,
            Scorecard.Compute(document, asOf, options.Scoring, validation).GetScorecardOrThrow(),
            Scorecard.Compute(document, previousAsOf, options.Scoring, validation).GetScorecardOrThrow(),
            document.Reviews is null ? null : ReviewCompliance.Evaluate(document, asOf, validation).GetReportOrThrow(),
            document.FinancialStrategy is null ? null : FinancialAlignment.Analyse(document, validation),
            document.RiskRegister is null ? null : RiskRegisterEvaluator.Evaluate(document, asOf, validation).GetProfileOrThrow());
        var html = new HtmlWriter();
        write(data, html);
        return new ReportResult(html.ToString(), []);
    }
}

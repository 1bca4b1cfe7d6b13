using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Calendar;
using StrategicPlanning.Finance;
using StrategicPlanning.Model;
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
    /// <returns>The HTML, or the document's validation errors: a Cabinet report is not written from a plan with errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="quarter"/> is not a quarter, or not one of the document's calendar (CAL-3).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The quarter cannot be reported: see <see cref="IsReportable"/>.</exception>
    public static RuleResult<string> Quarterly(PlanDocument document, PeriodLabel quarter, ReportOptions? options = null)
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
    /// <returns>The HTML, or the document's validation errors: a Cabinet report is not written from a plan with errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="year"/> is not a financial year, or not one of the document's calendar (CAL-3).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year cannot be reported: see <see cref="IsReportable"/>.</exception>
    public static RuleResult<string> Annual(PlanDocument document, PeriodLabel year, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (year.Kind != PeriodKind.FinancialYear)
        {
            throw new ArgumentException($"An annual report needs a financial year such as 2024/25, not '{year}'.", nameof(year));
        }

        return Render(document, year, options, AnnualReport.Write);
    }

    /// <summary>
    /// Whether a report can be written for a period: it is evaluated at the period's last day and compared with the last
    /// day of the period before it, so both must be as-of dates the rules evaluate at (<see cref="AsOfDates.Range"/>).
    /// </summary>
    /// <param name="calendar">The document's reporting calendar.</param>
    /// <param name="period">A quarter or financial year of that calendar.</param>
    /// <returns>True when both dates are in range; false too when the calendar cannot date periods (a year start month outside 1 to 12).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is not one of the calendar's (CAL-3).</exception>
    public static bool IsReportable(ReportingCalendar calendar, PeriodLabel period)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return TryDates(calendar, period, out _, out _);
    }

    private static bool TryDates(ReportingCalendar calendar, PeriodLabel period, out LocalDate asOf, out LocalDate previousAsOf)
    {
        asOf = previousAsOf = default;
        try
        {
            asOf = calendar.EndOf(period);
            previousAsOf = calendar.EndOf(calendar.Previous(period));
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // the period or the one before it has no label, let alone dates
        }
        catch (InvalidOperationException)
        {
            return false; // the calendar's year starts in no month (SP1105): no period has dates
        }

        return AsOfDates.IsSupported(asOf) && AsOfDates.IsSupported(previousAsOf);
    }

    private static RuleResult<string> Render(PlanDocument document, PeriodLabel period, ReportOptions? options, Action<ReportData, HtmlWriter> write)
    {
        options ??= ReportOptions.Default;
        var validation = PlanValidator.Validate(document);
        if (!validation.IsValid)
        {
            return RuleResult<string>.ForErrors("The report could not be written", validation.Errors);
        }

        var calendar = document.Calendar;
        if (!TryDates(calendar, period, out var asOf, out var previousAsOf))
        {
            throw new ArgumentOutOfRangeException(
                nameof(period),
                period,
                $"A report is for a period whose end, and the end of the period before it, fall in {AsOfDates.Range}.");
        }

        var data = new ReportData(
            document,
            period,
            calendar.StartOf(period),
            asOf,
            options,
            AggregationRules.Evaluate(document, asOf, options.Scoring).GetValueOrThrow(),
            AggregationRules.Evaluate(document, previousAsOf, options.Scoring).GetValueOrThrow(),
            document.Reviews is null ? null : ReviewRules.Evaluate(document, asOf).GetValueOrThrow(),
            document.FinancialStrategy is null ? null : FinanceRules.Evaluate(document).GetValueOrThrow(),
            document.RiskRegister is null ? null : RiskRules.Evaluate(document, asOf).GetValueOrThrow());
        var html = new HtmlWriter();
        write(data, html);
        return RuleResult<string>.ForValue(html.ToString());
    }
}

using StrategicPlanning.Calendar;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// Writes the quarterly return a council's performance team sends its service leads: the measures, actions and risks
/// they own, with context to read and blank, validated cells to fill in (docs/spreadsheets.md). As an XLSX workbook
/// (sheets Instructions, Measures, Actions, Risks and the hidden Return sheet with the identity) or as three CSV files.
/// </summary>
/// <remarks>
/// <para>
/// Everything is read at the quarter's last day through the library's rule families: a measure's periods that end in
/// the quarter and the target in force for each (MEA-3, MEA-4), the actions of the delivery plans that count (ACT-5)
/// with their latest update (ACT-3), and the open risks with their current assessment (RSK-4). The output depends only
/// on the document, the quarter and the options, never on the clock: the same input gives the same rows.
/// </para>
/// <para>
/// Text from the document is always written as text, never as a formula. The streams are written, not closed.
/// </para>
/// </remarks>
public static class QuarterlyReturn
{
    /// <summary>The most rows below its header an XLSX worksheet holds (Excel's limit of 1,048,576 rows, header included).</summary>
    public const int MaxXlsxRows = XlsxReturnWriter.MaxRows;

    /// <summary>Writes the return as an XLSX workbook.</summary>
    /// <param name="document">The plan document.</param>
    /// <param name="quarter">The quarter, e.g. <c>document.Calendar.Parse("2024/25 Q3")</c>.</param>
    /// <param name="options">The owner the return is for; null for one return for everyone.</param>
    /// <param name="output">Where the workbook goes: a writable stream that can seek, such as a file or a memory stream.</param>
    /// <returns>The number of rows of each sheet, or the document's validation errors: no return is written from a plan with errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="quarter"/> is not a quarter, or not one of the document's calendar (CAL-3); or <paramref name="output"/> cannot be written or cannot seek.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The quarter cannot be evaluated: see <see cref="IsWritable"/>.</exception>
    /// <exception cref="InvalidOperationException">A sheet would have more than <see cref="MaxXlsxRows"/> rows; nothing was written.</exception>
    public static RuleResult<ReturnContents> WriteXlsx(PlanDocument document, PeriodLabel quarter, ReturnOptions? options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite || !output.CanSeek)
        {
            throw new ArgumentException("An XLSX workbook is written to a stream that can be written and can seek (a file or a memory stream).", nameof(output));
        }

        return Write(document, quarter, options, data =>
        {
            var largest = Math.Max(data.Measures.Count, Math.Max(data.Actions.Count, data.Risks.Count));
            if (largest > MaxXlsxRows)
            {
                throw new InvalidOperationException(FormattableString.Invariant(
                    $"The return would have {largest:N0} rows on one sheet; a worksheet holds at most {MaxXlsxRows:N0} below its header. Write one return per owner, or write CSV."));
            }

            XlsxReturnWriter.Write(data, output);
        });
    }

    /// <summary>Writes the return as three CSV files: the measures, the actions and the risks (docs/spreadsheets.md).</summary>
    /// <param name="document">The plan document.</param>
    /// <param name="quarter">The quarter, e.g. <c>document.Calendar.Parse("2024/25 Q3")</c>.</param>
    /// <param name="options">The owner the return is for; null for one return for everyone.</param>
    /// <param name="measures">Where the measures file goes.</param>
    /// <param name="actions">Where the actions file goes.</param>
    /// <param name="risks">Where the risks file goes.</param>
    /// <returns>The number of rows of each file, or the document's validation errors: no return is written from a plan with errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or a stream is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="quarter"/> is not a quarter, or not one of the document's calendar (CAL-3).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The quarter cannot be evaluated: see <see cref="IsWritable"/>.</exception>
    public static RuleResult<ReturnContents> WriteCsv(PlanDocument document, PeriodLabel quarter, ReturnOptions? options, Stream measures, Stream actions, Stream risks)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(risks);
        return Write(document, quarter, options, data =>
        {
            var tables = ReturnTable.Of(data);
            CsvReturnWriter.Write(tables[0], data, measures);
            CsvReturnWriter.Write(tables[1], data, actions);
            CsvReturnWriter.Write(tables[2], data, risks);
        });
    }

    /// <summary>
    /// Whether a return can be written for a quarter: everything is read at its last day, which must be an as-of date the
    /// rules evaluate at (<see cref="AsOfDates.Range"/>).
    /// </summary>
    /// <param name="calendar">The document's reporting calendar.</param>
    /// <param name="quarter">A quarter of that calendar.</param>
    /// <returns>True when the quarter's first and last days are in range; false too when the calendar cannot date periods (a year start month outside 1 to 12).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static bool IsWritable(ReportingCalendar calendar, PeriodLabel quarter)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        try
        {
            return AsOfDates.IsSupported(calendar.StartOf(quarter)) && AsOfDates.IsSupported(calendar.EndOf(quarter));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false; // no dates: the label is not the calendar's, or the calendar's year starts in no month (SP1105)
        }
    }

    private static RuleResult<ReturnContents> Write(PlanDocument document, PeriodLabel quarter, ReturnOptions? options, Action<ReturnData> write)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (quarter.Kind != PeriodKind.Quarter)
        {
            throw new ArgumentException($"A quarterly return needs a quarter such as 2024/25 Q3, not '{quarter}'.", nameof(quarter));
        }

        var validation = PlanValidator.Validate(document);
        if (!validation.IsValid)
        {
            return RuleResult<ReturnContents>.ForErrors("The return could not be written", validation.Errors);
        }

        if (quarter.IsCalendarYearStyle != document.Calendar.IsCalendarYear)
        {
            throw new ArgumentException($"'{quarter}' is not a quarter of the document's calendar (CAL-3).", nameof(quarter));
        }

        if (!IsWritable(document.Calendar, quarter))
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, $"A return is for a quarter whose days fall in {AsOfDates.Range}.");
        }

        var data = ReturnData.Build(document, quarter, options ?? ReturnOptions.Default);
        write(data);
        return RuleResult<ReturnContents>.ForValue(data.Contents);
    }
}

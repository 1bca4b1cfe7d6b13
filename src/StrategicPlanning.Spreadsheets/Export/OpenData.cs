using System.Text;
using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;
using StrategicPlanning.Risks;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// Open data: tidy CSV tables of a plan at a date — actuals (one row per measure and period), scores (one row per
/// node), actions and risks (one row per item) — that Excel, Power BI, pandas and R read without fuss. Every number
/// comes from the library's rule front doors (<see cref="MeasureRules"/>, <see cref="AggregationRules"/>,
/// <see cref="DeliveryRules"/>, <see cref="RiskRules"/>), so a table always agrees with splan and the reports.
/// </summary>
/// <remarks>
/// <para>The CSV: UTF-8 with a byte-order mark (Excel reads UTF-8 only with it; pandas, Power BI and R skip it),
/// comma-separated, RFC 4180 quoting, CRLF line ends, a header row of snake_case names. Numbers are exact and
/// culture-invariant (a dot, no thousands separator), dates ISO 8601, words camelCase as in the plan document, yes/no
/// <c>true</c>/<c>false</c>, nothing an empty cell.</para>
/// <para>Text from the document that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is
/// written with a leading apostrophe, so that a spreadsheet shows it and never runs it as a formula (CSV injection);
/// numbers, negative ones included, are not text and are written as they are.</para>
/// <para>Rows are written as they are worked out: memory does not grow with the table. Pure: no clock, no files.</para>
/// </remarks>
public static class OpenData
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a table as CSV to a stream: UTF-8 bytes starting with the byte-order mark EF BB BF.</summary>
    /// <param name="document">The plan document.</param>
    /// <param name="table">Which table.</param>
    /// <param name="asOf">The date the table shows the plan at, within <see cref="AsOfDates.Range"/>.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <returns>
    /// What was written; or, when the document has validation errors in what the table reads, those errors and nothing
    /// written to <paramref name="stream"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="AsOfDates.Range"/>, or <paramref name="table"/> is not a table.</exception>
    public static RuleResult<ExportedTable> WriteCsv(PlanDocument document, OpenDataTable table, LocalDate asOf, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        var result = WriteCsv(document, table, asOf, writer);
        writer.Flush();
        return result;
    }

    /// <summary>
    /// Writes a table as CSV text to a writer. The text starts with U+FEFF, which a UTF-8 writer turns into the
    /// byte-order mark Excel needs: give a writer whose encoding adds no preamble of its own.
    /// </summary>
    /// <param name="document">The plan document.</param>
    /// <param name="table">Which table.</param>
    /// <param name="asOf">The date the table shows the plan at, within <see cref="AsOfDates.Range"/>.</param>
    /// <param name="writer">Where to write; left open.</param>
    /// <returns>
    /// What was written; or, when the document has validation errors in what the table reads, those errors and nothing
    /// written to <paramref name="writer"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="AsOfDates.Range"/>, or <paramref name="table"/> is not a table.</exception>
    public static RuleResult<ExportedTable> WriteCsv(PlanDocument document, OpenDataTable table, LocalDate asOf, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        return table switch
        {
            OpenDataTable.Actuals => Write(table, asOf, ActualsTable.Columns, MeasureRules.Evaluate(document, asOf), "actuals", writer, (report, csv) => ActualsTable.Write(document, report, csv)),
            OpenDataTable.Scores => Write(table, asOf, ScoresTable.Columns, AggregationRules.Evaluate(document, asOf), "scores", writer, ScoresTable.Write),
            OpenDataTable.Actions => Write(table, asOf, ActionsTable.Columns, DeliveryRules.Evaluate(document, asOf), "actions", writer, ActionsTable.Write),
            OpenDataTable.Risks => Write(table, asOf, RisksTable.Columns, RiskRules.Evaluate(document, asOf), "risks", writer, RisksTable.Write),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not an open data table."),
        };
    }

    private static RuleResult<ExportedTable> Write<T>(OpenDataTable table, LocalDate asOf, IReadOnlyList<string> columns, RuleResult<T> evaluated, string name, TextWriter writer, Action<T, CsvTableWriter> rows)
        where T : class
    {
        if (!evaluated.Succeeded)
        {
            return RuleResult<ExportedTable>.ForErrors($"The {name} table cannot be written", evaluated.Errors);
        }

        writer.Write('\uFEFF');
        long count;
        using (var csv = new CsvTableWriter(writer, columns))
        {
            rows(evaluated.Value, csv);
            count = csv.Rows;
        }

        return RuleResult<ExportedTable>.ForValue(new ExportedTable { Table = table, AsOf = asOf, Columns = ValueList.From(columns), Rows = count });
    }
}

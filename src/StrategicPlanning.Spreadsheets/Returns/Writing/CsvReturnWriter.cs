using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// Writes a return's three tables as CSV (docs/spreadsheets.md): UTF-8 with a byte-order mark (so Excel reads it as
/// UTF-8 when the file is opened by double-click), comma-separated, RFC 4180 quoting, one header row; each row starts
/// with the identity (<c>Plan id</c>, <c>Quarter</c>, <c>Made from</c>) so every file says what it was made for.
/// </summary>
internal static class CsvReturnWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the table to <paramref name="output"/>, which is left open.</summary>
    public static void Write(ReturnTable table, ReturnData data, Stream output)
    {
        using var text = new StreamWriter(output, Utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true);
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(text))
        {
            writer.Header.Add([.. Identity, .. table.Columns.Select(c => c.Header)]);
            if (table.Count == 0)
            {
                writer.Header.Write();
            }

            var cells = new ReturnCell[table.Columns.Count];
            for (var i = 0; i < table.Count; i++)
            {
                table.Fill(i, cells);
                using var row = writer.NewRow();
                row[0].Set(data.PlanId);
                row[1].Set(data.Quarter);
                row[2].Set(data.MadeFrom);
                for (var c = 0; c < cells.Length; c++)
                {
                    row[c + Identity.Length].Set(table.Columns[c].Input == InputKind.None ? TextOf(cells[c]) : string.Empty);
                }
            }
        }

        text.Flush();
    }

    private static readonly string[] Identity = [ReturnLayout.PlanKey, ReturnLayout.QuarterKey, ReturnLayout.MadeFromKey];

    private static string TextOf(ReturnCell cell) => cell.Kind switch
    {
        ReturnCellKind.Text => Defused(cell.Text!),
        ReturnCellKind.Number => cell.Number.ToString(CultureInfo.InvariantCulture),
        ReturnCellKind.Date => cell.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    /// <summary>
    /// Text that a spreadsheet would run as a formula (starting with '=', '+', '-', '@', a tab or a carriage return) is
    /// written after an apostrophe, as spreadsheets themselves mark text. Only context text is affected: ids, period
    /// labels and the identity never start so.
    /// </summary>
    private static string Defused(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}

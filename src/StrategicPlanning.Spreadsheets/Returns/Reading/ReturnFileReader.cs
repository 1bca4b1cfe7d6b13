using System.Runtime.InteropServices;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// Reads one return file into its identity and tables, finding every sheet and column by its header text
/// (<see cref="ReturnLayout"/>, case and spaces ignored), never by position or sheet name: a workbook's sheets may be
/// reordered, renamed or hidden and have extra columns and rows. A file that is not a return, or is malformed or too
/// large, gets a <see cref="ReturnContent.Refusal"/>; nothing in it is used.
/// </summary>
internal static class ReturnFileReader
{
    private static readonly Dictionary<TableKind, string[]> ReadHeaders = new()
    {
        [TableKind.Measures] = [ReturnLayout.MeasureId, ReturnLayout.Period, ReturnLayout.Actual, ReturnLayout.Commentary],
        [TableKind.Actions] = [ReturnLayout.ActionId, ReturnLayout.Status, ReturnLayout.PercentComplete, ReturnLayout.Commentary, ReturnLayout.UpdateDate],
        [TableKind.Risks] = [ReturnLayout.RiskId, ReturnLayout.NewLikelihood, ReturnLayout.NewImpact, ReturnLayout.Commentary, ReturnLayout.AssessmentDate],
    };

    private static readonly Dictionary<TableKind, string[]> Required = new()
    {
        [TableKind.Measures] = [ReturnLayout.Period, ReturnLayout.Actual],
        [TableKind.Actions] = [ReturnLayout.Status],
        [TableKind.Risks] = [ReturnLayout.NewLikelihood, ReturnLayout.NewImpact],
    };

    private static readonly string[] IdentityKeys = [ReturnLayout.FormatKey, ReturnLayout.PlanKey, ReturnLayout.QuarterKey, ReturnLayout.OwnerKey, ReturnLayout.MadeFromKey];

    private static readonly (string Name, string Key)[] IdentityNames =
        [(ReturnLayout.PlanName, ReturnLayout.PlanKey), (ReturnLayout.QuarterName, ReturnLayout.QuarterKey), (ReturnLayout.OwnerName, ReturnLayout.OwnerKey), (ReturnLayout.MadeFromName, ReturnLayout.MadeFromKey)];

    public static ReturnContent Read(ReturnSource source)
    {
        var content = new ReturnContent(source.Name);
        var bytes = source.Content;
        try
        {
            if (bytes.Length > ReturnLimits.MaxFileBytes)
            {
                throw new ReturnReadException($"the file is larger than {ReturnLimits.Count(ReturnLimits.MaxFileBytes / (1024 * 1024))} MiB; a return is far smaller, so it is not read.");
            }

            if (bytes.Span.StartsWith("PK"u8))
            {
                ReadWorkbook(bytes, content);
            }
            else if (bytes.Span.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
            {
                throw new ReturnReadException("is an old binary Excel file (.xls) or an encrypted workbook; save it as an Excel Workbook (.xlsx) without a password.");
            }
            else
            {
                ReadTable(new CsvGrid(source.Name, bytes), content, csv: true);
            }

            if (content.Tables.Count == 0 && content.Refusal is null)
            {
                content.Refusal = $"is not a return: no sheet has a '{ReturnLayout.MeasureId}', '{ReturnLayout.ActionId}' or '{ReturnLayout.RiskId}' header.";
            }
            else if (!content.Identity.ContainsKey(ReturnLayout.PlanKey) || !content.Identity.ContainsKey(ReturnLayout.QuarterKey))
            {
                content.Refusal ??= $"does not say which plan and quarter it is for: the hidden '{ReturnLayout.IdentitySheet}' sheet (or the names {ReturnLayout.PlanName} and {ReturnLayout.QuarterName}, or in a CSV file the '{ReturnLayout.PlanKey}' and '{ReturnLayout.QuarterKey}' columns) is missing.";
            }
        }
        catch (ReturnReadException ex)
        {
            content.Refusal = ex.Message;
        }

        return content;
    }

    private static void ReadWorkbook(ReadOnlyMemory<byte> bytes, ReturnContent content)
    {
        var array = MemoryMarshal.TryGetArray(bytes, out var segment) ? segment : new ArraySegment<byte>(bytes.ToArray());
        using var stream = new MemoryStream(array.Array!, array.Offset, array.Count, writable: false);
        using var workbook = XlsxWorkbook.Open(stream);
        foreach (var sheet in workbook.Sheets)
        {
            ReadTable(workbook.Grid(sheet), content, csv: false);
        }

        if (!content.Identity.ContainsKey(ReturnLayout.PlanKey))
        {
            ReadDefinedNames(workbook, content);
        }
    }

    /// <summary>Reads a sheet: finds its header row (or identity rows) in its first rows, then keeps the read columns of every row after it.</summary>
    private static void ReadTable(Grid grid, ReturnContent content, bool csv)
    {
        FilledTable? table = null;
        int[]? identityColumns = null;
        var identitySheet = false;
        var searched = 0;
        foreach (var row in grid.Rows())
        {
            if (table is not null)
            {
                AddRow(table, row, identityColumns, content);
                continue;
            }

            if (IdentityRow(grid, row, content, ref identitySheet))
            {
                continue;
            }

            if (Header(grid, row) is { } found)
            {
                table = found;
                identityColumns = csv ? [.. new[] { ReturnLayout.PlanKey, ReturnLayout.QuarterKey, ReturnLayout.OwnerKey, ReturnLayout.MadeFromKey }.Select(key => ColumnOf(row, key))] : null;
                var missing = Required[found.Kind].Where(header => found.Columns[Array.IndexOf(found.Headers, header)] == 0).ToList();
                if (missing.Count > 0)
                {
                    content.Problems.Add((grid.RowPlace(row.Number), $"the '{found.Headers[0]}' table has no {string.Join(" or ", missing.Select(m => $"'{m}'"))} column; keep the header row as the return was sent.", false));
                    return;
                }

                content.Tables.Add(found);
                continue;
            }

            if (!identitySheet && ++searched >= ReturnLimits.HeaderSearchRows)
            {
                return;
            }
        }
    }

    private static FilledTable? Header(Grid grid, GridRow row)
    {
        foreach (var (kind, headers) in ReadHeaders)
        {
            if (ColumnOf(row, headers[0]) == 0)
            {
                continue;
            }

            return new FilledTable(kind, grid, headers, [.. headers.Select(header => ColumnOf(row, header))]);
        }

        return null;
    }

    private static void AddRow(FilledTable table, GridRow row, int[]? identityColumns, ReturnContent content)
    {
        var cells = table.Columns.Select(column => row[column]).ToArray();
        if (cells.All(cell => CellReading.Text(cell) is null))
        {
            return;
        }

        table.Rows.Add(new ReturnRow(row.Number, cells));
        if (identityColumns is null)
        {
            return;
        }

        // A CSV file carries its identity on every row; the first row sets it, and a row that disagrees is an error.
        string[] keys = [ReturnLayout.PlanKey, ReturnLayout.QuarterKey, ReturnLayout.OwnerKey, ReturnLayout.MadeFromKey];
        for (var i = 0; i < keys.Length; i++)
        {
            if (identityColumns[i] == 0)
            {
                continue;
            }

            var value = CellReading.Text(row[identityColumns[i]]);
            var place = table.Grid.Place(row.Number, identityColumns[i], keys[i]);
            if (!content.Identity.TryGetValue(keys[i], out var known))
            {
                content.Identity[keys[i]] = new IdentityValue(value, place);
            }
            else if (!string.Equals(known.Value, value, StringComparison.Ordinal))
            {
                content.Problems.Add((place, $"'{keys[i]}' is '{value}' here but '{known.Value}' at {known.Place}; every row of a return is for the same plan and quarter.", false));
            }
        }
    }

    /// <summary>A row of the identity sheet: a key and, in the next column, its value; the sheet counts once its Format row is found.</summary>
    private static bool IdentityRow(Grid grid, GridRow row, ReturnContent content, ref bool identitySheet)
    {
        foreach (var (column, cell) in row.Cells)
        {
            var key = CellReading.Text(cell);
            var known = IdentityKeys.FirstOrDefault(k => Same(k, key));
            if (known is null)
            {
                continue;
            }

            var value = CellReading.Text(row[column + 1]);
            if (known == ReturnLayout.FormatKey)
            {
                if (value is null || !value.StartsWith("StrategicPlanning return", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                identitySheet = true;
                if (!string.Equals(value, ReturnLayout.Format, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ReturnReadException($"{grid.Place(row.Number, column + 1, null)}: the return is in the layout '{value}', which this version cannot read (it reads '{ReturnLayout.Format}').");
                }
            }

            if (identitySheet)
            {
                content.Identity.TryAdd(known, new IdentityValue(value, grid.Place(row.Number, column + 1, null)));
                return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>When no identity sheet was found, the defined names SP.Plan and so on, each naming one cell.</summary>
    private static void ReadDefinedNames(XlsxWorkbook workbook, ReturnContent content)
    {
        foreach (var (name, key) in IdentityNames)
        {
            if (!workbook.DefinedNames.TryGetValue(name, out var reference) || CellReference.Parse(reference) is not { } target)
            {
                continue;
            }

            var sheet = workbook.Sheets.FirstOrDefault(s => string.Equals(s.Name, target.Sheet, StringComparison.OrdinalIgnoreCase));
            if (sheet is null)
            {
                continue;
            }

            var grid = workbook.Grid(sheet);
            var row = grid.Rows().TakeWhile(r => r.Number <= target.Row).FirstOrDefault(r => r.Number == target.Row);
            content.Identity.TryAdd(key, new IdentityValue(CellReading.Text(row?[target.Column]), grid.Place(target.Row, target.Column, null)));
        }
    }

    private static int ColumnOf(GridRow row, string header)
    {
        foreach (var (column, cell) in row.Cells)
        {
            if (Same(header, CellReading.Text(cell)))
            {
                return column;
            }
        }

        return 0;
    }

    /// <summary>Header texts match with case, surrounding spaces and runs of spaces ignored.</summary>
    private static bool Same(string header, string? text) =>
        text is not null && string.Equals(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), header, StringComparison.OrdinalIgnoreCase);
}

using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// Writes a return workbook (docs/spreadsheets.md) with the Open XML SDK's streaming writer, one row at a time, so memory
/// stays flat whatever the number of rows. Text from the document is always an inline string, never a formula.
/// </summary>
internal static class XlsxReturnWriter
{
    /// <summary>The most rows below the header a worksheet holds (1,048,576 in all).</summary>
    public const int MaxRows = 1_048_575;

    private static readonly LocalDate SerialZero = new(1899, 12, 30);
    private static readonly LocalDate FirstSerialDate = new(1900, 3, 1);

    public static void Write(ReturnData data, Stream output)
    {
        var tables = ReturnTable.Of(data);
        using var package = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = package.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
        workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = XlsxStyles.Create();
        var sheets = new Sheets();
        uint id = 1;

        AddSheet(workbookPart, sheets, ReturnLayout.InstructionsSheet, id++, hidden: false, part => WriteInstructions(part, data));
        foreach (var table in tables)
        {
            AddSheet(workbookPart, sheets, table.Sheet, id++, hidden: false, part => WriteTable(part, table, data));
        }

        AddSheet(workbookPart, sheets, ReturnLayout.IdentitySheet, id, hidden: true, part => WriteIdentity(part, data));
        var sheet = "'" + ReturnLayout.IdentitySheet + "'!$B$";
        workbookPart.Workbook = new Workbook(
            sheets,
            new DefinedNames(
                new DefinedName(sheet + "3") { Name = ReturnLayout.PlanName },
                new DefinedName(sheet + "4") { Name = ReturnLayout.QuarterName },
                new DefinedName(sheet + "5") { Name = ReturnLayout.OwnerName },
                new DefinedName(sheet + "6") { Name = ReturnLayout.MadeFromName }));
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, uint id, bool hidden, Action<WorksheetPart> write)
    {
        // Relationship ids of our own rather than random ones, so the same input gives the same parts.
        var part = workbookPart.AddNewPart<WorksheetPart>("rIdSheet" + id.ToString(CultureInfo.InvariantCulture));
        write(part);
        sheets.Append(new Sheet
        {
            Name = name,
            SheetId = id,
            Id = workbookPart.GetIdOfPart(part),
            State = hidden ? SheetStateValues.Hidden : null,
        });
    }

    private static void WriteTable(WorksheetPart part, ReturnTable table, ReturnData data)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(FrozenHeader());
        writer.WriteElement(Widths(table.Columns.Select(c => c.Width)));
        writer.WriteStartElement(new SheetData());
        var columns = table.Columns;
        WriteRow(writer, 1, columns.Select(c => TextCell(c.Header, XlsxStyles.Header)));
        var cells = new ReturnCell[columns.Count];
        for (var i = 0; i < table.Count; i++)
        {
            table.Fill(i, cells);
            WriteRow(writer, i + 2, cells.Select((cell, c) => CellOf(cell, columns[c].Input)));
        }

        writer.WriteEndElement();
        writer.WriteElement(Protection());
        if (table.Count > 0 && XlsxValidation.For(columns, table.Count, data) is { } validations)
        {
            writer.WriteElement(validations);
        }

        writer.WriteEndElement();
    }

    private static void WriteInstructions(WorksheetPart part, ReturnData data)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(Widths([110]));
        writer.WriteStartElement(new SheetData());
        var lines = ReturnInstructions.Lines(data);
        for (var i = 0; i < lines.Count; i++)
        {
            WriteRow(writer, i + 1, [TextCell(lines[i], i == 0 ? XlsxStyles.Header : XlsxStyles.Wrapped)]);
        }

        writer.WriteEndElement();
        writer.WriteElement(Protection());
        writer.WriteEndElement();
    }

    private static void WriteIdentity(WorksheetPart part, ReturnData data)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(Widths([14, 70]));
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, [TextCell("Key", XlsxStyles.Header), TextCell("Value", XlsxStyles.Header)]);
        var row = 2;
        foreach (var (key, value) in ReturnInstructions.Identity(data))
        {
            WriteRow(writer, row++, [TextCell(key, XlsxStyles.Context), value.Length == 0 ? new Cell() : TextCell(value, XlsxStyles.Context)]);
        }

        writer.WriteEndElement();
        writer.WriteElement(Protection());
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, int row, IEnumerable<Cell> cells)
    {
        var number = row.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, number)]);
        var column = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = ColumnName(column++) + number;
            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    private static Cell CellOf(ReturnCell cell, InputKind input)
    {
        if (input != InputKind.None)
        {
            return new Cell { StyleIndex = input == InputKind.Date ? XlsxStyles.InputDate : XlsxStyles.Input };
        }

        return cell.Kind switch
        {
            ReturnCellKind.Text => TextCell(cell.Text!, XlsxStyles.Context),
            ReturnCellKind.Number => new Cell { CellValue = new CellValue(cell.Number.ToString(CultureInfo.InvariantCulture)), StyleIndex = XlsxStyles.Context },
            ReturnCellKind.Date when cell.Date >= FirstSerialDate =>
                new Cell { CellValue = new CellValue(Serial(cell.Date).ToString(CultureInfo.InvariantCulture)), StyleIndex = XlsxStyles.ContextDate },
            ReturnCellKind.Date => TextCell(cell.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), XlsxStyles.Context),
            _ => new Cell { StyleIndex = XlsxStyles.Context },
        };
    }

    /// <summary>A text cell: an inline string, so a value starting with '=' is text, never a formula.</summary>
    private static Cell TextCell(string text, uint style)
    {
        var safe = CellText.Safe(text);
        var value = new Text(safe);
        if (safe.Length > 0 && (char.IsWhiteSpace(safe[0]) || char.IsWhiteSpace(safe[^1])))
        {
            value.Space = SpaceProcessingModeValues.Preserve;
        }

        return new Cell(new InlineString(value)) { DataType = CellValues.InlineString, StyleIndex = style };
    }

    /// <summary>Excel's serial number of a date on or after 1900-03-01 (days since 1899-12-30).</summary>
    public static int Serial(LocalDate date) => Period.DaysBetween(SerialZero, date);

    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    { WorkbookViewId = 0 });

    private static Columns Widths(IEnumerable<double> widths)
    {
        var columns = new Columns();
        uint index = 1;
        foreach (var width in widths)
        {
            columns.Append(new Column { Min = index, Max = index, Width = width, CustomWidth = true });
            index++;
        }

        return columns;
    }

    /// <summary>Sheet protection without a password: locked cells cannot be changed, columns and rows can still be resized.</summary>
    private static SheetProtection Protection() => new()
    {
        Sheet = true,
        Objects = true,
        Scenarios = true,
        FormatColumns = false,
        FormatRows = false,
    };
}

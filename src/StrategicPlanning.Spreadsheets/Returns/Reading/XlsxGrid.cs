using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// A worksheet read with the SDK's SAX reader, a row at a time: only the rows and cells themselves are held, never the
/// sheet. A cell's value is its cached value (so a formula gives the number it last computed); a shared string is
/// looked up; a percentage format is noted. Rows and cells are capped (<see cref="ReturnLimits"/>).
/// </summary>
internal sealed class XlsxGrid(XlsxWorkbook workbook, XlsxSheet sheet) : Grid
{
    public override string Name => sheet.Name;

    public override bool Date1904 => workbook.Date1904;

    public override string Place(int row, int column, string? header) => string.Create(CultureInfo.InvariantCulture, $"{SheetReference}!{ColumnName(column)}{row}");

    public override string RowPlace(int row) => string.Create(CultureInfo.InvariantCulture, $"{SheetReference}!{row}:{row}");

    /// <summary>The sheet's name as a formula would write it: quoted when it is not a plain word.</summary>
    private string SheetReference => sheet.Name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && sheet.Name.Length > 0 && !char.IsAsciiDigit(sheet.Name[0])
        ? sheet.Name
        : "'" + sheet.Name.Replace("'", "''", StringComparison.Ordinal) + "'";

    public override IEnumerable<GridRow> Rows()
    {
        using var reader = Open();
        var rows = 0;
        var cells = 0;
        var rowNumber = 0;
        Dictionary<int, GridCell>? current = null;
        var column = 0;
        while (Read(reader))
        {
            var type = reader.ElementType;
            if (type == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    rowNumber = Number(Attribute(reader, "r"), rowNumber + 1, "row number");
                    current = [];
                    column = 0;
                    if (++rows > ReturnLimits.MaxRows)
                    {
                        throw new ReturnReadException($"sheet '{sheet.Name}' has more than {ReturnLimits.Count(ReturnLimits.MaxRows)} rows; a return is far smaller, so it is not read.");
                    }
                }
                else if (current is not null)
                {
                    if (current.Count > 0)
                    {
                        yield return new GridRow(rowNumber, current);
                    }

                    current = null;
                }
            }
            else if (type == typeof(Cell) && reader.IsStartElement && current is not null)
            {
                column = Attribute(reader, "r") is { } reference ? ColumnOf(reference) : column + 1;
                if (ReadCell(reader) is { } cell)
                {
                    if (++cells > ReturnLimits.MaxCells)
                    {
                        throw new ReturnReadException($"sheet '{sheet.Name}' has more than {ReturnLimits.Count(ReturnLimits.MaxCells)} cells; a return is far smaller, so it is not read.");
                    }

                    current[column] = cell;
                }
            }
        }
    }

    /// <summary>The letters of a 1-based column number: 1 is A, 27 is AA.</summary>
    public static string ColumnName(int column)
    {
        var name = new StringBuilder();
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.ToString();
    }

    private OpenXmlPartReader Open()
    {
        try
        {
            return new OpenXmlPartReader(sheet.Part, new OpenXmlPartReaderOptions { MaxCharactersInPart = ReturnLimits.MaxCharactersInPart });
        }
        catch (Exception ex) when (XlsxWorkbook.IsUnreadable(ex))
        {
            throw new ReturnReadException($"sheet '{sheet.Name}': " + XlsxWorkbook.Unreadable(ex));
        }
    }

    private bool Read(OpenXmlPartReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (Exception ex) when (XlsxWorkbook.IsUnreadable(ex))
        {
            throw new ReturnReadException($"sheet '{sheet.Name}': " + XlsxWorkbook.Unreadable(ex));
        }
    }

    /// <summary>Reads a cell from its start element to its end: its type, style and cached value (<c>v</c>) or inline string (<c>is</c>).</summary>
    private GridCell? ReadCell(OpenXmlPartReader reader)
    {
        var type = Attribute(reader, "t");
        var percent = workbook.IsPercentStyle(Attribute(reader, "s"));
        string? value = null;
        string? formula = null;
        StringBuilder? inline = null;
        var depth = 1;
        while (depth > 0 && Read(reader))
        {
            if (reader.IsStartElement)
            {
                depth++;
                if (reader.ElementType == typeof(CellValue))
                {
                    value = Text(reader);
                }
                else if (reader.ElementType == typeof(CellFormula))
                {
                    formula = Text(reader);
                }
                else if (reader.ElementType == typeof(Text) && type == "inlineStr")
                {
                    inline ??= new StringBuilder();
                    inline.Append(Text(reader));
                }
                else if (reader.ElementType == typeof(PhoneticRun))
                {
                    reader.Skip();
                    depth--;
                }
            }
            else if (reader.IsEndElement)
            {
                depth--;
            }
        }

        var text = type == "inlineStr" ? inline?.ToString() : value;
        if (string.IsNullOrEmpty(text))
        {
            return formula is null ? null : new GridCell(CellKind.Formula, "=" + formula, percent);
        }

        if (text.Length > ReturnLimits.MaxCellCharacters)
        {
            throw new ReturnReadException($"sheet '{sheet.Name}' has a cell of more than {ReturnLimits.Count(ReturnLimits.MaxCellCharacters)} characters, more than Excel allows.");
        }

        return type switch
        {
            "s" => new GridCell(CellKind.Text, workbook.SharedString(text.Trim()), percent),
            "inlineStr" or "str" => new GridCell(CellKind.Text, text, percent),
            "b" => new GridCell(CellKind.Boolean, text, percent),
            "e" => new GridCell(CellKind.Error, text, percent),
            "d" => new GridCell(CellKind.Date, text, percent),
            _ => new GridCell(CellKind.Number, text.Trim(), percent),
        };
    }

    private static string Text(OpenXmlPartReader reader)
    {
        // GetText reads the element's text and leaves the reader on its end.
        var text = reader.GetText();
        return text;
    }

    private static string? Attribute(OpenXmlPartReader reader, string name)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == name && string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    private int Number(string? text, int fallback, string what)
    {
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1_048_576
            ? n
            : throw new ReturnReadException($"sheet '{sheet.Name}' has a {what} '{text}' that is not one Excel allows.");
    }

    private int ColumnOf(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > 16_384)
            {
                break;
            }
        }

        return i > 0 && column <= 16_384 ? column : throw new ReturnReadException($"sheet '{sheet.Name}' has a cell reference '{reference}' that is not one Excel allows.");
    }
}

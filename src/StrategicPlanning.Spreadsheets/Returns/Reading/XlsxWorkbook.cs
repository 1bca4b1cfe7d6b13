using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// A workbook opened for reading: its sheets in order, its shared strings, which cell styles are percentages, its date
/// system and its defined names. The sheets are read with the SDK's SAX reader (<see cref="OpenXmlPartReader"/>), a row
/// at a time; every part is read with a cap on its characters, so a zip bomb is refused, not unpacked.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private readonly SpreadsheetDocument package;
    private readonly List<string> sharedStrings;
    private readonly HashSet<int> percentStyles;

    private XlsxWorkbook(SpreadsheetDocument package, List<string> sharedStrings, HashSet<int> percentStyles, bool date1904, List<XlsxSheet> sheets, Dictionary<string, string> names)
    {
        this.package = package;
        this.sharedStrings = sharedStrings;
        this.percentStyles = percentStyles;
        Date1904 = date1904;
        Sheets = sheets;
        DefinedNames = names;
    }

    public bool Date1904 { get; }

    public IReadOnlyList<XlsxSheet> Sheets { get; }

    /// <summary>Gets the defined names (upper case) and what they refer to (<c>Return!$B$3</c>).</summary>
    public IReadOnlyDictionary<string, string> DefinedNames { get; }

    /// <summary>Opens a workbook; throws <see cref="ReturnReadException"/> when it is not one or breaks a limit.</summary>
    public static XlsxWorkbook Open(Stream stream)
    {
        SpreadsheetDocument? package = null;
        try
        {
            package = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = ReturnLimits.MaxCharactersInPart, AutoSave = false });
            var workbookPart = package.WorkbookPart ?? throw new ReturnReadException("the workbook has no workbook part; it is not a spreadsheet.");
            var workbook = workbookPart.Workbook ?? throw new ReturnReadException("the workbook part is empty.");
            var sheets = new List<XlsxSheet>();
            foreach (var sheet in workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheets.Count == ReturnLimits.MaxSheets)
                {
                    throw new ReturnReadException($"the workbook has more than {ReturnLimits.Count(ReturnLimits.MaxSheets)} sheets; a return has five.");
                }

                if (sheet.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
                {
                    sheets.Add(new XlsxSheet(sheet.Name?.Value ?? string.Empty, worksheet));
                }
            }

            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in workbook.DefinedNames?.Elements<DefinedName>() ?? [])
            {
                if (name.Name?.Value is { } key && name.LocalSheetId is null)
                {
                    names.TryAdd(key, name.Text);
                }
            }

            var date1904 = workbook.WorkbookProperties?.Date1904?.Value ?? false;
            var result = new XlsxWorkbook(package, SharedStrings(workbookPart.SharedStringTablePart), PercentStyles(workbookPart.WorkbookStylesPart), date1904, sheets, names);
            package = null;
            return result;
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            throw new ReturnReadException(Unreadable(ex));
        }
        finally
        {
            package?.Dispose();
        }
    }

    /// <summary>Whether an exception means the file is not a readable workbook (as opposed to a bug in this reader).</summary>
    public static bool IsUnreadable(Exception ex) => ex is OpenXmlPackageException or InvalidDataException or IOException or XmlException
        or FileFormatException or InvalidOperationException or NotSupportedException or FormatException or ArgumentException or KeyNotFoundException
        or InvalidCastException or OverflowException or UriFormatException;

    /// <summary>Why a workbook could not be read, in words.</summary>
    public static string Unreadable(Exception ex) => ex switch
    {
        XmlException xml when xml.Message.Contains("MaxCharactersInDocument", StringComparison.OrdinalIgnoreCase) || xml.Message.Contains("exceed", StringComparison.OrdinalIgnoreCase) =>
            $"a part of the workbook unpacks to more than {ReturnLimits.Count(ReturnLimits.MaxCharactersInPart)} characters; a return is far smaller, so it is not read.",
        _ => $"cannot be read as an XLSX workbook: {ex.Message}",
    };

    /// <summary>Reads one sheet a row at a time.</summary>
    public Grid Grid(XlsxSheet sheet) => new XlsxGrid(this, sheet);

    public void Dispose() => package.Dispose();

    internal string SharedString(string index)
    {
        if (int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count)
        {
            return sharedStrings[i];
        }

        throw new ReturnReadException($"a cell refers to shared string {index}, which the workbook does not have.");
    }

    internal bool IsPercentStyle(string? style) =>
        style is not null && int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && percentStyles.Contains(s);

    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        long characters = 0;
        using var reader = new OpenXmlPartReader(part, new OpenXmlPartReaderOptions { MaxCharactersInPart = ReturnLimits.MaxCharactersInPart });
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement)
            {
                continue;
            }

            var item = (SharedStringItem)reader.LoadCurrentElement()!;
            // Phonetic runs (rPh) are reading aids, not the text.
            var text = item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(run => run.Text?.Text));
            characters += text.Length;
            if (strings.Count == ReturnLimits.MaxSharedStrings || characters > ReturnLimits.MaxSharedStringCharacters)
            {
                throw new ReturnReadException(
                    $"the workbook holds more than {ReturnLimits.Count(ReturnLimits.MaxSharedStrings)} shared strings or {ReturnLimits.Count(ReturnLimits.MaxSharedStringCharacters)} characters of text; a return is far smaller, so it is not read.");
            }

            strings.Add(text);
        }

        return strings;
    }

    private static HashSet<int> PercentStyles(WorkbookStylesPart? part)
    {
        var percent = new HashSet<int>();
        var stylesheet = part?.Stylesheet;
        if (stylesheet is null)
        {
            return percent;
        }

        var custom = new Dictionary<uint, string>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                custom[id] = code;
            }
        }

        var index = 0;
        foreach (var xf in stylesheet.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = xf.NumberFormatId?.Value ?? 0;
            // Built-in 9 is 0%, 10 is 0.00%; a custom format is a percentage when it has % outside quotes.
            if (id is 9 or 10 || (custom.TryGetValue(id, out var code) && HasPercent(code)))
            {
                percent.Add(index);
            }

            index++;
        }

        return percent;
    }

    private static bool HasPercent(string code)
    {
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '\\':
                    i++;
                    break;
                case '%' when !quoted:
                    return true;
            }
        }

        return false;
    }
}

/// <summary>A worksheet of a workbook: its name and part.</summary>
internal sealed record XlsxSheet(string Name, WorksheetPart Part);

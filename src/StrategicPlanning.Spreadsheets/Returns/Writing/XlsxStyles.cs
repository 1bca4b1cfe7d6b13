using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// The return workbook's cell styles. Every cell is locked unless its style says otherwise, and a protected sheet
/// lets nobody change a locked cell: context is locked, input cells are unlocked (and shaded so people see where to type).
/// </summary>
internal static class XlsxStyles
{
    /// <summary>Context text or number: locked.</summary>
    public const uint Context = 0;

    /// <summary>A header: bold, shaded, locked.</summary>
    public const uint Header = 1;

    /// <summary>An input cell: unlocked, shaded.</summary>
    public const uint Input = 2;

    /// <summary>An input date: unlocked, shaded, shown as YYYY-MM-DD.</summary>
    public const uint InputDate = 3;

    /// <summary>A context date: locked, shown as YYYY-MM-DD.</summary>
    public const uint ContextDate = 4;

    /// <summary>Text that wraps: the instructions.</summary>
    public const uint Wrapped = 5;

    private const uint DateFormat = 164;

    public static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9D9D9"),
            Solid("FFFFF2CC")) { Count = 4 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            Unlocked(new CellFormat { FillId = 3, ApplyFill = true }),
            Unlocked(new CellFormat { FillId = 3, ApplyFill = true, NumberFormatId = DateFormat, ApplyNumberFormat = true }),
            new CellFormat { NumberFormatId = DateFormat, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true }) { Count = 6 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) }) { PatternType = PatternValues.Solid });

    private static CellFormat Unlocked(CellFormat format)
    {
        format.ApplyProtection = true;
        format.Append(new Protection { Locked = false });
        return format;
    }
}

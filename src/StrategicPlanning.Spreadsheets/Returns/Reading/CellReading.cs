using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using StrategicPlanning.Calendar;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// Turns cells into values the way Excel's users type them: numbers as numbers or as text (<c>"1,234"</c>,
/// <c>" 12 "</c>, <c>"42%"</c>), percentages shown with a % format, formulas by their cached value, dates as serial
/// numbers, ISO cells or text (<c>2024-12-31</c>, <c>31/12/2024</c>, <c>31 December 2024</c>). Numbers are read from
/// their stored digits into decimals, never through a double, and rounded to the 15 significant digits Excel keeps,
/// so a typed 0.1 is 0.1 exactly and a formula's 0.30000000000000004 is 0.3. Each failure is a sentence for the person
/// who filled the return in.
/// </summary>
internal static partial class CellReading
{
    private static readonly string[] DatePatterns = ["uuuu-MM-dd", "dd/MM/uuuu", "d/M/uuuu", "d MMMM uuuu", "d MMM uuuu", "dd-MMM-uuuu", "d-MMM-uuuu", "dd.MM.uuuu"];

    /// <summary>The text of a cell, trimmed (non-breaking spaces too); null for a blank one.</summary>
    public static string? Text(GridCell? cell)
    {
        if (cell is not { } value)
        {
            return null;
        }

        var text = value.Text.Trim().Trim('\u00A0', '\u202F', '\u2007').Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// Reads a number. A percentage (a cell formatted as % holding 0.42, or the text "42%") is read as the unit says:
    /// 42 when <paramref name="percentUnit"/> (the measure's unit is a percentage), else 0.42.
    /// </summary>
    public static bool TryNumber(GridCell cell, bool percentUnit, out decimal value, out string? error)
    {
        value = 0;
        var text = Text(cell)!;
        switch (cell.Kind)
        {
            case CellKind.Number:
                if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                {
                    error = $"'{text}' is not a number a plan can hold.";
                    return false;
                }

                value = Excel(value);
                if (cell.Percent && percentUnit)
                {
                    value = Normal(value * 100);
                }

                error = null;
                return true;
            case CellKind.Error:
                error = $"'{text}' is an error value, not a number; correct the formula or leave the cell blank for no data.";
                return false;
            case CellKind.Formula:
                error = $"the formula '{text}' has no saved result; open and save the workbook in Excel or LibreOffice so its value is saved, or type the number.";
                return false;
            case CellKind.Boolean or CellKind.Date:
                error = $"'{text}' is not a number; leave it blank for no data.";
                return false;
        }

        var percent = text.EndsWith('%');
        var digits = (percent ? text[..^1] : text).Trim().Replace('\u2212', '-');
        if (ThousandsPattern().IsMatch(digits))
        {
            digits = digits.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        if (!PlainPattern().IsMatch(digits) || !decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            error = digits.Contains(',', StringComparison.Ordinal) && !digits.Contains('.', StringComparison.Ordinal)
                ? $"'{text}' is not a number; write decimals with a point (1.5), or leave it blank for no data."
                : $"'{text}' is not a number; leave it blank for no data.";
            return false;
        }

        if (percent && !percentUnit)
        {
            value /= 100;
        }

        value = Normal(value);
        error = null;
        return true;
    }

    /// <summary>Reads a date: a serial number (1900 or 1904 date system), an ISO date cell, or text in one of the usual forms.</summary>
    public static bool TryDate(GridCell cell, bool date1904, out LocalDate date, out string? error)
    {
        date = default;
        var text = Text(cell)!;
        if (cell.Kind == CellKind.Number)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || serial < 1 || serial > 2_958_465)
            {
                error = $"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2024-12-31.";
                return false;
            }

            var days = (int)Math.Floor(serial);
            // Excel's 1900 system counts a 29 February 1900 that never was: serials from 61 are one day ahead.
            date = date1904 ? new LocalDate(1904, 1, 1).PlusDays(days) : days < 61 ? new LocalDate(1899, 12, 31).PlusDays(days) : new LocalDate(1899, 12, 30).PlusDays(days);
        }
        else
        {
            var candidate = cell.Kind == CellKind.Date && text.Length >= 10 ? text[..10] : text;
            var parsed = DatePatterns.Select(p => LocalDatePattern.Create(p, CultureInfo.InvariantCulture).Parse(candidate)).FirstOrDefault(r => r.Success);
            if (parsed is null)
            {
                error = $"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2024-12-31.";
                return false;
            }

            date = parsed.Value;
        }

        if (!AsOfDates.IsSupported(date))
        {
            error = $"'{text}' is outside the dates a plan holds, {AsOfDates.Range}.";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Reads a whole number (a likelihood, an impact).</summary>
    public static bool TryWhole(GridCell cell, out int value, out string? error)
    {
        value = 0;
        if (!TryNumber(cell with { Percent = false }, percentUnit: true, out var number, out error))
        {
            return false;
        }

        if (number != decimal.Truncate(number) || number is < int.MinValue or > int.MaxValue)
        {
            error = $"'{Text(cell)}' is not a whole number.";
            return false;
        }

        value = (int)number;
        return true;
    }

    /// <summary>Rounds a number read from a workbook to the 15 significant digits Excel keeps, dropping a double's noise.</summary>
    internal static decimal Excel(decimal value)
    {
        if (value == 0)
        {
            return 0;
        }

        var digits = (int)Math.Floor(Math.Log10((double)Math.Abs(value))) + 1;
        var scale = 15 - digits;
        return scale is >= 0 and <= 28 ? Normal(Math.Round(value, scale, MidpointRounding.AwayFromZero)) : Normal(value);
    }

    /// <summary>The number without trailing zeros (42.00 is 42).</summary>
    internal static decimal Normal(decimal value) => value / 1.0000000000000000000000000000m;

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsPattern();

    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainPattern();
}

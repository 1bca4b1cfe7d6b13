using System.Globalization;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// The limits that keep reading a return bounded in memory and time whatever the file holds (a zip bomb, a sheet of a
/// million rows): a file beyond them is refused with a message that gives the limit, never read in part.
/// </summary>
internal static class ReturnLimits
{
    /// <summary>The largest return file read: 32 MiB (a return of 10,000 rows is well under 2 MiB).</summary>
    public const int MaxFileBytes = 32 * 1024 * 1024;

    /// <summary>The most characters any one part of a workbook may unpack to (a guard against zip bombs).</summary>
    public const long MaxCharactersInPart = 100_000_000;

    /// <summary>The most rows read from one sheet or CSV file.</summary>
    public const int MaxRows = 200_000;

    /// <summary>The most non-blank cells read from one sheet or CSV file.</summary>
    public const int MaxCells = 4_000_000;

    /// <summary>The most sheets a workbook may have.</summary>
    public const int MaxSheets = 256;

    /// <summary>The most shared strings a workbook may have.</summary>
    public const int MaxSharedStrings = 1_000_000;

    /// <summary>The most characters all shared strings together may hold.</summary>
    public const int MaxSharedStringCharacters = 32_000_000;

    /// <summary>The longest text one cell may hold: Excel's own limit.</summary>
    public const int MaxCellCharacters = 32_767;

    /// <summary>The most rows searched for a sheet's header row.</summary>
    public const int HeaderSearchRows = 20;

    /// <summary>A count in words for messages, with thousands separated.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

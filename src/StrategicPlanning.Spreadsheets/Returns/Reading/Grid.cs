namespace StrategicPlanning.Spreadsheets;

/// <summary>What a cell holds, as the file stored it.</summary>
internal enum CellKind
{
    /// <summary>A number (a date is a number too, in a workbook).</summary>
    Number,

    /// <summary>Text: a shared or inline string, a formula's text result, or any CSV field.</summary>
    Text,

    /// <summary>TRUE or FALSE.</summary>
    Boolean,

    /// <summary>An error value such as <c>#N/A</c>.</summary>
    Error,

    /// <summary>An ISO 8601 date cell (<c>t="d"</c>).</summary>
    Date,

    /// <summary>A formula with no saved result (as a program that does not compute writes it); the text is the formula.</summary>
    Formula,
}

/// <summary>One non-blank cell: its kind, its text as stored (a number in invariant form) and whether it is formatted as a percentage.</summary>
internal readonly record struct GridCell(CellKind Kind, string Text, bool Percent);

/// <summary>One row of a sheet or CSV file: its number (the sheet's row number, the CSV file's line) and its non-blank cells by 1-based column.</summary>
internal sealed class GridRow(int number, Dictionary<int, GridCell> cells)
{
    public int Number { get; } = number;

    public IReadOnlyDictionary<int, GridCell> Cells { get; } = cells;

    public GridCell? this[int column] => column > 0 && Cells.TryGetValue(column, out var cell) ? cell : null;
}

/// <summary>
/// A table of cells read lazily, one row at a time, so memory stays bounded whatever the size of the sheet: a worksheet
/// of a workbook or a CSV file. Reading throws <see cref="ReturnReadException"/> when the input breaks a limit or is malformed.
/// </summary>
internal abstract class Grid
{
    /// <summary>Gets the sheet's name, or the CSV file's.</summary>
    public abstract string Name { get; }

    /// <summary>Gets a value indicating whether date serial numbers count from 1904 (a workbook setting).</summary>
    public virtual bool Date1904 => false;

    /// <summary>Reads the rows, in order, skipping rows with no cell.</summary>
    public abstract IEnumerable<GridRow> Rows();

    /// <summary>Where a cell is, in the words of its format: <c>Measures!G7</c> or <c>line 7, column 4 (Actual)</c>.</summary>
    public abstract string Place(int row, int column, string? header);

    /// <summary>Where a row is: <c>Measures!7:7</c> or <c>line 7</c>.</summary>
    public abstract string RowPlace(int row);
}

/// <summary>The input cannot be read as a return (malformed, too large); the message says why and where.</summary>
internal sealed class ReturnReadException(string message) : Exception(message);

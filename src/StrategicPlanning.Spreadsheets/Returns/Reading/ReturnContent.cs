namespace StrategicPlanning.Spreadsheets;

/// <summary>The three tables a return has, each found by its id column's header.</summary>
internal enum TableKind
{
    /// <summary>Measures: actuals and their commentary.</summary>
    Measures,

    /// <summary>Actions: updates.</summary>
    Actions,

    /// <summary>Risks: assessments.</summary>
    Risks,
}

/// <summary>One identity value of a return and where it was read.</summary>
internal sealed record IdentityValue(string? Value, string Place);

/// <summary>One data row of a table: its number and the cells of the columns import reads, in <see cref="FilledTable.Headers"/> order.</summary>
internal sealed record ReturnRow(int Number, GridCell?[] Cells);

/// <summary>A table found in a sheet or CSV file: its kind, the columns import reads (null when absent) and its data rows.</summary>
internal sealed class FilledTable(TableKind kind, Grid grid, string[] headers, int[] columns)
{
    public TableKind Kind { get; } = kind;

    public Grid Grid { get; } = grid;

    /// <summary>Gets the headers of the columns read, as <see cref="ReturnLayout"/> spells them.</summary>
    public string[] Headers { get; } = headers;

    /// <summary>Gets each read column's 1-based number in the sheet, 0 when the sheet has no such column.</summary>
    public int[] Columns { get; } = columns;

    public List<ReturnRow> Rows { get; } = [];

    /// <summary>Where the cell of read column <paramref name="index"/> in <paramref name="row"/> is.</summary>
    public string Place(ReturnRow row, int index) => Grid.Place(row.Number, Columns[index], Headers[index]);
}

/// <summary>What one return file holds, before it is checked against the plan: its identity, its tables and what went wrong reading it.</summary>
internal sealed class ReturnContent(string source)
{
    public string Source { get; } = source;

    /// <summary>Gets the identity values by key (<see cref="ReturnLayout.PlanKey"/>, …).</summary>
    public Dictionary<string, IdentityValue> Identity { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<FilledTable> Tables { get; } = [];

    /// <summary>Gets or sets why the whole file cannot be used, or null.</summary>
    public string? Refusal { get; set; }

    /// <summary>Gets problems with single cells or rows, each with its place.</summary>
    public List<(string? Place, string Message, bool Warning)> Problems { get; } = [];
}

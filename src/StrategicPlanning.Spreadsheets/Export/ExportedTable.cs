using NodaTime;

namespace StrategicPlanning.Spreadsheets;

/// <summary>What <see cref="OpenData"/> wrote: which table, at which date, and how many rows under its header.</summary>
/// <remarks>An immutable record.</remarks>
public sealed record ExportedTable
{
    /// <summary>Gets the table written.</summary>
    public required OpenDataTable Table { get; init; }

    /// <summary>Gets the date the table shows the plan at.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets the column names, in the order written (the header row).</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>Gets the number of rows written below the header.</summary>
    public required long Rows { get; init; }
}

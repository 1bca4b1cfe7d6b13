namespace StrategicPlanning.Spreadsheets;

/// <summary>Something wrong with a return, with its place so the person who filled it in can find it.</summary>
/// <param name="Source">The return's name (<see cref="ReturnSource.Name"/>).</param>
/// <param name="Place">
/// Where in the return: a cell of a workbook (<c>Measures!G7</c>), a row (<c>Measures!7:7</c>), a line and column of a
/// CSV file (<c>line 7, column 4 (Actual)</c>); null when the problem is with the whole file.
/// </param>
/// <param name="Severity">Whether the return is refused, the import stopped, or only warned.</param>
/// <param name="Message">What is wrong and what to do, in words.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReturnProblem(string Source, string? Place, ReturnProblemSeverity Severity, string Message)
{
    /// <summary>Returns the problem as one line: <c>q3.xlsx: Measures!G7: 'n/a' is not a number; leave it blank for no data.</c></summary>
    /// <returns>The problem as text.</returns>
    public override string ToString() => Place is null ? $"{Source}: {Message}" : $"{Source}: {Place}: {Message}";
}

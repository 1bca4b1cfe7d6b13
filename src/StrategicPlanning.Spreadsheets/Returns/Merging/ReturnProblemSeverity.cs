namespace StrategicPlanning.Spreadsheets;

/// <summary>How serious a <see cref="ReturnProblem"/> is.</summary>
public enum ReturnProblemSeverity
{
    /// <summary>The whole return is refused and nothing in it is used: it is not a return, cannot be read, is too large, or is for another plan or quarter.</summary>
    Refused = 1,

    /// <summary>A cell or row cannot be imported (not a number, an unknown id, a conflict); the import writes nothing until it is corrected.</summary>
    Error = 2,

    /// <summary>Worth knowing, but the import goes ahead (the return was made from another version of the document, commentary without an actual).</summary>
    Warning = 3,
}

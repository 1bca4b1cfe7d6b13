namespace StrategicPlanning.Cli;

/// <summary>The JSON shape of <c>splan import --format json</c>: what the returns changed, what was wrong with them, and whether the plan was written.</summary>
internal sealed record ImportReport(
    string File,
    string Out,
    bool Written,
    string Plan,
    string? Quarter,
    IReadOnlyList<string> Returns,
    ImportSummary Summary,
    IReadOnlyList<ImportChange> Changes,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<ImportValidationError> ValidationErrors);

/// <summary>Counts of the change log and of the problems.</summary>
internal sealed record ImportSummary(int Added, int Changed, int Unchanged, int Refused, int Errors, int Warnings);

/// <summary>One line of the change log.</summary>
internal sealed record ImportChange(string Kind, string Item, string Id, string When, string? Old, string New, string Source, string Place);

/// <summary>A problem with a return, with its place (null for the whole file).</summary>
internal sealed record ImportProblem(string Severity, string Source, string? Place, string Message);

/// <summary>A validation error of the merged document, which stops it being written.</summary>
internal sealed record ImportValidationError(string Code, string Path, string Message);

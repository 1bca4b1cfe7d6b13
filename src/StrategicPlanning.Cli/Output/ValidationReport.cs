namespace StrategicPlanning.Cli;

/// <summary>The JSON shape of <c>splan validate --format json</c> (docs/cli.md).</summary>
internal sealed record ValidationReport(string File, bool Readable, bool Valid, ValidationSummary Summary, IReadOnlyList<ReportedIssue> Issues);

/// <summary>How many issues of each severity.</summary>
internal sealed record ValidationSummary(int Errors, int Warnings, int Info);

/// <summary>
/// One issue: a validation issue (with a code, its area and its rule ids) or a read error (kind "read", code and area
/// null, rules "VAL-4").
/// </summary>
internal sealed record ReportedIssue(
    string Kind,
    string? Code,
    string Severity,
    string? Area,
    string Rules,
    string Path,
    int? Line,
    int? Column,
    string Message);

namespace StrategicPlanning.Cli;

/// <summary>The JSON shape of <c>splan validate --format json</c> (docs/cli.md).</summary>
internal sealed record ValidationReport(string File, bool Readable, bool Valid, ValidationSummary Summary, IReadOnlyList<ReportedIssue> Issues);

/// <summary>How many issues of each severity.</summary>
internal sealed record ValidationSummary(int Errors, int Warnings, int Info);

/// <summary>One issue: a validation issue (with a code) or a read error (code null, kind "read").</summary>
internal sealed record ReportedIssue(
    string Kind,
    string? Code,
    string Severity,
    string? Area,
    string? Rules,
    string Path,
    int? Line,
    int? Column,
    string Message);

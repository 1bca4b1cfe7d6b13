using System.CommandLine;
using System.Text.Json;
using StrategicPlanning.Json;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Cli;

/// <summary>
/// <c>splan validate FILE [--format text|json]</c>: every read error or validation issue with code, severity,
/// JSON path, line, column and message. Exit 0 valid, 1 errors found, 2 unreadable input.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(SplanConsole console)
    {
        var output = console.Output;
        var file = CommonOptions.File();
        var format = CommonOptions.Format();
        var command = new Command("validate", "Check a plan document against every rule; list each issue with its code, severity, path and message.")
        {
            file,
            format,
        };
        command.SetAction(parsed => Run(parsed.GetValue(file)!, parsed.GetValue(format), console));
        return command;
    }

    private static int Run(string path, OutputFormat format, SplanConsole console)
    {
        var output = console.Output;
        var file = DocumentFile.Load(path, console, out var failure);
        if (file is null)
        {
            console.Error.WriteLine(TerminalText.Safe(failure!));
            return ExitCodes.Unusable;
        }

        var report = Build(file);
        if (format == OutputFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Output.ValidationReport));
        }
        else
        {
            ValidationText.Write(output, report);
        }

        return !report.Readable ? ExitCodes.Unusable : report.Valid ? ExitCodes.Success : ExitCodes.IssuesFound;
    }

    private static ValidationReport Build(DocumentFile file)
    {
        var name = Path.GetFileName(file.Path);
        if (!file.Result.Succeeded)
        {
            var errors = file.Result.Errors
                .Select(e => new ReportedIssue("read", null, "error", null, "VAL-4", e.Path, e.Location?.Line, e.Location?.Column, e.Message))
                .ToList();
            return new ValidationReport(name, false, false, new ValidationSummary(errors.Count, 0, 0), errors);
        }

        var result = PlanValidator.Validate(file.Result.Document);
        var locations = PlanJson.Locate(file.Bytes, result.Issues.Select(i => i.Path));
        var issues = result.Issues.Select(i =>
        {
            var at = locations.TryGetValue(i.Path, out var location) ? location : (JsonLocation?)null;
            return new ReportedIssue("validation", i.Code, Word(i.Severity), Camel(i.Area.ToString()), i.RuleIds, i.Path, at?.Line, at?.Column, i.Message);
        }).ToList();
        var summary = new ValidationSummary(
            issues.Count(i => i.Severity == "error"),
            issues.Count(i => i.Severity == "warning"),
            issues.Count(i => i.Severity == "info"));
        return new ValidationReport(name, true, result.IsValid, summary, issues);
    }

    private static string Word(ValidationSeverity severity) => severity switch
    {
        ValidationSeverity.Error => "error",
        ValidationSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

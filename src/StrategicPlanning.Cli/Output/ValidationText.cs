using System.Globalization;

namespace StrategicPlanning.Cli;

/// <summary>The readable form of a validation report: a summary line, then each issue on two lines.</summary>
internal static class ValidationText
{
    public static void Write(TextWriter output, ValidationReport report)
    {
        output.WriteLine(Headline(report));
        foreach (var issue in report.Issues)
        {
            var at = issue.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}, column {issue.Column}") : "position unknown";
            output.WriteLine($"{issue.Severity,-7} {issue.Code ?? "read",-6}  {at,-22}  {TerminalText.Safe(issue.Path)}");
            output.WriteLine($"        {TerminalText.Safe(issue.Message)}");
        }
    }

    private static string Headline(ValidationReport report)
    {
        var s = report.Summary;
        if (!report.Readable)
        {
            return $"{report.File}: cannot be read as a plan document ({Count(s.Errors, "error")}).";
        }

        return s.Errors + s.Warnings + s.Info == 0
            ? $"{report.File}: valid, no issues."
            : $"{report.File}: {(report.Valid ? "valid" : "not valid")}: {Count(s.Errors, "error")}, {Count(s.Warnings, "warning")}, {Count(s.Info, "information", "information")}.";
    }

    private static string Count(int n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");
}

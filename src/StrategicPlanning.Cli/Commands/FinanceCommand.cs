using System.CommandLine;
using System.Text.Json;
using StrategicPlanning.Finance;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Cli;

/// <summary>
/// <c>splan finance FILE [--year FY] [--format text|json]</c>: money against priorities (FIN-1..7) with the finance
/// issues. Exit 0 no finance errors, 1 finance errors (FIN-3 and others), 2 unreadable input or an unknown year.
/// </summary>
internal static class FinanceCommand
{
    public static Command Create(TextWriter output)
    {
        var file = CommonOptions.File();
        var year = new Option<string>("--year") { Description = "One financial year of the MTFS, e.g. 2024/25; all years and the horizon when left out." };
        var format = CommonOptions.Format();
        var command = new Command("finance", "Is the money following the priorities? Budget lines against allocations, money by theme, savings, and issues.")
        {
            file,
            year,
            format,
        };
        command.SetAction(parsed =>
        {
            var error = parsed.InvocationConfiguration.Error;
            var document = DocumentFile.LoadDocument(parsed.GetValue(file)!, error, out var exit);
            if (document is null)
            {
                return exit;
            }

            var report = FinanceRules.Evaluate(document).GetValueOrThrow(); // finance never refuses a document (FIN-3: unplaceable allocations are issues)
            YearAlignment? only = null;
            if (parsed.GetValue(year) is { } text)
            {
                only = document.Calendar.TryParse(text, out var label, out _) ? report.For(label) : null;
                if (only is null)
                {
                    error.WriteLine(TerminalText.Safe($"--year '{text}' is not one of the MTFS years ({string.Join(", ", report.Years)})."));
                    return ExitCodes.Unusable;
                }
            }

            if (parsed.GetValue(format) == OutputFormat.Json)
            {
                output.WriteLine(JsonSerializer.Serialize(FinanceOutput.Json(report, only), CliJsonContext.Output.FinanceReport));
            }
            else
            {
                FinanceOutput.Text(output, document.FinancialStrategy?.Title, report, only);
            }

            return report.Issues.Any(i => i.Severity == ValidationSeverity.Error) ? ExitCodes.IssuesFound : ExitCodes.Success;
        });
        return command;
    }
}

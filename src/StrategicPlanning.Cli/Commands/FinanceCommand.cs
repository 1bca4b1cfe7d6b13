using System.CommandLine;
using System.Text.Json;
using StrategicPlanning.Finance;

namespace StrategicPlanning.Cli;

/// <summary>
/// <c>splan finance FILE [--year FY] [--format text|json]</c>: money against priorities (FIN-1..7) with the finance
/// warnings and information. Exit 0 analysed, 1 errors in the money, plan or calendar (listed, nothing else printed),
/// 2 unreadable input or an unknown year.
/// </summary>
internal static class FinanceCommand
{
    public static Command Create(SplanConsole console)
    {
        var output = console.Output;
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
            var path = parsed.GetValue(file)!;
            var document = DocumentFile.LoadDocument(path, console, out var exit);
            if (document is null)
            {
                return exit;
            }

            var result = FinanceRules.Evaluate(document);
            if (!result.Succeeded)
            {
                return DocumentFile.Refused(error, path, "the money cannot be analysed", result.Errors);
            }

            var report = result.Value;
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

            return ExitCodes.Success;
        });
        return command;
    }
}

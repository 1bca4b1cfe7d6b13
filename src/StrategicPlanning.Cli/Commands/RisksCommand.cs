using System.CommandLine;
using System.Text.Json;
using StrategicPlanning.Cli.Output;
using StrategicPlanning.Risks;

namespace StrategicPlanning.Cli.Commands;

/// <summary>
/// <c>splan risks FILE --as-of DATE [--format text|json]</c>: the register sorted by current score with band, trend,
/// appetite and review status, and heat maps (RSK-1..9). Exit 0 evaluated, 1 errors in the register, 2 unreadable.
/// </summary>
internal static class RisksCommand
{
    public static Command Create(TextWriter output)
    {
        var file = CommonOptions.File();
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format();
        var command = new Command("risks", "The Strategic Risk Register at a date: threats and opportunities by score, appetite, review status and heat maps.")
        {
            file,
            asOf,
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

            var result = RiskRegisterEvaluator.Evaluate(document, parsed.GetValue(asOf));
            if (!result.Succeeded)
            {
                error.WriteLine($"{Path.GetFileName(parsed.GetValue(file))}: the risk register cannot be evaluated: {result.Errors.Count} error(s). Run 'splan validate' for every issue.");
                foreach (var issue in result.Errors)
                {
                    error.WriteLine(TerminalText.Safe(issue.ToString()));
                }

                return ExitCodes.IssuesFound;
            }

            if (parsed.GetValue(format) == OutputFormat.Json)
            {
                output.WriteLine(JsonSerializer.Serialize(RisksOutput.Json(result.Profile), CliJsonContext.Output.RisksReport));
            }
            else
            {
                RisksOutput.Text(output, result.Profile);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using System.Text.Json;
using StrategicPlanning.Cli.Output;
using StrategicPlanning.Reviews;

namespace StrategicPlanning.Cli.Commands;

/// <summary>
/// <c>splan reviews FILE --as-of DATE [--format text|json]</c>: the review schedule, cadence breaches, quarterly and
/// annual report status and stale items (REV-1..7). Exit 0 evaluated, 1 errors in the review cycle, 2 unreadable.
/// </summary>
internal static class ReviewsCommand
{
    public static Command Create(TextWriter output)
    {
        var file = CommonOptions.File();
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format();
        var command = new Command("reviews", "Check 'at least every three months': the schedule, breaches, quarterly and annual reports, and stale items.")
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

            var result = ReviewCompliance.Evaluate(document, parsed.GetValue(asOf));
            if (!result.Succeeded)
            {
                error.WriteLine($"{Path.GetFileName(parsed.GetValue(file))}: the review cycle cannot be evaluated: {result.Errors.Count} error(s). Run 'splan validate' for every issue.");
                foreach (var issue in result.Errors)
                {
                    error.WriteLine(TerminalText.Safe(issue.ToString()));
                }

                return ExitCodes.IssuesFound;
            }

            if (parsed.GetValue(format) == OutputFormat.Json)
            {
                output.WriteLine(JsonSerializer.Serialize(ReviewsOutput.Json(result.Report), CliJsonContext.Output.ReviewsReport));
            }
            else
            {
                ReviewsOutput.Text(output, result.Report);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

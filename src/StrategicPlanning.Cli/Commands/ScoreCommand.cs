using System.CommandLine;
using System.Text.Json;

namespace StrategicPlanning.Cli;

/// <summary>
/// <c>splan score FILE --as-of DATE [--format text|json] [--as-reported]</c>: theme-level scores (AGG-1..9). JSON
/// output is the documented score output contract. Exit 0 scored, 1 errors in what scoring reads (on standard error), 2 unreadable.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(SplanConsole console)
    {
        var output = console.Output;
        var file = CommonOptions.File();
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format();
        var asReported = CommonOptions.AsReported();
        var command = new Command("score", "Score the plan, its themes and outcomes at a date: score, RAG, coverage, counts and measures meeting target.")
        {
            file,
            asOf,
            format,
            asReported,
        };
        command.SetAction(parsed =>
        {
            var scorecard = ScoringInput.Load(parsed.GetValue(file)!, parsed.GetValue(asOf), parsed.GetValue(asReported), console, out var exit);
            if (scorecard is null)
            {
                return exit;
            }

            if (parsed.GetValue(format) == OutputFormat.Json)
            {
                output.WriteLine(JsonSerializer.Serialize(ScoreJson.Build(scorecard), CliJsonContext.Output.ScoreReport));
            }
            else
            {
                ScoreText.Write(output, scorecard);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

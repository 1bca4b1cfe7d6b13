using System.CommandLine;

namespace StrategicPlanning.Cli;

/// <summary>
/// <c>splan explain FILE --as-of DATE --node ID [--as-reported]</c>: why the plan, a theme or an outcome has its
/// score and RAG, or what a measure or action counts as (AGG-7).
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(SplanConsole console)
    {
        var output = console.Output;
        var file = CommonOptions.File();
        var asOf = CommonOptions.AsOf();
        var node = new Option<string>("--node") { Description = "The id of the plan, a theme, an outcome, a measure or an action.", Required = true };
        var asReported = CommonOptions.AsReported();
        var command = new Command("explain", "Explain in words why a theme or outcome has its score and RAG, or what a measure or action counts as.")
        {
            file,
            asOf,
            node,
            asReported,
        };
        command.SetAction(parsed =>
        {
            var error = parsed.InvocationConfiguration.Error;
            var scorecard = ScoringInput.Load(parsed.GetValue(file)!, parsed.GetValue(asOf), parsed.GetValue(asReported), console, out var exit);
            if (scorecard is null)
            {
                return exit;
            }

            var id = parsed.GetValue(node)!;
            if (scorecard.Explain(id) is not { } explanation)
            {
                error.WriteLine(TerminalText.Safe($"Nothing on the scorecard has the id '{id}': give the id of the plan, a theme, an outcome, a measure, or an action of a delivery plan that counts at that date."));
                return ExitCodes.Unusable;
            }

            output.WriteLine(TerminalText.SafeLines(explanation));
            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using System.Text.Json;
using StrategicPlanning.Risks;

namespace StrategicPlanning.Cli;

/// <summary>
/// <c>splan risks FILE --as-of DATE [--format text|json]</c>: the register sorted by current score with band, trend,
/// appetite and review status, and heat maps (RSK-1..9). Exit 0 evaluated, 1 errors in the register, 2 unreadable.
/// </summary>
internal static class RisksCommand
{
    public static Command Create(SplanConsole console) => EvaluationCommand.Create(
        "risks",
        "The Strategic Risk Register at a date: threats and opportunities by score, appetite, review status and heat maps.",
        "the risk register",
        console,
        RiskRules.Evaluate,
        static profile => JsonSerializer.Serialize(RisksOutput.Json(profile), CliJsonContext.Output.RisksReport),
        RisksOutput.Text);
}

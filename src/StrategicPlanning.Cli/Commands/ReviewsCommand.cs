using System.CommandLine;
using System.Text.Json;
using StrategicPlanning.Reviews;

namespace StrategicPlanning.Cli;

/// <summary>
/// <c>splan reviews FILE --as-of DATE [--format text|json]</c>: the review schedule, cadence breaches, quarterly and
/// annual report status and stale items (REV-1..7). Exit 0 evaluated, 1 errors in the review cycle, 2 unreadable.
/// </summary>
internal static class ReviewsCommand
{
    public static Command Create(SplanConsole console) => EvaluationCommand.Create(
        "reviews",
        "Check 'at least every three months': the schedule, breaches, quarterly and annual reports, and stale items.",
        "the review cycle",
        console,
        ReviewRules.Evaluate,
        static report => JsonSerializer.Serialize(ReviewsOutput.Json(report), CliJsonContext.Output.ReviewsReport),
        ReviewsOutput.Text);
}

using StrategicPlanning.Aggregation;
using StrategicPlanning.Cli.Output;

namespace StrategicPlanning.Cli.Commands;

/// <summary>Loads a file and scores it for <c>score</c> and <c>explain</c>, reporting what stops it on standard error.</summary>
internal static class ScoringInput
{
    /// <summary>Returns the scorecard, or null with the exit code to use.</summary>
    public static Scorecard? Load(string path, NodaTime.LocalDate asOf, bool asReported, TextWriter error, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        var file = DocumentFile.Load(path, out var failure);
        if (file is null)
        {
            error.WriteLine(failure);
            exitCode = ExitCodes.Unusable;
            return null;
        }

        if (!file.Result.Succeeded)
        {
            error.WriteLine($"{Path.GetFileName(path)}: cannot be read as a plan document.");
            foreach (var readError in file.Result.Errors)
            {
                error.WriteLine(TerminalText.Safe(readError.ToString()));
            }

            exitCode = ExitCodes.Unusable;
            return null;
        }

        var options = ScoringOptions.Default with
        {
            Measures = MeasureEvaluationOptions.Default with { Basis = asReported ? TargetBasis.AsReported : TargetBasis.AsRestated },
        };
        var result = Scorecard.Compute(file.Result.Document, asOf, options);
        if (result.Succeeded)
        {
            return result.Scorecard;
        }

        error.WriteLine($"{Path.GetFileName(path)}: cannot be scored: {result.Errors.Count} error(s) in what scoring reads. Run 'splan validate' for every issue.");
        foreach (var issue in result.Errors)
        {
            error.WriteLine(TerminalText.Safe(issue.ToString()));
        }

        exitCode = ExitCodes.IssuesFound;
        return null;
    }
}

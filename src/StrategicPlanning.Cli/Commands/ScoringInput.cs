using System.Globalization;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Measures;

namespace StrategicPlanning.Cli;

/// <summary>Loads a file and scores it for <c>score</c>, <c>explain</c> and <c>compare</c>, reporting what stops it on standard error.</summary>
internal static class ScoringInput
{
    /// <summary>Returns the scorecard, or null with the exit code to use.</summary>
    public static Scorecard? Load(string path, NodaTime.LocalDate asOf, bool asReported, SplanConsole console, out int exitCode)
    {
        var document = DocumentFile.LoadDocument(path, console, out exitCode);
        return document is null ? null : Score(document, path, asOf, asReported, console, out exitCode);
    }

    /// <summary>Scores a document read from <paramref name="path"/>; returns the scorecard, or null with the exit code to use.</summary>
    public static Scorecard? Score(Model.PlanDocument document, string path, NodaTime.LocalDate asOf, bool asReported, SplanConsole console, out int exitCode)
    {
        var error = console.Error;
        exitCode = ExitCodes.Success;
        var options = ScoringOptions.Default with
        {
            Measures = MeasureEvaluationOptions.Default with { Basis = asReported ? TargetBasis.AsReported : TargetBasis.AsRestated },
        };
        var result = AggregationRules.Evaluate(document, asOf, options);
        if (result.Succeeded)
        {
            return result.Value;
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: cannot be scored: {result.Errors.Count} error(s) in what scoring reads. Run 'splan validate' for every issue."));
        foreach (var issue in result.Errors)
        {
            error.WriteLine(TerminalText.Safe(issue.ToString()));
        }

        exitCode = ExitCodes.IssuesFound;
        return null;
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using StrategicPlanning.Calendar;
using StrategicPlanning.Json;
using StrategicPlanning.Model;
using StrategicPlanning.Spreadsheets;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Cli;

/// <summary>
/// <c>splan import FILE RETURN… --out NEW.json [--replace] [--quarter Q] [--format text|json]</c>: merges filled-in
/// returns (XLSX or CSV) into the plan with <see cref="ReturnImport"/>, prints the change log, and writes the merged
/// plan only when nothing was refused, no cell or conflict is in error and the merged plan validates. Exit 0 written,
/// 1 errors in the returns or the merged plan (nothing written), 2 unreadable input, a refused return or a wrong command line.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(SplanConsole console)
    {
        var file = CommonOptions.File();
        var returns = new Argument<string[]>("RETURN") { Description = "The filled-in returns: workbooks (.xlsx) and CSV files, any number.", Arity = ArgumentArity.OneOrMore };
        var outFile = new Option<string>("--out") { Description = "Where to write the merged plan document; written only when the import has no error.", Required = true };
        var replace = new Option<bool>("--replace") { Description = "Replace a value the plan already has for a period or date with the return's (the change log shows the old one); without it, that is a conflict." };
        var quarter = new Option<string>("--quarter") { Description = "The quarter every return must be for, e.g. \"2024/25 Q3\"; by default the first return's." };
        var format = CommonOptions.Format();
        var command = new Command("import", "Merge filled-in returns (XLSX or CSV) into a plan document: new actuals, action updates and risk assessments, with a change log.")
        {
            file,
            returns,
            outFile,
            replace,
            quarter,
            format,
        };
        command.SetAction(parsed => Run(
            console,
            parsed.GetValue(file)!,
            parsed.GetValue(returns)!,
            parsed.GetValue(outFile)!,
            new ReturnImportOptions { Replace = parsed.GetValue(replace), Quarter = parsed.GetValue(quarter) },
            parsed.GetValue(format) == OutputFormat.Json));
        return command;
    }

    private static int Run(SplanConsole console, string path, string[] returnPaths, string outPath, ReturnImportOptions options, bool json)
    {
        var error = console.Error;
        foreach (var input in returnPaths.Prepend(path))
        {
            if (OutputFile.Check(outPath, input) is { } refused)
            {
                error.WriteLine(TerminalText.Safe(refused));
                return ExitCodes.Unusable;
            }
        }

        if (DocumentFile.LoadDocument(path, console, out var exit) is not { } document)
        {
            return exit;
        }

        var errors = PlanValidator.Validate(document).Errors;
        if (errors.Count > 0)
        {
            return DocumentFile.Refused(error, path, "no returns are merged into a plan with errors", errors);
        }

        if (options.Quarter is { } q && (!document.Calendar.TryParse(q, out var label, out _) || label.Kind != PeriodKind.Quarter))
        {
            error.WriteLine(TerminalText.Safe($"--quarter '{q}' is not a quarter such as \"2024/25 Q3\"."));
            return ExitCodes.Unusable;
        }

        var sources = new List<ReturnSource>();
        var returnConsole = console with { MaxInputBytes = ReturnSource.MaxBytes };
        foreach (var returnPath in returnPaths)
        {
            if (InputFile.Read(returnPath, returnConsole, out var failure) is not { } bytes)
            {
                error.WriteLine(TerminalText.Safe(failure!));
                return ExitCodes.Unusable;
            }

            sources.Add(new ReturnSource(Path.GetFileName(returnPath), bytes));
        }

        var result = ReturnImport.Merge(document, sources, options);
        var exitCode = result.AnyRefused ? ExitCodes.Unusable : result.Succeeded ? ExitCodes.Success : ExitCodes.IssuesFound;
        var written = false;
        if (exitCode == ExitCodes.Success)
        {
            // The change log goes first; OutputFile says 'Wrote FILE (N KB).' or why it could not write (exit 2).
            if (!json)
            {
                PrintLog(console.Output, document, result, sources.Count);
            }

            exitCode = OutputFile.Write(PlanJson.Write(result.Document), outPath, TextWriter.Null, error);
            written = exitCode == ExitCodes.Success;
        }
        else if (!json)
        {
            PrintLog(console.Output, document, result, sources.Count);
        }

        PrintProblems(error, result, json);
        if (json)
        {
            console.Output.WriteLine(JsonSerializer.Serialize(Report(path, outPath, written, document, result, sources), CliJsonContext.Output.ImportReport));
        }
        else if (!written && exitCode != ExitCodes.Success)
        {
            error.WriteLine(Headline(result, outPath));
        }

        return exitCode;
    }

    private static void PrintLog(TextWriter output, PlanDocument document, ReturnImportResult result, int count)
    {
        var summary = Summary(result);
        output.WriteLine(TerminalText.Safe(string.Create(
            CultureInfo.InvariantCulture,
            $"{count} return(s) for {document.Plan.Id}, {result.Quarter ?? "no quarter"}: {summary.Added} added, {summary.Changed} changed, {summary.Unchanged} unchanged.")));
        foreach (var change in result.Changes)
        {
            output.WriteLine(TerminalText.Safe($"  {change}    ({change.Source} {change.Place})"));
        }
    }

    private static void PrintProblems(TextWriter error, ReturnImportResult result, bool json)
    {
        if (json)
        {
            return;
        }

        foreach (var problem in result.Problems)
        {
            var severity = problem.Severity switch
            {
                ReturnProblemSeverity.Refused => "refused",
                ReturnProblemSeverity.Error => "error",
                _ => "warning",
            };
            error.WriteLine(TerminalText.Safe($"{severity}: {problem}"));
        }

        foreach (var issue in ValidationErrors(result))
        {
            error.WriteLine(TerminalText.Safe($"error: the merged plan: {issue}"));
        }
    }

    private static string Headline(ReturnImportResult result, string outPath)
    {
        var summary = Summary(result);
        return summary.Refused > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Nothing was written to {outPath}: {summary.Refused} return(s) refused.")
            : string.Create(CultureInfo.InvariantCulture, $"Nothing was written to {outPath}: {summary.Errors + ValidationErrors(result).Count} error(s); correct them (or use --replace for conflicts) and import again.");
    }

    private static IReadOnlyList<ValidationIssue> ValidationErrors(ReturnImportResult result) =>
        result.Problems.Any(p => p.Severity != ReturnProblemSeverity.Warning) ? [] : result.Validation.Errors;

    private static ImportSummary Summary(ReturnImportResult result) => new(
        result.Changes.Count(c => c.Kind == ReturnChangeKind.Added),
        result.Changes.Count(c => c.Kind == ReturnChangeKind.Changed),
        result.Changes.Count(c => c.Kind == ReturnChangeKind.Unchanged),
        result.Problems.Count(p => p.Severity == ReturnProblemSeverity.Refused),
        result.Problems.Count(p => p.Severity == ReturnProblemSeverity.Error),
        result.Problems.Count(p => p.Severity == ReturnProblemSeverity.Warning));

    private static ImportReport Report(string path, string outPath, bool written, PlanDocument document, ReturnImportResult result, List<ReturnSource> sources) => new(
        Path.GetFileName(path),
        outPath,
        written,
        document.Plan.Id,
        result.Quarter,
        [.. sources.Select(s => s.Name)],
        Summary(result),
        [.. result.Changes.Select(c => new ImportChange(CompareJson.Word(c.Kind), CompareJson.Word(c.Item), c.Id, c.When, c.Old, c.New, c.Source, c.Place))],
        [.. result.Problems.Select(p => new ImportProblem(CompareJson.Word(p.Severity), p.Source, p.Place, p.Message))],
        [.. ValidationErrors(result).Select(i => new ImportValidationError(i.Code, i.Path, i.Message))]);
}

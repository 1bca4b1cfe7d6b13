using System.CommandLine;
using System.Globalization;
using StrategicPlanning.Calendar;
using StrategicPlanning.Spreadsheets;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Cli;

/// <summary>
/// <c>splan return FILE --quarter Q [--owner NAME] [--format xlsx|csv] --out PATH</c>: the quarterly return of
/// StrategicPlanning.Spreadsheets, as one XLSX workbook or three CSV files (PATH-measures.csv, PATH-actions.csv,
/// PATH-risks.csv). Exit 0 written, 1 the document has validation errors (no return is written from an invalid plan),
/// 2 unreadable input, a bad quarter, an owner who owns nothing in the quarter, or an unwritable output.
/// </summary>
internal static class ReturnCommand
{
    private static readonly string[] CsvParts = ["measures", "actions", "risks"];

    public static Command Create(SplanConsole console)
    {
        var file = CommonOptions.File();
        var quarter = new Option<string>("--quarter") { Description = "The quarter, e.g. \"2024/25 Q3\" (\"2024 Q3\" where the council's year starts in January).", Required = true };
        var owner = new Option<string>("--owner") { Description = "Only the measures, actions and risks of this owner (case ignored); one return for everyone when left out." };
        var format = new Option<string>("--format") { Description = "xlsx (the default): one workbook; csv: three files, PATH-measures.csv, PATH-actions.csv and PATH-risks.csv.", HelpName = "xlsx|csv" };
        format.AcceptOnlyFromAmong("xlsx", "csv");
        var outFile = new Option<string>("--out") { Description = "Where to write: the workbook (RETURN.xlsx), or for csv the start of the three file names.", Required = true };
        var command = new Command("return", "Write the quarterly return for service leads to fill in: their measures, actions and risks, as XLSX (or CSV).") { file, quarter, owner, format, outFile };
        command.SetAction(parsed =>
        {
            var error = console.Error;
            var path = parsed.GetValue(file)!;
            var csv = parsed.GetValue(format) == "csv";
            var outPaths = OutPaths(parsed.GetValue(outFile)!, csv);
            foreach (var outPath in outPaths)
            {
                if (OutputFile.Check(outPath, path) is { } refused)
                {
                    error.WriteLine(TerminalText.Safe(refused));
                    return ExitCodes.Unusable;
                }
            }

            var document = DocumentFile.LoadDocument(path, console, out var exit);
            if (document is null)
            {
                return exit;
            }

            var text = parsed.GetValue(quarter)!;
            if (PeriodInput.Read(document, path, text, "--quarter", PeriodKind.Quarter, "a quarter such as \"2024/25 Q3\"", "no return is written from a plan with errors", error, out var label) is { } refusedExit)
            {
                return refusedExit;
            }

            if (!QuarterlyReturn.IsWritable(document.Calendar, label))
            {
                error.WriteLine(TerminalText.Safe($"--quarter '{text}' cannot be written: its days must fall in {AsOfDates.Range}."));
                return ExitCodes.Unusable;
            }

            var options = new ReturnOptions { Owner = parsed.GetValue(owner) };
            return OutputFile.WriteFiles(outPaths, streams =>
            {
                RuleResult<ReturnContents> result;
                try
                {
                    result = csv
                        ? QuarterlyReturn.WriteCsv(document, label, options, streams[0], streams[1], streams[2])
                        : QuarterlyReturn.WriteXlsx(document, label, options, streams[0]);
                }
                catch (InvalidOperationException ex)
                {
                    return ex.Message + " Nothing was written.";
                }

                var contents = result.GetValueOrThrow(); // validated above
                if (contents.Total == 0 && options.Owner is { } name)
                {
                    return $"--owner '{name}': no measure, action or open risk of {label} is owned by '{name}'; nothing was written. Owners are as the document writes them (case ignored).";
                }

                var forWhom = options.Owner is { } who ? " (" + TerminalText.Safe(who) + ")" : string.Empty;
                error.WriteLine($"Return for {label}{forWhom}: {Rows(contents.Measures, "measure row")}, {Rows(contents.Actions, "action")}, {Rows(contents.Risks, "risk")}.");
                return null;
            }, error);
        });
        return command;
    }

    private static string Rows(int count, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {what}{(count == 1 ? string.Empty : "s")}");

    /// <summary>The files to write: the workbook, or the three CSV files named after PATH (a trailing ".csv" left off).</summary>
    private static string[] OutPaths(string outPath, bool csv)
    {
        if (!csv)
        {
            return [outPath];
        }

        var stem = outPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? outPath[..^4] : outPath;
        return [.. CsvParts.Select(part => stem + "-" + part + ".csv")];
    }
}

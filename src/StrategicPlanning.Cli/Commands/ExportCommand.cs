using System.CommandLine;
using System.Globalization;
using StrategicPlanning.Measures;
using StrategicPlanning.Spreadsheets;

namespace StrategicPlanning.Cli;

/// <summary>
/// <c>splan export FILE --to csv --what actuals|scores|actions|risks [--as-of DATE] [--out FILE]</c>: a tidy open data
/// table of the plan at a date (StrategicPlanning.Spreadsheets' <see cref="OpenData"/>). Without <c>--as-of</c>, the last
/// day of the latest quarter with an actual, the quarter a report shows by default (<see cref="MeasureActuals.LatestQuarter"/>),
/// said on standard error. Exit 0 written, 1 errors in what the table reads (nothing written), 2 unreadable input, no
/// date to default to, or an unwritable output.
/// </summary>
internal static class ExportCommand
{
    private static readonly Dictionary<string, OpenDataTable> Tables = new(StringComparer.Ordinal)
    {
        ["actuals"] = OpenDataTable.Actuals,
        ["scores"] = OpenDataTable.Scores,
        ["actions"] = OpenDataTable.Actions,
        ["risks"] = OpenDataTable.Risks,
    };

    public static Command Create(SplanConsole console)
    {
        var file = CommonOptions.File();
        var to = new Option<string>("--to") { Description = "The format: csv (UTF-8 with a byte-order mark, comma-separated).", Required = true };
        to.AcceptOnlyFromAmong("csv");
        var what = new Option<string>("--what")
        {
            Description = "The table: actuals (one row per measure and period), scores (one row per plan, theme and outcome), actions or risks (one row each).",
            Required = true,
        };
        what.AcceptOnlyFromAmong([.. Tables.Keys]);
        var asOf = CommonOptions.OptionalDate("--as-of", "The date, YYYY-MM-DD, the table shows the plan at. Default: the last day of the latest quarter with an actual.");
        var outFile = new Option<string>("--out") { Description = "Where to write the CSV; standard output when left out." };
        var command = new Command("export", "Write an open data table (CSV) of the plan at a date: actuals, scores, actions or risks.") { file, to, what, asOf, outFile };
        command.SetAction(parsed =>
        {
            var error = console.Error;
            var path = parsed.GetValue(file)!;
            var outPath = parsed.GetValue(outFile);
            var document = DocumentFile.LoadDocument(path, outPath, console, out var exit);
            if (document is null)
            {
                return exit;
            }

            if (parsed.GetValue(asOf) is not { } date)
            {
                // The latest quarter holding an actual, as a quarterly report shows by default; never today's date.
                if (MeasureActuals.LatestQuarter(document) is not { } quarter)
                {
                    error.WriteLine(TerminalText.Safe($"{Path.GetFileName(path)}: no measure has an actual to date the table by; give --as-of YYYY-MM-DD."));
                    return ExitCodes.Unusable;
                }

                date = document.Calendar.EndOf(quarter);
                if (!Calendar.AsOfDates.IsSupported(date))
                {
                    error.WriteLine(TerminalText.Safe($"{Path.GetFileName(path)}: the latest quarter with an actual, {quarter}, ends outside the dates splan evaluates ({Calendar.AsOfDates.Range}); give --as-of YYYY-MM-DD."));
                    return ExitCodes.Unusable;
                }

                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"As of {date:uuuu-MM-dd}, the end of {quarter}, the latest quarter with an actual; give --as-of for another date."));
            }

            var table = Tables[parsed.GetValue(what)!];
            return OutputFile.Write(outPath, console.Output, error, writer =>
            {
                var result = OpenData.WriteCsv(document, table, date, writer);
                return result.Succeeded
                    ? ExitCodes.Success
                    : DocumentFile.Refused(error, path, "no table is written from a plan with errors in what it reads", result.Errors);
            });
        });
        return command;
    }
}

using System.CommandLine;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;
using StrategicPlanning.Reports;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Cli;

/// <summary>
/// <c>splan report FILE --quarter Q [--out FILE]</c> and <c>splan annual-report FILE --year FY [--out FILE]</c>: the
/// Cabinet reports of StrategicPlanning.Reports as one self-contained HTML file. Exit 0 written, 1 the document has
/// validation errors (no report is written from an invalid plan), 2 unreadable input, a bad period or an unwritable output.
/// </summary>
internal static class ReportCommand
{
    public static Command Quarterly(SplanConsole console) => Create(
        "report",
        "Write the quarterly performance report to Cabinet for a quarter, as self-contained HTML (prints on A4).",
        "--quarter",
        "The quarter, e.g. \"2024/25 Q2\" (\"2024 Q2\" where the council's year starts in January).",
        PeriodKind.Quarter,
        "a quarter such as \"2024/25 Q2\"",
        CabinetReports.Quarterly,
        console);

    public static Command Annual(SplanConsole console) => Create(
        "annual-report",
        "Write the Annual Report for a financial year: its financial and performance highlights, as self-contained HTML.",
        "--year",
        "The financial year, e.g. 2024/25 (2024 where the council's year starts in January).",
        PeriodKind.FinancialYear,
        "a financial year such as 2024/25",
        CabinetReports.Annual,
        console);

    private static Command Create(
        string name,
        string description,
        string periodOption,
        string periodDescription,
        PeriodKind kind,
        string kindWords,
        Func<PlanDocument, PeriodLabel, ReportOptions?, RuleResult<string>> render,
        SplanConsole console)
    {
        var file = CommonOptions.File();
        var period = new Option<string>(periodOption) { Description = periodDescription, Required = true };
        var outFile = new Option<string>("--out") { Description = "Where to write the HTML; standard output when left out." };
        var command = new Command(name, description) { file, period, outFile };
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

            var text = parsed.GetValue(period)!;
            if (PeriodInput.Read(document, path, text, periodOption, kind, kindWords, "no report is written from a plan with errors", error, out var label) is { } refusedExit)
            {
                return refusedExit;
            }

            if (!CabinetReports.IsReportable(document.Calendar, label))
            {
                error.WriteLine(TerminalText.Safe($"{periodOption} '{text}' cannot be reported: its end and the end of the period before it must fall in {AsOfDates.Range}."));
                return ExitCodes.Unusable;
            }

            var result = render(document, label, null);
            if (!result.Succeeded)
            {
                return DocumentFile.Refused(error, path, "no report is written from a plan with errors", result.Errors);
            }

            return OutputFile.Write(result.Value, outPath, console.Output, error);
        });
        return command;
    }
}

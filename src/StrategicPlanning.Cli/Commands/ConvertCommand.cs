using System.CommandLine;
using System.Globalization;
using System.Text;
using StrategicPlanning.Calendar;
using StrategicPlanning.Json;
using StrategicPlanning.StratML;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Cli;

/// <summary>
/// <c>splan convert IN --to json|stratml [--part 1|2] [--out OUT]</c>: StratML to a plan document or a plan document
/// to StratML, the direction following from the input. The import notes (or what the export left out) go to standard
/// error. Exit 0 converted, 1 converted from StratML but the plan document has validation errors (it is still written)
/// or a plan document with errors was refused, 2 unreadable input, the wrong direction or an unwritable output.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(SplanConsole console)
    {
        var output = console.Output;
        var file = new Argument<string>("IN") { Description = "A StratML document (XML, Part 1 or Part 2) or a plan document (JSON)." };
        var to = new Option<string>("--to") { Description = "What to write: json (from StratML) or stratml (from a plan document).", Required = true };
        to.AcceptOnlyFromAmong("json", "stratml");
        var part = new Option<int?>("--part") { Description = "The StratML part to write: 2 (performance plan or report) or 1 (strategic plan only). Default: the part the plan was imported from, else 2." };
        part.AcceptOnlyFromAmong("1", "2");
        var yearStart = new Option<int?>("--year-start-month") { Description = "The month (1-12) the reporting year starts in, when reading StratML; inferred from the results when left out." };
        var outFile = new Option<string>("--out") { Description = "Where to write; standard output when left out." };
        var command = new Command("convert", "Convert StratML (ISO 17469-1 Part 1 or 2) to a plan document, or a plan document to StratML.") { file, to, part, yearStart, outFile };
        command.SetAction(parsed =>
        {
            var error = console.Error;
            var path = parsed.GetValue(file)!;
            if (OutputFile.Check(parsed.GetValue(outFile), path) is { } refused)
            {
                error.WriteLine(TerminalText.Safe(refused));
                return ExitCodes.Unusable;
            }

            if (InputFile.Read(path, console, out var failure) is not { } bytes)
            {
                error.WriteLine(TerminalText.Safe(failure!));
                return ExitCodes.Unusable;
            }

            var isXml = FirstCharacter(bytes) == '<';
            var wanted = parsed.GetValue(to)!;
            if (isXml != (wanted == "json"))
            {
                error.WriteLine(TerminalText.Safe(isXml
                    ? $"{path} is XML (StratML); it converts --to json."
                    : $"{path} is not XML, so it is read as a plan document (JSON); that converts --to stratml."));
                return ExitCodes.Unusable;
            }

            var month = parsed.GetValue(yearStart);
            if (month is { } given && !ReportingCalendar.IsStartMonth(given))
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"--year-start-month {month} is not a month: give 1 to 12."));
                return ExitCodes.Unusable;
            }

            return isXml
                ? FromStratML(path, bytes, month, parsed.GetValue(outFile), output, error)
                : ToStratML(path, bytes, parsed.GetValue(part) switch { 1 => StratMLPart.Part1, 2 => StratMLPart.Part2, _ => null }, parsed.GetValue(outFile), output, error);
        });
        return command;
    }

    private static int FromStratML(string path, byte[] bytes, int? month, string? outPath, TextWriter output, TextWriter error)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var read = StratMLReader.Read(stream, new StratMLReadOptions { YearStartMonth = month });
        if (!read.Succeeded)
        {
            error.WriteLine(TerminalText.Safe($"{Path.GetFileName(path)}: cannot be read as StratML: {read.Error}"));
            return ExitCodes.Unusable;
        }

        PrintNotes(error, string.Create(CultureInfo.InvariantCulture, $"{read.Notes.Count} import note(s)"), read.Notes);
        var document = read.Document!;
        var written = OutputFile.Write(PlanJson.Write(document), outPath, output, error);
        if (written != ExitCodes.Success)
        {
            return written;
        }

        var errors = PlanValidator.Validate(document).Errors;
        if (errors.Count > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The plan document has {errors.Count} validation error(s); run 'splan validate' on it."));
            return ExitCodes.IssuesFound;
        }

        return ExitCodes.Success;
    }

    private static int ToStratML(string path, byte[] bytes, StratMLPart? part, string? outPath, TextWriter output, TextWriter error)
    {
        if (DocumentFile.FromBytes(path, bytes).DocumentOrReport(error) is not { } document)
        {
            return ExitCodes.Unusable;
        }

        var errors = PlanValidator.Validate(document).Errors;
        if (errors.Count > 0)
        {
            return DocumentFile.Refused(error, path, "no StratML is written from a plan with errors", errors);
        }

        var result = StratMLWriter.Write(document, new StratMLWriteOptions { Part = part });
        PrintNotes(error, string.Create(CultureInfo.InvariantCulture, $"{result.Notes.Count} note(s) on what StratML has no place for"), result.Notes);
        return OutputFile.Write(result.Xml, outPath, output, error);
    }

    private static void PrintNotes(TextWriter error, string headline, IReadOnlyList<StratMLNote> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        error.WriteLine(headline + ":");
        foreach (var note in notes)
        {
            error.WriteLine(TerminalText.Safe("  " + note));
        }
    }

    private static char FirstCharacter(byte[] bytes)
    {
        // XML may come as UTF-16 (with or without a byte-order mark); JSON does not.
        var encoding = bytes is [0xFF, 0xFE, ..] or [(byte)'<', 0, ..] ? Encoding.Unicode
            : bytes is [0xFE, 0xFF, ..] or [0, (byte)'<', ..] ? Encoding.BigEndianUnicode
            : Encoding.UTF8;
        var text = encoding.GetString(bytes, 0, Math.Min(bytes.Length, 1024)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.Length == 0 ? '\0' : text[0];
    }
}

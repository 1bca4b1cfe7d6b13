using StrategicPlanning.Calendar;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Cli;

/// <summary>The period option of a command that writes something for one period (a report, a return) of a valid document.</summary>
internal static class PeriodInput
{
    /// <summary>
    /// Reads the period given as <paramref name="option"/> in the document's calendar, then refuses a document with
    /// validation errors (before the period's dates are worked out: a calendar with no usable start month has none, CAL-1).
    /// </summary>
    /// <returns>Null when the period is of the kind wanted and the document is valid; else the exit code, the reason on standard error.</returns>
    public static int? Read(PlanDocument document, string path, string text, string option, PeriodKind kind, string kindWords, string refusal, TextWriter error, out PeriodLabel label)
    {
        if (!document.Calendar.TryParse(text, out label, out var why) || label.Kind != kind)
        {
            error.WriteLine(TerminalText.Safe(why is null ? $"{option} '{text}' is not {kindWords}." : $"{option} '{text}': {why}"));
            return ExitCodes.Unusable;
        }

        var validation = PlanValidator.Validate(document);
        return validation.IsValid ? null : DocumentFile.Refused(error, path, refusal, validation.Errors);
    }
}

using System.CommandLine;
using NodaTime;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Cli;

/// <summary>
/// The shape shared by <c>reviews</c> and <c>risks</c>: read FILE, evaluate at --as-of, print text or JSON; a document
/// the library refuses exits 1 with its errors on standard error, an unreadable one exits 2.
/// </summary>
internal static class EvaluationCommand
{
    public static Command Create<T>(
        string name,
        string description,
        string what,
        SplanConsole console,
        Func<PlanDocument, LocalDate, RuleResult<T>> evaluate,
        Func<T, string> json,
        Action<TextWriter, T> text)
        where T : class
    {
        var file = CommonOptions.File();
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format();
        var command = new Command(name, description) { file, asOf, format };
        command.SetAction(parsed =>
        {
            var error = parsed.InvocationConfiguration.Error;
            var path = parsed.GetValue(file)!;
            var document = DocumentFile.LoadDocument(path, console, out var exit);
            if (document is null)
            {
                return exit;
            }

            var result = evaluate(document, parsed.GetValue(asOf));
            if (!result.Succeeded)
            {
                return DocumentFile.Refused(error, path, $"{what} cannot be evaluated", result.Errors);
            }

            var value = result.Value;
            if (parsed.GetValue(format) == OutputFormat.Json)
            {
                console.Output.WriteLine(json(value));
            }
            else
            {
                text(console.Output, value);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;

namespace StrategicPlanning.Cli;

/// <summary>The splan command line: its commands, wired to the library. It holds no rules of its own.</summary>
internal static class SplanApp
{
    /// <summary>What <c>splan --help</c> says splan is, with its exit codes (<see cref="ExitCodes"/>).</summary>
    internal const string Description =
        "splan: validate, score and report on council strategic plans (StrategicPlanning JSON format 1.0).\n\n" +
        "Exit codes:\n" +
        "  0  done; nothing wrong (warnings and information may have been printed)\n" +
        "  1  the document was read but breaks rules: validation errors were found\n" +
        "  2  the input could not be used (missing or unreadable file, malformed JSON, not a plan document) or the command line is wrong\n" +
        "  3  splan itself failed (a bug): please report it with the input that caused it";

    /// <summary>Runs splan with <paramref name="args"/>, writing to the given writers (no standard input); returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, new SplanConsole(() => Stream.Null, output, error, Json.PlanReadOptions.Default.MaxDocumentBytes));

    /// <summary>Runs splan with <paramref name="args"/> on <paramref name="console"/>; returns the exit code.</summary>
    public static int Run(string[] args, SplanConsole console)
    {
        var (output, error) = (console.Output, console.Error);
        var root = new RootCommand(Description)
        {
            ValidateCommand.Create(console),
            ScoreCommand.Create(console),
            ExplainCommand.Create(console),
            CompareCommand.Create(console),
            ReviewsCommand.Create(console),
            FinanceCommand.Create(console),
            RisksCommand.Create(console),
            ReportCommand.Quarterly(console),
            ReportCommand.Annual(console),
            SchemaCommand.Create(console),
            ConvertCommand.Create(console),
            ReturnCommand.Create(console),
            ImportCommand.Create(console),
            ExportCommand.Create(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run 'splan --help' or 'splan <command> --help' for what is allowed.");
            return ExitCodes.Unusable;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (IOException ex)
        {
            // Commands handle their own files: what escapes is standard output or error failing (a full disk, a closed pipe).
            TryWrite(error, $"splan: cannot write the output: {ex.Message}");
            return ExitCodes.Unusable;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error.WriteLine($"splan: unexpected error: {ex.GetType().Name}: {ex.Message}");
            error.WriteLine("This is a bug in splan, not in your document; please report it with the input that caused it.");
            return ExitCodes.InternalError;
        }
    }

    private static void TryWrite(TextWriter writer, string line)
    {
        try
        {
            writer.WriteLine(line);
        }
        catch (IOException)
        {
            // Standard error is gone too; the exit code still says what happened.
        }
    }
}

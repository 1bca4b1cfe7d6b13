using System.CommandLine;

namespace StrategicPlanning.Cli;

/// <summary>The splan command line: its commands, wired to the library. It holds no rules of its own.</summary>
internal static class SplanApp
{
    /// <summary>Runs splan with <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("splan: validate, score and report on council strategic plans (StrategicPlanning JSON format 1.0).")
        {
            ValidateCommand.Create(output),
            ScoreCommand.Create(output),
            ExplainCommand.Create(output),
            ReviewsCommand.Create(output),
            FinanceCommand.Create(output),
            RisksCommand.Create(output),
            ReportCommand.Quarterly(output),
            ReportCommand.Annual(output),
            SchemaCommand.Create(output),
            ConvertCommand.Create(output),
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
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error.WriteLine($"splan: unexpected error: {ex.GetType().Name}: {ex.Message}");
            error.WriteLine("This is a bug in splan, not in your document; please report it with the input that caused it.");
            return ExitCodes.InternalError;
        }
    }
}

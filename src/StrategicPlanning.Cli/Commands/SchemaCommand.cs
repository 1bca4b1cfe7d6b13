using System.CommandLine;

namespace StrategicPlanning.Cli;

/// <summary>
/// <c>splan schema [--output plan|score|reviews|finance|risks|validation|compare]</c>: prints a JSON Schema (draft 2020-12): by
/// default that of the plan document format 1.0 shipped in the library (JSN-3), else that of a command's
/// <c>--format json</c> output (<see cref="OutputSchemas"/>; <c>validation</c> is <c>splan validate</c>'s). An unknown
/// name is a command-line mistake (exit 2) listing the names.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(SplanConsole console)
    {
        var output = console.Output;
        var which = new Option<string>("--output")
        {
            Description = "Which schema to print: plan (the plan document format 1.0, the default), or the JSON that " +
                "'splan score', 'splan reviews', 'splan finance', 'splan risks' or 'splan compare' write with --format json, or validation: " +
                "the JSON of 'splan validate --format json'.",
            DefaultValueFactory = _ => OutputSchemas.Plan,
            HelpName = string.Join('|', OutputSchemas.Names),
        };
        which.AcceptOnlyFromAmong([.. OutputSchemas.Names]);
        var command = new Command("schema", "Print a JSON Schema (draft 2020-12): of the plan document format 1.0, or of a command's JSON output.") { which };
        command.SetAction(parsed =>
        {
            var schema = OutputSchemas.Text(parsed.GetValue(which)!);
            output.Write(schema);
            if (!schema.EndsWith('\n'))
            {
                output.WriteLine();
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

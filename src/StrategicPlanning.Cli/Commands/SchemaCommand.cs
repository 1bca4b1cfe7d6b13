using System.CommandLine;
using StrategicPlanning.Json;

namespace StrategicPlanning.Cli;

/// <summary><c>splan schema</c>: prints the JSON Schema of format 1.0 shipped in the library (JSN-3).</summary>
internal static class SchemaCommand
{
    public static Command Create(SplanConsole console)
    {
        var output = console.Output;
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the plan document format 1.0.");
        command.SetAction(_ =>
        {
            output.Write(PlanJson.Schema);
            if (!PlanJson.Schema.EndsWith('\n'))
            {
                output.WriteLine();
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;

namespace StrategicPlanning.Cli.Commands;

/// <summary>Arguments and options several commands share.</summary>
internal static class CommonOptions
{
    public static Argument<string> File() => new("FILE") { Description = "The plan document (JSON, format 1.0)." };

    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "How to print the result: text (for people) or json (for programs; see docs/cli.md).",
        DefaultValueFactory = _ => OutputFormat.Text,
    };
}

using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;
using StrategicPlanning.Calendar;

namespace StrategicPlanning.Cli;

/// <summary>Arguments and options several commands share.</summary>
internal static class CommonOptions
{
    public static Argument<string> File() => new("FILE") { Description = "The plan document (JSON, format 1.0)." };

    /// <summary>The required <c>--as-of</c> date, parsed as YYYY-MM-DD with a message that says so.</summary>
    public static Option<LocalDate> AsOf() => new("--as-of")
    {
        Description = "The as-of date, YYYY-MM-DD: everything is evaluated as it stood on that day.",
        Required = true,
        CustomParser = result => Date(result, "--as-of"),
    };

    /// <summary>An optional date option, parsed as YYYY-MM-DD with a message that names it; null when not given.</summary>
    public static Option<LocalDate?> OptionalDate(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => Date(result, name),
    };

    /// <summary>The <c>--as-reported</c> switch: targets as they stood at the end of each period (MEA-3).</summary>
    public static Option<bool> AsReported() => new("--as-reported")
    {
        Description = "Use targets as they stood at the end of each period (as reported), not as restated since (MEA-3).",
    };

    private static LocalDate Date(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success && AsOfDates.IsSupported(parsed.Value))
        {
            return parsed.Value;
        }

        result.AddError(parsed.Success
            ? $"{name} '{text}' is outside the dates splan evaluates: {AsOfDates.Range}."
            : $"{name} '{text}' is not a date: write it as YYYY-MM-DD, e.g. 2025-03-31.");
        return default;
    }

    public static Option<OutputFormat> Format() => new("--format")
    {
        // No DefaultValueFactory: help would show the default as the enum spells it ("Text"); text is the enum's default value anyway.
        Description = "How to print the result: text (the default, for people) or json (for programs, in the shape the documentation gives).",
        HelpName = "text|json",
    };
}

using System.CommandLine;
using System.Text.Json;
using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Movement;

namespace StrategicPlanning.Cli;

/// <summary>
/// <c>splan compare FILE --from DATE --to DATE [--format text|json] [--as-reported]</c>, or
/// <c>splan compare FILE --from-file OTHER --as-of DATE</c> (OTHER is the earlier version, FILE the later; <c>--from</c>
/// and <c>--to</c> may stand for <c>--as-of</c> to read OTHER and FILE at different dates): what moved between two
/// scorecards and why (<see cref="ScoreMovement"/>). Exit 0 compared, 1 errors in what scoring reads in either
/// document (on standard error), 2 unreadable or a wrong combination of options.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(SplanConsole console)
    {
        var output = console.Output;
        var file = new Argument<string>("FILE") { Description = "The plan document (JSON, format 1.0); with --from-file, the later version." };
        var from = CommonOptions.OptionalDate("--from", "The earlier as-of date, YYYY-MM-DD.");
        var to = CommonOptions.OptionalDate("--to", "The later as-of date, YYYY-MM-DD.");
        var fromFile = new Option<string>("--from-file") { Description = "An earlier version of the document, compared with FILE at --as-of (or OTHER at --from with FILE at --to).", HelpName = "OTHER" };
        var asOf = CommonOptions.OptionalDate("--as-of", "With --from-file: the one as-of date both versions are scored at.");
        var format = CommonOptions.Format();
        var asReported = CommonOptions.AsReported();
        var command = new Command("compare", "Compare two scorecards, one document at two dates or two versions at one date: what moved, and why, leaf by leaf.")
        {
            file,
            from,
            to,
            fromFile,
            asOf,
            format,
            asReported,
        };
        command.SetAction(parsed =>
        {
            var other = parsed.GetValue(fromFile);
            if (Dates(other, parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(asOf), out var problem) is not var (thenDate, nowDate))
            {
                console.Error.WriteLine(problem);
                console.Error.WriteLine("Run 'splan compare --help' for what is allowed.");
                return ExitCodes.Unusable;
            }

            var path = parsed.GetValue(file)!;
            var movement = Load(path, other, thenDate, nowDate, parsed.GetValue(asReported), console, out var exit);
            if (movement is null)
            {
                return exit;
            }

            if (parsed.GetValue(format) == OutputFormat.Json)
            {
                output.WriteLine(JsonSerializer.Serialize(CompareJson.Build(movement, other is not null), CliJsonContext.Output.CompareReport));
            }
            else
            {
                CompareText.Write(output, movement, other is null ? null : (Path.GetFileName(other), Path.GetFileName(path)));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The two dates the options give, or null with what is wrong: the checks made before any file is read.</summary>
    private static (LocalDate Then, LocalDate Now)? Dates(string? other, LocalDate? from, LocalDate? to, LocalDate? asOf, out string problem)
    {
        problem = string.Empty;
        if (asOf is { } date)
        {
            if (other is null)
            {
                problem = "--as-of compares two versions of a document: give --from-file OTHER with it, or --from DATE --to DATE to compare FILE at two dates.";
                return null;
            }

            if (from is not null || to is not null)
            {
                problem = "Give either --as-of DATE (both versions at one date) or --from DATE --to DATE, not both.";
                return null;
            }

            return (date, date);
        }

        if (from is not { } then || to is not { } now)
        {
            problem = other is null
                ? "Give --from DATE and --to DATE to compare FILE at two dates, or --from-file OTHER --as-of DATE to compare two versions."
                : "With --from-file, give --as-of DATE (both versions at one date), or both --from DATE and --to DATE.";
            return null;
        }

        return (then, now);
    }

    private static ScoreMovement? Load(string path, string? other, LocalDate thenDate, LocalDate nowDate, bool asReported, SplanConsole console, out int exit)
    {
        var now = DocumentFile.LoadDocument(path, console, out exit);
        if (now is null)
        {
            return null;
        }

        var then = other is null ? now : DocumentFile.LoadDocument(other, console, out exit);
        if (then is null)
        {
            return null;
        }

        Scorecard? earlier = ScoringInput.Score(then, other ?? path, thenDate, asReported, console, out exit), later = null;
        if (earlier is not null)
        {
            later = ScoringInput.Score(now, path, nowDate, asReported, console, out exit);
        }

        return earlier is null || later is null ? null : ScoreMovement.Between(earlier, later);
    }
}

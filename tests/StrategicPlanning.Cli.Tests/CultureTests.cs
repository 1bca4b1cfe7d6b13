using System.Globalization;

namespace StrategicPlanning.Cli.Tests;

/// <summary>
/// splan and the library say the same in every culture: the golden outputs run under German, Saudi Arabian and
/// Finnish conventions (decimal commas, Arabic separators and marks, a true minus sign) equal the invariant run.
/// Against a binary (<see cref="Splan.Binary"/>) the culture is the process's locale (LANG and LC_ALL).
/// </summary>
public class CultureTests
{
    public static TheoryData<string> Cultures() => ["de-DE", "ar-SA", "fi-FI"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_command_prints_the_same_text_in_any_culture(string culture)
    {
        // A negative weight and tolerance make validation messages carry numbers; -1.5 is "-1,5" in de-DE.
        using var file = Edited.FormatExample(d =>
        {
            d.Theme()["weight"] = -1.5m;
            d.Measure()["tolerance"]!["amberWithin"] = -2.5m;
        });
        string[][] commands =
        [
            ["validate", file.Path],
            ["validate", file.Path, "--format", "json"],
            ["score", Splan.FormatExample, "--as-of", "2024-06-30"],
            ["score", Splan.FormatExample, "--as-of", "2024-06-30", "--format", "json"],
            ["explain", Splan.FormatExample, "--as-of", "2024-06-30", "--node", "green"],
            ["compare", Splan.FormatExample, "--from", "2024-06-30", "--to", "2024-09-30"],
            ["compare", Splan.FormatExample, "--from", "2024-06-30", "--to", "2024-09-30", "--format", "json"],
            ["explain", Splan.FormatExample, "--as-of", "2024-06-30", "--node", "m.recycling"],
            ["reviews", Splan.FormatExample, "--as-of", "2025-03-31"],
            ["finance", Splan.FormatExample],
            ["finance", Splan.FormatExample, "--format", "json"],
            ["risks", Splan.FormatExample, "--as-of", "2025-03-31"],
            ["report", Splan.FormatExample, "--quarter", "2024/25 Q2"],
            ["annual-report", Splan.FormatExample, "--year", "2024/25"],
            ["convert", Splan.FormatExample, "--to", "stratml"],
        ];

        foreach (var command in commands)
        {
            var invariant = InCulture(CultureInfo.InvariantCulture, command);
            var local = InCulture(CultureInfo.GetCultureInfo(culture), command);

            local.Should().Be(invariant, "splan {0} must not depend on the culture", string.Join(' ', command));
        }

        InCulture(CultureInfo.GetCultureInfo(culture), ["validate", file.Path]).Should().Contain("-1.5").And.Contain("-2.5");
    }

    private static string InCulture(CultureInfo culture, string[] args)
    {
        if (Splan.Binary is not null)
        {
            // A separate process takes its culture from the locale it is started in (de_DE.UTF-8, ...).
            var locale = culture.Name.Length == 0 ? "C.UTF-8" : $"{culture.Name.Replace('-', '_')}.UTF-8";
            var (code, text, errors) = Splan.RunBinary(new Dictionary<string, string> { ["LANG"] = locale, ["LC_ALL"] = locale }, args);
            return $"{code}\n{text}\n{errors}";
        }

        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var (exit, output, error) = Splan.Run(args);
            return $"{exit}\n{output}\n{error}";
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
        }
    }
}

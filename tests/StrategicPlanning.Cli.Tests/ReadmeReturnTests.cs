namespace StrategicPlanning.Cli.Tests;

/// <summary>
/// The README's "Quarterly returns" section: the bundled Derby return (filled in by openpyxl, samples/data/returns)
/// imports as the README says, change log and all (issue 18, point 7).
/// </summary>
public class ReadmeReturnTests
{
    private static string Derby => Path.Combine(Splan.Samples, "derby-council-plan-2022-25.json");

    private static string HousingReturn => Path.Combine(Splan.Samples, "returns", "derby-2024-25-q4-head-of-housing.xlsx");

    [Fact]
    public void The_README_shows_the_change_log_splan_import_prints_for_the_bundled_Derby_return()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```\n1 return(s) for council-plan-2022-25", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "the README shows the import's change log");
        var block = readme[(start + 4)..readme.IndexOf("\n```", start + 4, StringComparison.Ordinal)].Split('\n');
        var output = Path.Combine(Path.GetTempPath(), $"splan-readme-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, stdout, stderr) = Splan.Run("import", Derby, HousingReturn, "--replace", "--out", output);

            exit.Should().Be(0, stderr);
            stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Should().Equal(block[..^1], "the README prints what splan import prints");
            block[^1].Should().Be("Wrote derby-q4.json (154 KB).");
            stderr.Should().EndWith(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({new FileInfo(output).Length / 1024:N0} KB).{Environment.NewLine}"));
        }
        finally
        {
            File.Delete(output);
        }
    }
}

namespace StrategicPlanning.Architecture.Tests;

/// <summary>
/// All text the library, the reports, StratML, the spreadsheets and splan produce is the same in every culture: numbers and dates are
/// formatted with the invariant culture wherever they become text (issue: "weight is -1,5" under de-DE).
/// </summary>
public class CultureInvarianceTests
{
    public static TheoryData<string> Projects() =>
        ["StrategicPlanning", "StrategicPlanning.Reports", "StrategicPlanning.StratML", "StrategicPlanning.Spreadsheets", "StrategicPlanning.Cli"];

    [Theory]
    [MemberData(nameof(Projects))]
    public void No_number_or_date_becomes_text_in_the_current_culture(string project)
    {
        var found = CultureSensitiveText.In(Path.Combine(Repository.Root, "src", project), project == "StrategicPlanning.Cli" ? "splan.dll" : project + ".dll");

        found.Should().BeEmpty("format with CultureInfo.InvariantCulture, e.g. string.Create(CultureInfo.InvariantCulture, $\"…\")");
    }

    [Fact]
    public void The_scan_finds_a_number_formatted_in_the_current_culture()
    {
        var folder = Directory.CreateTempSubdirectory("culture-scan-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "Sample.cs"), """
                using System.Globalization;
                static class Sample
                {
                    static string Bad(decimal weight) => $"weight is {weight}";
                    static string Joined(int count) => "count " + count;
                    static string Good(decimal weight) => string.Create(CultureInfo.InvariantCulture, $"weight is {weight}");
                    static string Words(string name) => $"name {name}";
                }
                """);

            var found = CultureSensitiveText.In(folder);

            found.Should().HaveCount(2);
            found[0].Should().EndWith("(4): $\"weight is {weight}\"");
            found[1].Should().EndWith("(5): \"count \" + count");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

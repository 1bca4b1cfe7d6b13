using System.Text.Json;

namespace StrategicPlanning.Cli.Tests;

public class FinanceCommandTests
{
    [Fact]
    public void Finance_on_the_format_example_prints_the_line_and_theme_tables_and_no_issue()
    {
        var (exit, output, _) = Splan.Run("finance", Splan.FormatExample);

        exit.Should().Be(0);
        output.Should().StartWith("Medium-Term Financial Strategy 2024/25 - 2027/28 (GBP): is the money following the priorities?");
        output.Should().MatchRegex(@"Transport capital programme\s+capital\s+£1,200,000\s+£250,000\s+£950,000");
        output.Should().MatchRegex(@"Green city\s+£0\s+£250,000\s+£0");
        output.Should().Contain("Whole horizon, 2024/25 to 2027/28");
        output.Should().Contain("Budget, revenue and capital: £2,100,000; allocated to actions: £250,000 (11.9% aligned to the plan).");
        output.Should().EndWith("Issues: none.\n");
    }

    [Fact]
    public void Finance_for_one_year_prints_only_that_year()
    {
        var (exit, output, _) = Splan.Run("finance", Splan.FormatExample, "--year", "2025/26");

        exit.Should().Be(0);
        output.Should().Contain("2025/26").And.NotContain("2024/25\n").And.NotContain("Whole horizon");
        output.Should().MatchRegex(@"Transport capital programme\s+capital\s+£900,000\s+£0\s+£900,000");
    }

    [Fact]
    public void Finance_refuses_a_year_outside_the_MTFS()
    {
        var (exit, _, error) = Splan.Run("finance", Splan.FormatExample, "--year", "2030/31");

        exit.Should().Be(2);
        error.Should().Contain("not one of the MTFS years (2024/25, 2025/26, 2026/27, 2027/28)");
    }

    [Fact]
    public void Finance_json_holds_exact_money_per_year_and_over_the_horizon()
    {
        var (exit, output, _) = Splan.Run("finance", Splan.FormatExample, "--format", "json");

        exit.Should().Be(0);
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        root.GetProperty("currency").GetString().Should().Be("GBP");
        root.GetProperty("years").GetArrayLength().Should().Be(4);
        var first = root.GetProperty("byYear")[0];
        first.GetProperty("year").GetString().Should().Be("2024/25");
        first.GetProperty("budget").GetDecimal().Should().Be(1_200_000m);
        first.GetProperty("alignedShare").GetRawText().Should().Be("0.2083");
        first.GetProperty("lines")[0].GetProperty("remaining").GetDecimal().Should().Be(950_000m);
        first.GetProperty("themes")[0].GetProperty("capital").GetDecimal().Should().Be(250_000m);
        root.GetProperty("horizon").GetProperty("year").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("issues").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Finance_exits_1_when_there_is_a_finance_error()
    {
        // £1,200,000.01 allocated from a line of £1,200,000 in 2024/25: over-allocated by a penny (FIN-2).
        using var file = Edited.FormatExample(d => d.Action()["funding"]![0]!["amount"] = 1200000.01m);

        var (exit, output, error) = Splan.Run("finance", file.Path);

        exit.Should().Be(1);
        output.Should().BeEmpty("nothing is printed from money with errors");
        error.Should().Contain("SP1502").And.Contain("over-allocated by £0.01");
    }
}

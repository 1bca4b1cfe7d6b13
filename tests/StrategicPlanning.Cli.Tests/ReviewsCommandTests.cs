using System.Text.Json;

namespace StrategicPlanning.Cli.Tests;

public class ReviewsCommandTests
{
    private static string DerbyPattern => Path.Combine(Splan.Samples, "derby-review-pattern.json");

    [Fact]
    public void REV6_Derbys_pattern_prints_exactly_one_breach_February_to_July_due_in_May()
    {
        var (exit, output, error) = Splan.Run("reviews", DerbyPattern, "--as-of", "2024-10-01");

        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain("Cadence breaches (1):");
        output.Should().Contain("2024-02-14 to 2024-07-17: a gap of 5 months and 3 days; a review was due by 2024-05-14 (64 days overdue).");
        output.Should().Contain("Reviews at least every 3 months from 2023-06-01.");
        output.Should().Contain("Next review due 2024-12-11: on schedule.");
        output.Should().MatchRegex(@"2024-05-14\s+2024-07-17\s+64 days late");
    }

    [Fact]
    public void Reviews_json_lists_schedule_breaches_reports_and_stale_items()
    {
        var (exit, output, _) = Splan.Run("reviews", DerbyPattern, "--as-of", "2024-10-01", "--format", "json");

        exit.Should().Be(0);
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        root.GetProperty("asOf").GetString().Should().Be("2024-10-01");
        root.GetProperty("compliant").GetBoolean().Should().BeFalse();
        root.GetProperty("nextDue").GetString().Should().Be("2024-12-11");
        root.GetProperty("status").GetString().Should().Be("onSchedule");
        var breach = root.GetProperty("breaches").EnumerateArray().Should().ContainSingle().Subject;
        breach.GetProperty("kind").GetString().Should().Be("betweenReviews");
        breach.GetProperty("due").GetString().Should().Be("2024-05-14");
        breach.GetProperty("gap").GetString().Should().Be("P5M3D");
        root.GetProperty("quarters")[0].GetProperty("status").GetString().Should().Be("onTime");
        root.GetProperty("annualReports").GetArrayLength().Should().Be(2);
        root.GetProperty("stale").GetArrayLength().Should().Be(3);
        root.GetProperty("schedule").EnumerateArray().Last().GetProperty("held").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Reviews_refuses_a_broken_review_cycle_with_exit_1()
    {
        var text = File.ReadAllText(DerbyPattern).Replace("\"cadence\": \"P3M\"", "\"cadence\": \"P0M\"", StringComparison.Ordinal);
        using var file = Splan.Write(text);

        var (exit, output, error) = Splan.Run("reviews", file.Path, "--as-of", "2024-10-01");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("SP1701");
    }
}

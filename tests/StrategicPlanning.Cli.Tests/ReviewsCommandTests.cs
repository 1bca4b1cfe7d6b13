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
        output.Should().StartWith("Reviews at 2024-10-01: not compliant (1 cadence breach, REV-3).");
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
    public void REV1_REV3_an_ended_cycle_counts_lateness_to_the_end_and_lists_reviews_held_after_it()
    {
        // Derby's pattern with the cycle ending 2024-06-30: in the cycle, the last review is 2024-02-14, so the next was
        // due 2024-05-14 and never held by the end: 47 days late (May 14 -> June 30) in the schedule and the breach alike,
        // not the 140 days to the as-of date. The reviews of 2024-07-17 (two) and 2024-09-11 are after the end.
        using var file = Edited.File(DerbyPattern, d => d["reviews"]!["end"] = "2024-06-30");

        var (exit, output, _) = Splan.Run("reviews", file.Path, "--as-of", "2024-10-01");
        var (jsonExit, json, _) = Splan.Run("reviews", file.Path, "--as-of", "2024-10-01", "--format", "json");

        exit.Should().Be(0);
        output.Should().Contain("Reviews at least every 3 months from 2023-06-01 to 2024-06-30.");
        output.Should().Contain("No further review is due: the cycle has ended (2024-06-30).");
        output.Should().MatchRegex(@"2024-05-14\s+-\s+not held by the end of the cycle, 47 days overdue");
        output.Should().Contain("2024-02-14 to 2024-06-30: a gap of 4 months and 16 days; a review was due by 2024-05-14 (47 days overdue).");
        output.Should().MatchRegex(@"Held outside the cycle[^\n]*\n\s+2024-07-17\s+after the end\s+quarterly, 2023/24 Q4");
        jsonExit.Should().Be(0);
        using var report = JsonDocument.Parse(json);
        var root = report.RootElement;
        root.GetProperty("status").GetString().Should().Be("ended");
        root.GetProperty("end").GetString().Should().Be("2024-06-30");
        root.GetProperty("nextDue").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("schedule").EnumerateArray().Last().GetProperty("daysLate").GetInt32().Should().Be(47);
        root.GetProperty("breaches").EnumerateArray().Should().ContainSingle().Which.GetProperty("daysOverdue").GetInt32().Should().Be(47);
        root.GetProperty("outsideCycle").EnumerateArray().Select(r => (r.GetProperty("date").GetString(), r.GetProperty("kind").GetString(), r.GetProperty("period").GetString(), r.GetProperty("position").GetString()))
            .Should().Equal(("2024-07-17", "quarterly", "2023/24 Q4", "afterEnd"), ("2024-07-17", "annual", "2023/24", "afterEnd"), ("2024-09-11", "quarterly", "2024/25 Q1", "afterEnd"));
        root.GetProperty("quarters")[0].GetProperty("presentedOn").GetString().Should().Be("2024-09-11", "a review after the end still reports the quarter it names");
    }

    [Fact]
    public void Reviews_refuses_a_broken_review_cycle_with_exit_1()
    {
        using var file = Edited.File(DerbyPattern, d => d["reviews"]!["cadence"] = "P0M");

        var (exit, output, error) = Splan.Run("reviews", file.Path, "--as-of", "2024-10-01");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("SP1701");
    }
}

using PerformanceHub.Load;

namespace PerformanceHub.Tests.Load;

/// <summary>The load driver's checks catch what they are for: a check that never fails proves nothing.</summary>
public sealed class LoadChecksTests
{
    private const string ShaA = "aaaa";
    private const string ShaB = "bbbb";

    [Fact]
    public void A_clean_run_passes_every_check()
    {
        var log = new LoadLog { StartVersion = 1 };
        log.Add(new Sample(LoadDriver.Scorecard, 200, 12));
        log.Add(new WriteAttempt(WriteKind.Edit, 201, ShaA, 2, ShaA));
        log.Add(new WriteAttempt(WriteKind.Edit, 412, ShaB, null, null));
        log.Add(new WriteAttempt(WriteKind.Stale, 412, ShaB, null, null));
        log.Add(new WriteAttempt(WriteKind.Invalid, 422, ShaB, null, null));

        LoadChecks.Answers(log).Should().BeEmpty();
        LoadChecks.History(log.Acknowledged, [new HistoryEntry(2, ShaA), new HistoryEntry(1, "seed")], 1, exact: true).Should().BeEmpty();
    }

    [Fact]
    public void A_5xx_an_unanswered_request_and_a_wrong_refusal_each_fail()
    {
        var log = new LoadLog();
        log.Add(new Sample(LoadDriver.Scorecard, 500, 3));
        log.AddTransportError("GET plan: HttpRequestException: Connection refused");
        log.Add(new WriteAttempt(WriteKind.Stale, 201, ShaA, 2, ShaA));
        log.Add(new WriteAttempt(WriteKind.Invalid, 400, ShaB, null, null));

        var failures = LoadChecks.Answers(log);

        failures.Should().HaveCount(4);
        failures[0].Should().Be("1 × 500 on GET scorecard");
        failures[1].Should().StartWith("1 requests got no answer, first: GET plan");
        failures[2].Should().StartWith("a save meant as Stale was answered 201");
        failures[3].Should().StartWith("a save meant as Invalid was answered 400");
    }

    [Fact]
    public void A_gap_a_lost_acknowledged_version_a_different_SHA256_and_an_unacknowledged_version_each_fail()
    {
        WriteAttempt[] acknowledged =
        [
            new(WriteKind.Edit, 201, ShaA, 2, ShaA),
            new(WriteKind.Edit, 201, ShaB, 4, ShaB),
            new(WriteKind.Edit, 201, ShaA, 5, ShaA),
        ];
        HistoryEntry[] history = [new(1, "seed"), new(2, ShaB), new(4, ShaB), new(6, ShaA)];

        var failures = LoadChecks.History(acknowledged, history, 1, exact: true);

        failures.Should().Equal(
            "the history's version numbers are not 1..4: missing 3, 5; 0 repeated",
            $"version 2 in the history has SHA-256 {ShaB}, but the body acknowledged as it has {ShaA}",
            "acknowledged version 5 is not in the history",
            "the history's latest version is 6; 1 before the run and 3 acknowledged make 4");
    }
}

using NodaTime;
using StrategicPlanning.Model;
using StrategicPlanning.Reviews;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Reviews;

/// <summary>REV-3: the cycle is compliant at an as-of date when it has no REV-2 breach and no late or missing report (REV-4, REV-5).</summary>
public class ReviewCompliantTests
{
    private static readonly HeldReview Annual = Held("2024-06-28", ReviewKind.Annual, "2023/24");
    private static readonly HeldReview Q1 = Held("2024-09-20", ReviewKind.Quarterly, "2024/25 Q1");
    private static readonly HeldReview Q2 = Held("2024-12-13", ReviewKind.Quarterly, "2024/25 Q2");

    private static HeldReview Held(string date, ReviewKind kind, string? period) => new() { Date = Build.Date(date), Kind = kind, Period = period };

    /// <summary>A cycle from 2024-04-01 every 3 months, the 2024/25 Delivery Plan's one action never updated, at 2025-01-15.</summary>
    private static ReviewReport Evaluate(params HeldReview[] held)
    {
        var document = Build.Document([Build.Outcome("o")], Build.Action("a", "o", null)) with
        {
            Reviews = new ReviewCycle { Cadence = Period.FromMonths(3), Start = Build.Date("2024-04-01"), Held = held },
        };
        return ReviewRules.Evaluate(document, Build.Date("2025-01-15")).GetValueOrThrow();
    }

    [Fact]
    public void REV3_compliant_means_no_cadence_breach_and_no_late_or_missing_report_whatever_is_stale_or_pending()
    {
        // Due 2024-07-01, held 06-28; due 09-28, held 09-20; due 12-20, held 12-13; next due 2025-03-13: no breach.
        // Reports: 2023/24 Annual Report 2024-06-28 (deadline 2024-09-30), Q1 2024-09-20 (deadline 09-30),
        // Q2 2024-12-13 (deadline 12-30), all on time; Q3 pending (deadline 2025-03-31). The action is stale, the
        // status on schedule: neither counts.
        var report = Evaluate(Annual, Q1, Q2);

        report.Breaches.Should().BeEmpty();
        report.Quarters.Select(q => (q.Period.ToString(), q.Status)).Should().Equal(
            ("2024/25 Q1", ReportStatus.OnTime), ("2024/25 Q2", ReportStatus.OnTime), ("2024/25 Q3", ReportStatus.Pending));
        report.AnnualReports.Select(a => (a.Period.ToString(), a.Status)).Should().Equal(("2023/24", ReportStatus.OnTime));
        report.StaleItems.Should().ContainSingle(i => i.Kind == StaleItemKind.Action && i.Id == "a");
        report.Status.Should().Be(ReviewStatus.OnSchedule);
        report.IsCompliant.Should().BeTrue();
    }

    [Fact]
    public void REV3_a_late_quarterly_report_alone_makes_the_cycle_not_compliant()
    {
        // Q2 presented on 2025-01-02 instead, 3 days after its deadline of 2024-12-30; the cadence is still kept
        // (2024-12-13 was held as another kind of review, the next due 2025-03-13).
        var report = Evaluate(Annual, Q1, Q2 with { Period = null, Kind = ReviewKind.Other }, Held("2025-01-02", ReviewKind.Quarterly, "2024/25 Q2"));

        report.Breaches.Should().BeEmpty();
        report.Quarters[1].Should().Match<PeriodReport>(q => q.Status == ReportStatus.Late && q.DaysLate == 3);
        report.IsCompliant.Should().BeFalse();
    }

    [Fact]
    public void REV3_a_missing_annual_report_alone_makes_the_cycle_not_compliant()
    {
        // The review of 2024-06-28 names no year: the 2023/24 Annual Report is missing, 107 days after 2024-09-30.
        var report = Evaluate(Annual with { Kind = ReviewKind.Other, Period = null }, Q1, Q2);

        report.Breaches.Should().BeEmpty();
        report.AnnualReports.Should().ContainSingle().Which.Should().Match<PeriodReport>(a => a.Status == ReportStatus.Missing && a.DaysLate == 107);
        report.IsCompliant.Should().BeFalse();
    }

    [Fact]
    public void REV3_a_cadence_breach_alone_makes_the_cycle_not_compliant()
    {
        // The Q2 report on 2024-12-23 instead: on time for its deadline (2024-12-30), but 3 days after the review due 2024-12-20.
        var report = Evaluate(Annual, Q1, Q2 with { Date = Build.Date("2024-12-23") });

        report.Breaches.Should().ContainSingle().Which.DaysOverdue.Should().Be(3);
        report.Quarters.Should().OnlyContain(q => q.Status == ReportStatus.OnTime || q.Status == ReportStatus.Pending);
        report.AnnualReports.Should().OnlyContain(a => a.Status == ReportStatus.OnTime);
        report.IsCompliant.Should().BeFalse();
    }
}

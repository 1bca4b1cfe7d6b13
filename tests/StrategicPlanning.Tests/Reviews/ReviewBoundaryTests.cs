using NodaTime;
using StrategicPlanning.Model;
using StrategicPlanning.Reviews;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Reviews;

/// <summary>
/// The edges of the review rules a mutation run showed no other test held (issue 21): reports presented on the as-of
/// date or twice, deadlines falling on it, the first and last days of a cycle and a plan, the cycle's own lags and
/// cadence, finished actions, and the guards.
/// </summary>
public class ReviewBoundaryTests
{
    private static HeldReview Held(string date, ReviewKind kind = ReviewKind.Quarterly, string? period = null) =>
        new() { Date = Build.Date(date), Kind = kind, Period = period };

    /// <summary>The 2024/25 Delivery Plan with the given actions, a cycle from 2024-04-01 every 3 months with the given reviews.</summary>
    private static PlanDocument Document(HeldReview[] held, params DeliveryAction[] actions) =>
        Build.Document([Build.Outcome("o")], actions.Length == 0 ? [Build.Action("a", "o", null)] : actions) with
        {
            Reviews = new ReviewCycle { Cadence = Period.FromMonths(3), Start = Build.Date("2024-04-01"), Held = held },
        };

    private static ReviewReport Evaluate(PlanDocument document, string asOf) => ReviewRules.Evaluate(document, Build.Date(asOf)).GetValueOrThrow();

    [Fact]
    public void REV4_quarters_are_in_date_order_whatever_the_order_of_the_plans_and_one_ending_on_the_as_of_date_is_in()
    {
        var document = Document([]);
        document = document with { DeliveryPlans = [document.DeliveryPlans[0], new DeliveryPlan { Id = "dp23", Title = "2023-24", Year = "2023/24" }] };

        var quarters = Evaluate(document, "2024-06-30").Quarters;

        quarters.Select(q => q.Period.ToString()).Should().Equal("2023/24 Q1", "2023/24 Q2", "2023/24 Q3", "2023/24 Q4", "2024/25 Q1");
        quarters[^1].Status.Should().Be(ReportStatus.Pending);
    }

    [Fact]
    public void REV4_a_plan_year_that_is_no_financial_year_has_no_quarters()
    {
        var document = Document([]) with
        {
            DeliveryPlans = [new DeliveryPlan { Id = "q", Title = "Q", Year = "2024/25 Q1" }, new DeliveryPlan { Id = "typo", Title = "T", Year = "2024-25" }],
        };

        PeriodReports.Quarters(document, [], Period.FromMonths(3), Build.Date("2025-03-31")).Should().BeEmpty();
    }

    [Fact]
    public void REV4_the_earliest_presentation_counts_one_on_the_as_of_date_counts_and_a_deadline_on_it_is_still_pending()
    {
        // Q1 (deadline 2024-09-30) presented late on 2024-10-05, then listed after it, on time on 2024-09-20.
        // Q2 (deadline 2024-12-30) presented on the as-of date, 2025-01-15: late by 16 days, not missing.
        var held = new[] { Held("2024-10-05", period: "2024/25 Q1"), Held("2024-09-20", period: "2024/25 Q1"), Held("2025-01-15", period: "2024/25 Q2") };

        var atQ2 = Evaluate(Document(held), "2025-01-15").Quarters;
        var atQ3Deadline = Evaluate(Document(held), "2025-03-31").Quarters;

        atQ2.Select(q => (q.Period.ToString(), q.Status, q.PresentedOn, q.DaysLate)).Should().Equal(
            ("2024/25 Q1", ReportStatus.OnTime, (LocalDate?)Build.Date("2024-09-20"), 0),
            ("2024/25 Q2", ReportStatus.Late, (LocalDate?)Build.Date("2025-01-15"), 16),
            ("2024/25 Q3", ReportStatus.Pending, (LocalDate?)null, 0));
        atQ3Deadline[2].Should().Match<PeriodReport>(q => q.Deadline == Build.Date("2025-03-31") && q.Status == ReportStatus.Pending && q.DaysLate == 0);
    }

    [Fact]
    public void REV5_a_year_starting_on_the_plans_last_day_and_one_ending_on_the_as_of_date_need_annual_reports()
    {
        var document = Document([]);
        document = document with { Plan = document.Plan with { End = Build.Date("2025-04-01") } };

        var years = Evaluate(document, "2026-03-31").AnnualReports;

        years.Select(y => y.Period.ToString()).Should().Equal("2023/24", "2024/25", "2025/26");
    }

    [Fact]
    public void REV3_one_missing_annual_report_of_two_is_enough_to_break_compliance()
    {
        // Plan from 2022-04-01: at 2025-01-15 the closed years are 2022/23 (no report: missing) and 2023/24 (on time).
        var held = new[] { Held("2024-06-28", ReviewKind.Annual, "2023/24"), Held("2024-09-20", period: "2024/25 Q1"), Held("2024-12-13", period: "2024/25 Q2") };
        var document = Document(held);
        document = document with { Plan = document.Plan with { Start = Build.Date("2022-04-01") } };

        var report = Evaluate(document, "2025-01-15");

        report.AnnualReports.Select(a => (a.Period.ToString(), a.Status)).Should().Equal(("2022/23", ReportStatus.Missing), ("2023/24", ReportStatus.OnTime));
        report.Breaches.Should().BeEmpty();
        report.Quarters.Should().OnlyContain(q => q.Status == ReportStatus.OnTime || q.Status == ReportStatus.Pending);
        report.IsCompliant.Should().BeFalse();
    }

    [Fact]
    public void REV4_REV5_REV7_the_cycles_own_lags_and_cadence_replace_the_defaults()
    {
        // Lags of one and two months: Q1 (ends 2024-06-30) due by 2024-07-30; 2023/24 (ends 2024-03-31) by 2024-05-31.
        // A monthly cadence makes the action updated on 2024-11-01 stale at 2025-01-15 (three months would not).
        var action = Build.Action("a", "o", null) with { Updates = [new ActionUpdate { AsOf = Build.Date("2024-11-01"), Status = ActionStatus.OnTrack }] };
        var document = Document([], action);
        document = document with
        {
            Reviews = document.Reviews! with { ReportingLag = Period.FromMonths(1), AnnualReportLag = Period.FromMonths(2), Cadence = Period.FromMonths(1) },
        };

        var report = Evaluate(document, "2025-01-15");

        report.Quarters[0].Deadline.Should().Be(Build.Date("2024-07-30"));
        report.AnnualReports[0].Deadline.Should().Be(Build.Date("2024-05-31"));
        report.StaleItems.Select(i => (i.Kind, i.Id)).Should().Equal((StaleItemKind.Action, "a"));
        report.StaleItems[0].Reason.Should().Be("latest update 2024-11-01, more than 1 month before 2025-01-15 (REV-7)");
    }

    [Fact]
    public void REV1_a_review_on_the_first_day_is_in_the_cycle_and_one_after_the_end_on_the_as_of_date_is_outside_it()
    {
        var document = Document([Held("2024-04-01"), Held("2025-01-15")]);
        document = document with { Reviews = document.Reviews! with { End = Build.Date("2024-12-31") } };

        var report = Evaluate(document, "2025-01-15");

        report.OutsideCycle.Select(h => h.Date).Should().Equal(Build.Date("2025-01-15"));
        report.Schedule[0].Should().Match<ScheduledReview>(s => s.Due == Build.Date("2024-07-01") && s.Held == Build.Date("2024-04-01") && s.OnTime);
    }

    [Fact]
    public void REV2_a_review_held_on_the_as_of_date_is_in_the_schedule_and_on_time_means_on_or_before_the_due_date()
    {
        // Due 2024-07-01, held that day; due 2024-10-01, held 2024-10-02; due 2025-01-02, held on the as-of date, 2025-01-15.
        var report = Evaluate(Document([Held("2024-07-01"), Held("2024-10-02"), Held("2025-01-15")]), "2025-01-15");

        report.Schedule.Select(s => (s.Due, s.Held, s.OnTime, s.DaysLate)).Should().Equal(
            (Build.Date("2024-07-01"), (LocalDate?)Build.Date("2024-07-01"), true, 0),
            (Build.Date("2024-10-01"), (LocalDate?)Build.Date("2024-10-02"), false, 1),
            (Build.Date("2025-01-02"), (LocalDate?)Build.Date("2025-01-15"), false, 13),
            (Build.Date("2025-04-15"), (LocalDate?)null, false, 0));
    }

    [Fact]
    public void REV2_with_no_review_ever_held_the_breach_is_before_the_first_review()
    {
        var report = Evaluate(Document([]), "2024-08-01");

        report.Breaches.Should().ContainSingle().Which.Kind.Should().Be(BreachKind.BeforeFirstReview);
    }

    [Fact]
    public void REV7_completed_cancelled_and_deferred_actions_are_never_stale_and_one_never_updated_says_since_when()
    {
        ActionUpdate Old(ActionStatus status) => new() { AsOf = Build.Date("2024-05-01"), Status = status };
        var actions = new[]
        {
            Build.Action("done", "o", null) with { Updates = [Old(ActionStatus.Completed)] },
            Build.Action("dropped", "o", null) with { Updates = [Old(ActionStatus.Cancelled)] },
            Build.Action("later", "o", null) with { Updates = [Old(ActionStatus.Deferred)] },
            Build.Action("quiet", "o", null),
        };

        var stale = Evaluate(Document([Held("2024-07-01"), Held("2024-10-01"), Held("2025-01-01")], actions), "2025-01-15").StaleItems;

        stale.Select(i => i.Id).Should().Equal("quiet");
        stale[0].Reason.Should().Be("no update since it started on 2024-04-01, more than 3 months before 2025-01-15 (REV-7)");
    }

    [Fact]
    public void REV7_a_stale_measure_was_last_updated_at_the_end_of_its_latest_actual()
    {
        // Actuals for 2024/25 Q1 (ends 2024-06-30), Q2 (2024-09-30) and, listed last, 2023/24 Q4 (2024-03-31); none for
        // 2024/25 Q4, the current quarter.
        var measure = Build.Measure("m", 50, ("2024/25 Q1", 40), ("2024/25 Q2", 45), ("2023/24 Q4", 30));
        var document = Document([]) with { Plan = Build.Document([Build.Outcome("o", measure)]).Plan };

        var stale = Evaluate(document, "2025-03-31").StaleItems.Single(i => i.Kind == StaleItemKind.Measure);

        stale.LastUpdated.Should().Be(Build.Date("2024-09-30"));
    }

    [Fact]
    public void VAL1_the_review_front_door_names_a_missing_document_first_and_says_what_it_refuses()
    {
        var document = Document([]);
        document = document with { Reviews = document.Reviews! with { Cadence = Period.Zero } };

        ((Action)(() => ReviewRules.Evaluate(null!, new LocalDate(1, 1, 1)))).Should().Throw<ArgumentNullException>().WithParameterName("document");
        ReviewRules.Evaluate(document, Build.Date("2025-01-15")).Invoking(r => r.GetValueOrThrow()).Should().Throw<InvalidOperationException>()
            .WithMessage("The review cycle cannot be evaluated: error SP*");
    }
}

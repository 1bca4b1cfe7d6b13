using CsCheck;
using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;
using StrategicPlanning.Reviews;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Reviews;

public class ReviewComplianceTests
{
    private static PlanDocument WithReviews(string start, params string[] held) => Build.Document([Build.Outcome("o")]) with
    {
        Reviews = new ReviewCycle
        {
            Cadence = Period.FromMonths(3),
            Start = Build.Date(start),
            Held = [.. held.Select(d => new HeldReview { Date = Build.Date(d), Kind = ReviewKind.Quarterly })],
        },
    };

    private static ReviewReport Evaluate(PlanDocument document, string asOf) =>
        ReviewRules.Evaluate(document, Build.Date(asOf)).GetValueOrThrow();

    [Fact]
    public void REV6_Derbys_September_November_February_July_pattern_breaks_REV2_on_February_to_July_only()
    {
        var document = WithReviews("2023-06-01", "2023-06-14", "2023-09-13", "2023-11-15", "2024-02-14", "2024-07-17", "2024-09-11");

        var report = Evaluate(document, "2024-10-01");

        var breach = report.Breaches.Should().ContainSingle().Subject;
        breach.Kind.Should().Be(BreachKind.BetweenReviews);
        breach.From.Should().Be(Build.Date("2024-02-14"));
        breach.To.Should().Be(Build.Date("2024-07-17"));
        breach.Due.Should().Be(Build.Date("2024-05-14"));
        breach.Gap.Should().Be(Period.FromMonths(5) + Period.FromDays(3));
        breach.DaysOverdue.Should().Be(64);
        report.IsCompliant.Should().BeFalse();
    }

    [Fact]
    public void REV2_a_review_on_the_very_due_date_is_on_time_and_the_next_day_is_a_breach()
    {
        Evaluate(WithReviews("2024-09-11", "2024-12-11"), "2024-12-11").Breaches.Should().BeEmpty();
        var late = Evaluate(WithReviews("2024-09-11", "2024-12-12"), "2024-12-12").Breaches.Should().ContainSingle().Subject;
        late.Kind.Should().Be(BreachKind.BeforeFirstReview);
        late.Due.Should().Be(Build.Date("2024-12-11"));
        late.DaysOverdue.Should().Be(1);
    }

    [Fact]
    public void REV2_with_no_review_since_the_last_the_gap_to_the_as_of_date_is_a_breach()
    {
        var report = Evaluate(WithReviews("2024-04-01", "2024-06-30"), "2024-10-01");

        var breach = report.Breaches.Should().ContainSingle().Subject;
        breach.Kind.Should().Be(BreachKind.SinceLastReview);
        breach.Due.Should().Be(Build.Date("2024-09-30"));
        breach.To.Should().Be(Build.Date("2024-10-01"));
        report.Status.Should().Be(ReviewStatus.Overdue);
    }

    [Theory]
    [InlineData("2024-11-30", "2025-02-28")]
    [InlineData("2024-08-31", "2024-11-30")]
    [InlineData("2023-11-30", "2024-02-29")]
    [InlineData("2024-05-31", "2024-08-31")]
    public void CAL4_REV3_due_dates_add_calendar_months_and_clamp_to_month_end(string last, string due)
    {
        var report = Evaluate(WithReviews("2023-01-01", "2023-03-31", "2023-06-30", "2023-09-29", "2023-11-30"), "2023-12-01");
        report.NextDue.Should().Be(Build.Date("2024-02-29"), "2023-11-30 + 3 months in a leap year");

        var single = Evaluate(WithReviews(last, last), last);

        single.NextDue.Should().Be(Build.Date(due));
    }

    [Fact]
    public void CAL4_due_dates_never_drift_because_each_is_computed_from_the_review_before()
    {
        // Reviews held exactly on each due date from 2024-08-31: 11-30, then 02-28, then 05-28 (from 02-28), never adding days.
        var report = Evaluate(WithReviews("2024-08-31", "2024-11-30", "2025-02-28", "2025-05-28"), "2025-06-01");

        report.Schedule.Select(s => s.Due).Should().Equal(Build.Date("2024-11-30"), Build.Date("2025-02-28"), Build.Date("2025-05-28"), Build.Date("2025-08-28"));
        report.Breaches.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2024-11-26", ReviewStatus.OnSchedule)]
    [InlineData("2024-11-27", ReviewStatus.DueSoon)]
    [InlineData("2024-12-11", ReviewStatus.DueSoon)]
    [InlineData("2024-12-12", ReviewStatus.Overdue)]
    public void REV3_the_next_review_is_on_schedule_due_soon_within_14_days_or_overdue(string asOf, ReviewStatus expected)
    {
        var report = Evaluate(WithReviews("2024-06-01", "2024-09-11"), asOf);

        report.NextDue.Should().Be(Build.Date("2024-12-11"));
        report.Status.Should().Be(expected);
    }

    [Fact]
    public void REV3_the_due_soon_window_comes_from_the_document()
    {
        var document = WithReviews("2024-06-01", "2024-09-11");
        document = document with { Reviews = document.Reviews! with { DueSoonWithin = Period.FromDays(30) } };

        Evaluate(document, "2024-11-12").Status.Should().Be(ReviewStatus.DueSoon);
        Evaluate(document, "2024-11-10").Status.Should().Be(ReviewStatus.OnSchedule);
    }

    [Fact]
    public void REV1_after_the_cycle_ends_no_review_is_due_and_no_breach_runs_on()
    {
        var document = WithReviews("2024-04-01", "2024-06-30");
        document = document with { Reviews = document.Reviews! with { End = Build.Date("2024-08-31") } };

        var report = Evaluate(document, "2025-03-31");

        report.Breaches.Should().BeEmpty();
        report.NextDue.Should().BeNull();
        report.Status.Should().Be(ReviewStatus.Ended, "the next review, 2024-09-30, would fall after the end");
    }

    [Fact]
    public void REV1_REV3_a_review_due_before_the_end_and_never_held_is_late_to_the_end_date_everywhere_and_the_cycle_has_ended()
    {
        // Start 2024-04-01; held 2024-06-30 (due 2024-07-01, on time); next due 2024-09-30, never held; the cycle ends
        // 2024-10-26. At 2024-11-27 that is 58 days after the due date, but only 26 (Sep 30 -> Oct 26) count: to the end.
        var document = WithReviews("2024-04-01", "2024-06-30");
        document = document with { Reviews = document.Reviews! with { End = Build.Date("2024-10-26") } };

        var report = Evaluate(document, "2024-11-27");

        report.Status.Should().Be(ReviewStatus.Ended);
        report.NextDue.Should().BeNull();
        report.Schedule.Select(s => (s.Due, s.Held, s.DaysLate)).Should().Equal(
            (Build.Date("2024-07-01"), (LocalDate?)Build.Date("2024-06-30"), 0),
            (Build.Date("2024-09-30"), (LocalDate?)null, 26));
        var breach = report.Breaches.Should().ContainSingle().Subject;
        (breach.Kind, breach.From, breach.To, breach.Due, breach.DaysOverdue).Should().Be(
            (BreachKind.SinceLastReview, Build.Date("2024-06-30"), Build.Date("2024-10-26"), Build.Date("2024-09-30"), 26));
        breach.Gap.Should().Be(Period.FromMonths(3) + Period.FromDays(26));

        // On the end date itself the cycle has not ended: the same review is overdue by the same 26 days.
        var onTheEnd = Evaluate(document, "2024-10-26");
        onTheEnd.Status.Should().Be(ReviewStatus.Overdue);
        onTheEnd.NextDue.Should().Be(Build.Date("2024-09-30"));
        onTheEnd.Schedule[^1].DaysLate.Should().Be(26);
        onTheEnd.Breaches.Should().ContainSingle().Which.DaysOverdue.Should().Be(26);
    }

    [Fact]
    public void REV3_a_review_due_on_the_end_date_and_not_held_is_due_soon_that_day_and_a_breach_of_0_days_once_the_cycle_has_ended()
    {
        // Held 2024-06-30, so due 2024-09-30, the very day the cycle ends.
        var document = WithReviews("2024-04-01", "2024-06-30");
        document = document with { Reviews = document.Reviews! with { End = Build.Date("2024-09-30") } };

        var onTheEnd = Evaluate(document, "2024-09-30");
        onTheEnd.Status.Should().Be(ReviewStatus.DueSoon);
        onTheEnd.NextDue.Should().Be(Build.Date("2024-09-30"));
        onTheEnd.Breaches.Should().BeEmpty();

        var after = Evaluate(document, "2024-10-01");
        after.Status.Should().Be(ReviewStatus.Ended);
        after.NextDue.Should().BeNull();
        (after.Schedule[^1].Due, after.Schedule[^1].Held, after.Schedule[^1].DaysLate).Should().Be((Build.Date("2024-09-30"), (LocalDate?)null, 0));
        var breach = after.Breaches.Should().ContainSingle().Subject;
        (breach.To, breach.Due, breach.DaysOverdue).Should().Be((Build.Date("2024-09-30"), Build.Date("2024-09-30"), 0));
    }

    [Fact]
    public void REV1_reviews_held_before_the_start_or_after_the_end_are_outside_the_cycle_not_errors_and_still_report_their_period()
    {
        // Cycle 2024-05-01 to 2025-03-31. In the cycle: 2024-07-24 (due 2024-08-01), 2024-10-23 (due 2024-10-24),
        // 2025-01-22 (due 2025-01-23), all on time; the next would be due 2025-04-22, after the end: ended, no breach.
        // Outside: the 2023/24 Annual Report on 2024-04-17 (before the start) and the Q4 report on 2025-04-16 (after the end).
        var document = Build.Document([Build.Outcome("o")], Build.Action("a", "o", null)) with
        {
            Reviews = new ReviewCycle
            {
                Cadence = Period.FromMonths(3),
                Start = Build.Date("2024-05-01"),
                End = Build.Date("2025-03-31"),
                Held =
                [
                    new HeldReview { Date = Build.Date("2025-04-16"), Kind = ReviewKind.Quarterly, Period = "2024/25 Q4" },
                    new HeldReview { Date = Build.Date("2024-04-17"), Kind = ReviewKind.Annual, Period = "2023/24" },
                    new HeldReview { Date = Build.Date("2024-07-24"), Kind = ReviewKind.Quarterly, Period = "2024/25 Q1" },
                    new HeldReview { Date = Build.Date("2024-10-23"), Kind = ReviewKind.Quarterly, Period = "2024/25 Q2" },
                    new HeldReview { Date = Build.Date("2025-01-22"), Kind = ReviewKind.Quarterly, Period = "2024/25 Q3" },
                ],
            },
        };

        PlanValidator.Validate(document).Issues.Should().NotContain(i => i.Area == ValidationArea.Reviews, "SP1702 is retired: a review before the start is not an error");
        var report = Evaluate(document, "2025-05-01");

        report.OutsideCycle.Select(h => h.Date).Should().Equal(Build.Date("2024-04-17"), Build.Date("2025-04-16"));
        report.Schedule.Select(s => (s.Due, s.Held, s.DaysLate)).Should().Equal(
            (Build.Date("2024-08-01"), (LocalDate?)Build.Date("2024-07-24"), 0),
            (Build.Date("2024-10-24"), (LocalDate?)Build.Date("2024-10-23"), 0),
            (Build.Date("2025-01-23"), (LocalDate?)Build.Date("2025-01-22"), 0));
        report.Breaches.Should().BeEmpty();
        report.Status.Should().Be(ReviewStatus.Ended);
        report.NextDue.Should().BeNull();
        report.Quarters[3].Should().Match<PeriodReport>(q => q.Period.ToString() == "2024/25 Q4" && q.Status == ReportStatus.OnTime
            && q.PresentedOn == Build.Date("2025-04-16") && q.Deadline == Build.Date("2025-06-30"));
        report.AnnualReports.Select(a => (a.Period.ToString(), a.Status, a.PresentedOn)).Should().Equal(
            ("2023/24", ReportStatus.OnTime, (LocalDate?)Build.Date("2024-04-17")),
            ("2024/25", ReportStatus.Pending, (LocalDate?)null));
        report.IsCompliant.Should().BeTrue();
    }

    [Fact]
    public void REV4_each_closed_quarter_of_the_delivery_plans_year_is_on_time_late_missing_or_pending()
    {
        var document = Build.Document([Build.Outcome("o")], Build.Action("a", "o", null)) with
        {
            Reviews = new ReviewCycle
            {
                Cadence = Period.FromMonths(3),
                Start = Build.Date("2024-04-01"),
                Held =
                [
                    new HeldReview { Date = Build.Date("2024-09-30"), Kind = ReviewKind.Quarterly, Period = "2024/25 Q1" },
                    new HeldReview { Date = Build.Date("2025-01-15"), Kind = ReviewKind.Quarterly, Period = "2024/25 Q2" },
                ],
            },
        };

        var report = Evaluate(document, "2025-04-15");

        report.Quarters.Select(q => (q.Period.ToString(), q.Status, q.DaysLate)).Should().Equal(
            ("2024/25 Q1", ReportStatus.OnTime, 0),
            ("2024/25 Q2", ReportStatus.Late, 16),
            ("2024/25 Q3", ReportStatus.Missing, 15),
            ("2024/25 Q4", ReportStatus.Pending, 0));
        report.Quarters[1].Deadline.Should().Be(Build.Date("2024-12-30"), "30 September plus three calendar months (CAL-4)");
        report.Quarters[2].Deadline.Should().Be(Build.Date("2025-03-31"));
    }

    [Fact]
    public void REV5_each_closed_year_of_the_plan_needs_an_annual_report_within_six_months()
    {
        var document = Build.Document([Build.Outcome("o")]) with
        {
            Reviews = new ReviewCycle
            {
                Cadence = Period.FromMonths(3),
                Start = Build.Date("2023-04-01"),
                Held =
                [
                    new HeldReview { Date = Build.Date("2024-07-17"), Kind = ReviewKind.Annual, Period = "2023/24" },
                    new HeldReview { Date = Build.Date("2025-06-01"), Kind = ReviewKind.Other, Period = "2024/25" },
                ],
            },
        };

        var report = Evaluate(document, "2025-10-15");

        report.AnnualReports.Select(a => (a.Period.ToString(), a.Status)).Should().Equal(
            ("2023/24", ReportStatus.OnTime),
            ("2024/25", ReportStatus.Missing));
        report.AnnualReports[1].Deadline.Should().Be(Build.Date("2025-09-30"));
    }

    [Fact]
    public void CAL1_CAL2_a_calendar_year_council_reports_quarters_January_to_March_first()
    {
        var document = Build.Document([Build.Outcome("o")]) with
        {
            Calendar = ReportingCalendar.StartingIn(1),
            DeliveryPlans = [new StrategicPlanning.Model.DeliveryPlan { Id = "dp", Title = "2024", Year = "2024" }],
            Reviews = new ReviewCycle
            {
                Cadence = Period.FromMonths(3),
                Start = Build.Date("2024-01-01"),
                Held = [new HeldReview { Date = Build.Date("2024-05-01"), Kind = ReviewKind.Quarterly, Period = "2024 Q1" }],
            },
        };

        var report = Evaluate(document, "2024-07-01");

        report.Quarters.Select(q => (q.Period.ToString(), q.Deadline, q.Status)).Should().Equal(
            ("2024 Q1", Build.Date("2024-06-30"), ReportStatus.OnTime),
            ("2024 Q2", Build.Date("2024-09-30"), ReportStatus.Pending));
    }

    [Fact]
    public void CAL1_CAL2_a_US_style_year_starting_in_October_has_Q1_October_to_December()
    {
        var document = Build.Document([Build.Outcome("o")]) with
        {
            Calendar = ReportingCalendar.StartingIn(10),
            DeliveryPlans = [new StrategicPlanning.Model.DeliveryPlan { Id = "dp", Title = "FY25", Year = "2024/25" }],
        };

        var report = Evaluate(document, "2025-01-01");

        report.Quarters.Should().ContainSingle().Which.Period.Should().Be(ReportingCalendar.StartingIn(10).Parse("2024/25 Q1"));
        report.Quarters[0].Deadline.Should().Be(Build.Date("2025-03-31"));
        report.Quarters[0].Status.Should().Be(ReportStatus.Pending);
    }

    [Fact]
    public void REV7_stale_actions_measures_and_risks_are_reported()
    {
        var report = ReviewRules.Evaluate(Samples.FormatExample(), Build.Date("2024-10-01")).GetValueOrThrow();

        report.StaleItems.Select(i => (i.Kind, i.Id)).Should().Equal(
            (StaleItemKind.Action, "a.cycle-routes"),
            (StaleItemKind.Measure, "m.recycling"),
            (StaleItemKind.Risk, "r.budget-gap"));
        report.StaleItems[0].Reason.Should().Be("latest update 2024-06-30, more than 3 months before 2024-10-01 (REV-7)");
        report.StaleItems[1].Reason.Should().Be("no actual for 2024/25 Q2, its current period (MEA-4, REV-7)");
        report.StaleItems[1].LastUpdated.Should().Be(Build.Date("2024-06-30"));
        report.StaleItems[2].Reason.Should().Be("last assessed 2024-06-30, more than 3 months before 2024-10-01 (RSK-7, REV-7)");
        report.StaleItems[2].LastUpdated.Should().Be(Build.Date("2024-06-30"));
    }

    [Fact]
    public void REV7_RSK7_a_risk_never_assessed_is_stale_since_it_was_registered()
    {
        var document = Samples.FormatExample();
        var register = document.RiskRegister!;
        document = document with { RiskRegister = register with { Risks = [register.Risks[0] with { Assessments = [] }] } };

        var stale = ReviewRules.Evaluate(document, Build.Date("2024-10-01")).GetValueOrThrow().StaleItems.Single(i => i.Kind == StaleItemKind.Risk);

        (stale.Id, stale.LastUpdated, stale.Reason).Should().Be(("r.budget-gap", (LocalDate?)null, "never assessed since it was registered (RSK-7, REV-7)"));
    }

    [Fact]
    public void REV7_an_update_within_the_cadence_and_a_finished_action_are_not_stale()
    {
        var report = ReviewRules.Evaluate(Samples.FormatExample(), Build.Date("2024-09-30")).GetValueOrThrow();

        report.StaleItems.Should().NotContain(i => i.Kind == StaleItemKind.Action, "2024-06-30 plus 3 months is 2024-09-30, not before it");
    }

    [Fact]
    public void REV1_a_zero_cadence_is_refused_with_the_validation_error_not_evaluated_forever()
    {
        var document = WithReviews("2024-04-01");
        document = document with { Reviews = document.Reviews! with { Cadence = Period.Zero } };

        var result = ReviewRules.Evaluate(document, Build.Date("2025-01-01"));

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.InvalidCadence);
    }

    [Fact]
    public void REV2_a_breach_is_reported_exactly_where_a_gap_exceeds_the_cadence()
    {
        var start = Build.Date("2023-01-31");
        Gen.Int[1, 200].Array[0, 12].Sample(steps =>
        {
            var dates = new List<LocalDate>();
            var day = start;
            foreach (var step in steps)
            {
                day = day.PlusDays(step);
                dates.Add(day);
            }

            var asOf = day.PlusDays(10);
            var report = Evaluate(WithReviews("2023-01-31", [.. dates.Select(d => d.ToString("uuuu-MM-dd", null))]), asOf.ToString("uuuu-MM-dd", null));

            // Brute force: each consecutive pair (start, h1, ..., hn, as-of) is a breach exactly when the second is after the first plus 3 months.
            var points = new[] { start }.Concat(dates).ToList();
            var expected = points.Zip(points.Skip(1).Append(asOf)).Where(p => p.Second > p.First.PlusMonths(3)).Select(p => p.First.PlusMonths(3)).ToList();
            report.Breaches.Select(b => b.Due).Should().Equal(expected);
        }, iter: 300);
    }
}

public class DurationWordingTests
{
    [Theory]
    [InlineData("P3M", "3 months")]
    [InlineData("P1Y2M", "1 year and 2 months")]
    [InlineData("P5M3D", "5 months and 3 days")]
    [InlineData("P1Y1M1W1D", "1 year, 1 month, 1 week and 1 day")]
    [InlineData("P0D", "0 days")]
    public void Durations_read_as_words(string iso, string words)
    {
        StrategicPlanning.Core.Durations.Describe(NodaTime.Text.PeriodPattern.Roundtrip.Parse(iso).Value).Should().Be(words);
    }
}

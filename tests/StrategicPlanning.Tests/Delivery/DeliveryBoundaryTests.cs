using StrategicPlanning.Delivery;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Delivery;

/// <summary>
/// The edges of the delivery rules a mutation run showed no other test held (issue 21): a delivery plan on the first
/// day of its year, a year label that is not a financial year, not started on the start day, milestones due or
/// completed on the as-of date, percent complete reported on it or twice on one day, and the guards.
/// </summary>
public class DeliveryBoundaryTests
{
    private static DeliveryPlan Plan(string id, string year) => new() { Id = id, Title = "Plan " + id, Year = year };

    private static IEnumerable<string> Ids(PlanDocument document, string asOf) =>
        ActionEvaluator.CountingDeliveryPlans(document, Build.Date(asOf)).Select(p => p.Id);

    [Fact]
    public void ACT5_a_delivery_plan_counts_from_the_first_day_of_its_year_and_a_label_that_is_no_financial_year_never_counts()
    {
        var document = Build.Document([Build.Outcome("o")]) with
        {
            DeliveryPlans = [Plan("dp23", "2023/24"), Plan("dp24", "2024/25"), Plan("quarter", "2024/25 Q1"), Plan("typo", "2024-25")],
        };

        Ids(document, "2024-04-01").Should().Equal("dp24");
        Ids(document, "2024-03-31").Should().Equal("dp23");
        Ids(document, "2025-06-30").Should().Equal("dp24");
    }

    [Fact]
    public void ACT3_reported_not_started_on_the_start_day_is_not_yet_due()
    {
        var action = Build.Action("a", "o", null) with
        {
            Start = Build.Date("2024-06-01"),
            Updates = [new ActionUpdate { AsOf = Build.Date("2024-05-01"), Status = ActionStatus.NotStarted }],
        };

        ActionEvaluator.Evaluate(action, Build.Date("2024-06-01")).Status.Should().Be(EffectiveActionStatus.NotYetDue);
        ActionEvaluator.Evaluate(action, Build.Date("2024-06-02")).Status.Should().Be(EffectiveActionStatus.LateStart);
    }

    [Fact]
    public void ACT4_a_milestone_due_today_is_not_overdue_and_one_completed_today_counts_as_done()
    {
        // At 2025-03-10: m1 completed the day before, m2 completed today, m3 completed the day after, m4 due today.
        var action = Build.Action("a", "o", ActionStatus.OnTrack) with
        {
            Milestones =
            [
                new Milestone { Id = "m1", Title = "One", Due = Build.Date("2025-01-31"), Completed = Build.Date("2025-03-09") },
                new Milestone { Id = "m2", Title = "Two", Due = Build.Date("2025-02-28"), Completed = Build.Date("2025-03-10") },
                new Milestone { Id = "m3", Title = "Three", Due = Build.Date("2025-03-01"), Completed = Build.Date("2025-03-11") },
                new Milestone { Id = "m4", Title = "Four", Due = Build.Date("2025-03-10") },
            ],
        };

        var evaluation = ActionEvaluator.Evaluate(action, Build.Date("2025-03-10"));

        evaluation.OverdueMilestones.Select(m => m.Id).Should().Equal("m3");
        evaluation.PercentComplete.Should().Be(50m, "m1 and m2 of four");
        evaluation.PercentCompleteFromMilestones.Should().BeTrue();
    }

    [Fact]
    public void ACT4_a_percent_reported_on_the_as_of_date_counts_and_of_two_on_one_day_the_later_entry_wins()
    {
        var action = Build.Action("a", "o", null) with
        {
            Updates =
            [
                new ActionUpdate { AsOf = Build.Date("2025-02-01"), Status = ActionStatus.OnTrack, PercentComplete = 20 },
                new ActionUpdate { AsOf = Build.Date("2025-03-10"), Status = ActionStatus.OnTrack, PercentComplete = 40 },
                new ActionUpdate { AsOf = Build.Date("2025-03-10"), Status = ActionStatus.OnTrack, PercentComplete = 45 },
                new ActionUpdate { AsOf = Build.Date("2025-03-10"), Status = ActionStatus.OnTrack },
            ],
        };

        ActionEvaluator.Evaluate(action, Build.Date("2025-03-10")).PercentComplete.Should().Be(45m);
        ActionEvaluator.Evaluate(action, Build.Date("2025-03-09")).PercentComplete.Should().Be(20m);
    }

    [Fact]
    public void ACT4_an_action_with_no_percent_and_no_milestones_has_no_percent_complete()
    {
        var evaluation = ActionEvaluator.Evaluate(Build.Action("a", "o", ActionStatus.OnTrack), Build.Date("2025-03-10"));

        evaluation.PercentComplete.Should().BeNull();
        evaluation.PercentCompleteFromMilestones.Should().BeFalse();
    }

    [Fact]
    public void A_missing_argument_is_refused_naming_it_and_a_refusal_says_the_delivery_plans_cannot_be_evaluated()
    {
        var broken = Build.Document([Build.Outcome("o")], Build.Action("a", "o", ActionStatus.OnTrack), Build.Action("a", "o", ActionStatus.OnTrack));

        ((Action)(() => ActionEvaluator.LatestUpdate(null!, Build.Date("2025-03-10")))).Should().Throw<ArgumentNullException>().WithParameterName("action");
        ((Action)(() => ActionEvaluator.CountingDeliveryPlans(null!, Build.Date("2025-03-10")))).Should().Throw<ArgumentNullException>().WithParameterName("document");
        ((Action)(() => DeliveryRules.Evaluate(null!, new NodaTime.LocalDate(1, 1, 1)))).Should().Throw<ArgumentNullException>().WithParameterName("document");
        ((Action)(() => DeliveryRules.Evaluate(Build.Document([Build.Outcome("o")]), new NodaTime.LocalDate(9999, 6, 30)))).Should().Throw<ArgumentOutOfRangeException>();
        DeliveryRules.Evaluate(broken, Build.Date("2025-03-10")).Invoking(r => r.GetValueOrThrow()).Should().Throw<InvalidOperationException>()
            .WithMessage("The delivery plans cannot be evaluated: error SP*");
        DeliveryRules.Evaluate(Build.Document([Build.Outcome("o")]), Build.Date("2025-03-10")).GetValueOrThrow()
            .Invoking(r => r.Find(null!)).Should().Throw<ArgumentNullException>().WithParameterName("actionId");
    }
}

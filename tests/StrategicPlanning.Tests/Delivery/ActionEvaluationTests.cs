using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Delivery;

public class ActionEvaluationTests
{
    private static EffectiveActionStatus StatusAt(DeliveryAction action, string asOf) => ActionEvaluator.Evaluate(action, Build.Date(asOf)).Status;

    [Fact]
    public void ACT3_an_overdue_action_reported_on_track_is_red()
    {
        var action = Build.Action("a", "o", ActionStatus.OnTrack, due: "2025-01-31");

        StatusAt(action, "2025-03-31").Should().Be(EffectiveActionStatus.Overdue);
        ActionEvaluator.RagOf(EffectiveActionStatus.Overdue).Should().Be(Rag.Red);
    }

    [Fact]
    public void ACT3_due_today_is_not_overdue()
    {
        StatusAt(Build.Action("a", "o", ActionStatus.OnTrack, due: "2025-03-31"), "2025-03-31").Should().Be(EffectiveActionStatus.OnTrack);
        StatusAt(Build.Action("a", "o", ActionStatus.OnTrack, due: "2025-03-31"), "2025-04-01").Should().Be(EffectiveActionStatus.Overdue);
    }

    [Theory]
    [InlineData(ActionStatus.Cancelled, EffectiveActionStatus.Cancelled)]
    [InlineData(ActionStatus.Deferred, EffectiveActionStatus.Deferred)]
    [InlineData(ActionStatus.Completed, EffectiveActionStatus.Complete)]
    public void ACT3_cancelled_deferred_and_completed_come_before_the_due_date(ActionStatus reported, EffectiveActionStatus expected)
    {
        StatusAt(Build.Action("a", "o", reported, due: "2024-12-31"), "2025-03-31").Should().Be(expected);
    }

    [Fact]
    public void ACT3_an_overdue_action_with_no_update_is_red()
    {
        StatusAt(Build.Action("a", "o", null, due: "2024-12-31"), "2025-03-31").Should().Be(EffectiveActionStatus.Overdue);
    }

    [Fact]
    public void ACT3_no_update_before_the_start_is_not_yet_due_and_after_the_start_is_no_data()
    {
        var action = Build.Action("a", "o", null) with { Start = Build.Date("2024-06-01") };

        StatusAt(action, "2024-06-01").Should().Be(EffectiveActionStatus.NotYetDue);
        StatusAt(action, "2024-06-02").Should().Be(EffectiveActionStatus.NoData);
    }

    [Fact]
    public void ACT3_not_started_is_not_yet_due_before_the_start_and_a_late_start_after_it()
    {
        var action = Build.Action("a", "o", null) with
        {
            Start = Build.Date("2024-06-01"),
            Updates = [new ActionUpdate { AsOf = Build.Date("2024-05-01"), Status = ActionStatus.NotStarted }],
        };

        StatusAt(action, "2024-05-15").Should().Be(EffectiveActionStatus.NotYetDue);
        StatusAt(action, "2024-07-01").Should().Be(EffectiveActionStatus.LateStart);
        ActionEvaluator.RagOf(EffectiveActionStatus.LateStart).Should().Be(Rag.Amber);
    }

    [Theory]
    [InlineData(ActionStatus.OnTrack, EffectiveActionStatus.OnTrack, Rag.Green)]
    [InlineData(ActionStatus.AtRisk, EffectiveActionStatus.AtRisk, Rag.Amber)]
    [InlineData(ActionStatus.OffTrack, EffectiveActionStatus.OffTrack, Rag.Red)]
    public void ACT2_ACT3_otherwise_the_reported_status_counts(ActionStatus reported, EffectiveActionStatus expected, Rag rag)
    {
        var status = StatusAt(Build.Action("a", "o", reported), "2025-03-15");

        status.Should().Be(expected);
        ActionEvaluator.RagOf(status).Should().Be(rag);
    }

    [Fact]
    public void ACT3_the_latest_update_on_or_before_the_date_counts_and_later_entries_win_ties()
    {
        var action = Build.Action("a", "o", null) with
        {
            Updates =
            [
                new ActionUpdate { AsOf = Build.Date("2024-12-31"), Status = ActionStatus.OffTrack },
                new ActionUpdate { AsOf = Build.Date("2024-09-30"), Status = ActionStatus.OnTrack },
                new ActionUpdate { AsOf = Build.Date("2024-12-31"), Status = ActionStatus.AtRisk },
                new ActionUpdate { AsOf = Build.Date("2025-03-31"), Status = ActionStatus.Completed },
            ],
        };

        StatusAt(action, "2024-10-15").Should().Be(EffectiveActionStatus.OnTrack);
        StatusAt(action, "2025-01-15").Should().Be(EffectiveActionStatus.AtRisk);
        StatusAt(action, "2025-03-31").Should().Be(EffectiveActionStatus.Complete);
    }

    [Fact]
    public void ACT4_milestones_due_and_not_completed_are_overdue_and_give_percent_complete_when_no_update_does()
    {
        var action = Build.Action("a", "o", ActionStatus.OnTrack) with
        {
            Milestones =
            [
                new Milestone { Id = "m1", Title = "Designs", Due = Build.Date("2024-07-31"), Completed = Build.Date("2024-07-20") },
                new Milestone { Id = "m2", Title = "Consultation", Due = Build.Date("2024-10-31") },
                new Milestone { Id = "m3", Title = "Build", Due = Build.Date("2025-02-28"), Completed = Build.Date("2025-03-15") },
                new Milestone { Id = "m4", Title = "Open", Due = Build.Date("2025-03-31") },
            ],
        };

        var evaluation = ActionEvaluator.Evaluate(action, Build.Date("2025-03-10"));

        evaluation.OverdueMilestones.Select(m => m.Id).Should().Equal("m2", "m3");
        evaluation.PercentComplete.Should().Be(25m);
        evaluation.PercentCompleteFromMilestones.Should().BeTrue();
        evaluation.Status.Should().Be(EffectiveActionStatus.OnTrack, "milestones never change the status (ACT-4)");
    }

    [Fact]
    public void ACT4_a_reported_percent_complete_wins_over_milestones()
    {
        var action = Build.Action("a", "o", null) with
        {
            Updates = [new ActionUpdate { AsOf = Build.Date("2025-03-01"), Status = ActionStatus.OnTrack, PercentComplete = 60 }],
            Milestones = [new Milestone { Id = "m1", Title = "Designs", Due = Build.Date("2024-07-31") }],
        };

        var evaluation = ActionEvaluator.Evaluate(action, Build.Date("2025-03-10"));

        evaluation.PercentComplete.Should().Be(60m);
        evaluation.PercentCompleteFromMilestones.Should().BeFalse();
    }

    [Fact]
    public void ACT5_delivery_plans_count_for_their_whole_year_and_after_it_until_the_next()
    {
        var document = Build.Document([Build.Outcome("o")]) with
        {
            DeliveryPlans =
            [
                new DeliveryPlan { Id = "dp23", Title = "2023-24", Year = "2023/24", Approved = Build.Date("2023-09-13") },
                new DeliveryPlan { Id = "dp24", Title = "2024-25", Year = "2024/25", Approved = Build.Date("2024-09-11") },
                new DeliveryPlan { Id = "dp26", Title = "2026-27", Year = "2026/27" },
            ],
        };

        Ids(document, "2024-04-02").Should().Equal("dp24");
        Ids(document, "2024-03-31").Should().Equal("dp23");
        Ids(document, "2025-04-30").Should().Equal("dp24");
        Ids(document, "2023-01-01").Should().BeEmpty();
    }

    private static IEnumerable<string> Ids(StrategicPlanning.Model.PlanDocument document, string asOf) =>
        ActionEvaluator.CountingDeliveryPlans(document, Build.Date(asOf)).Select(p => p.Id);
}

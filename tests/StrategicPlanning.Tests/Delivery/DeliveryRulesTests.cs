using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Delivery;

/// <summary>The Delivery front door: the delivery plans that count at a date and their actions (ACT-3..5).</summary>
public class DeliveryRulesTests
{
    [Fact]
    public void ACT5_the_delivery_plan_of_the_year_counts_and_its_actions_are_evaluated()
    {
        var report = DeliveryRules.Evaluate(Samples.FormatExample(), new LocalDate(2024, 6, 30)).GetValueOrThrow();

        report.CountingPlans.Should().ContainSingle().Which.Id.Should().Be("cdp-2024-25");
        var action = report.Find("a.cycle-routes")!.Value;
        action.Status.Should().Be(EffectiveActionStatus.OnTrack);
        action.Rag.Should().Be(Rag.Green);
        action.PercentComplete.Should().Be(25m);
    }

    [Fact]
    public void ACT5_in_April_the_year_just_closed_still_counts_and_ACT3_overdue_is_red()
    {
        var report = DeliveryRules.Evaluate(Samples.FormatExample(), new LocalDate(2025, 4, 15)).GetValueOrThrow();

        report.CountingPlans.Should().ContainSingle().Which.Year.Should().Be("2024/25");
        report.Actions.Single().Status.Should().Be(EffectiveActionStatus.Overdue);
        report.Actions.Single().Rag.Should().Be(Rag.Red);
    }

    [Fact]
    public void ACT5_before_any_delivery_plan_year_nothing_counts()
    {
        var report = DeliveryRules.Evaluate(Samples.FormatExample(), new LocalDate(2023, 6, 30)).GetValueOrThrow();

        report.CountingPlans.Should().BeEmpty();
        report.Actions.Should().BeEmpty();
        report.Find("a.cycle-routes").Should().BeNull();
    }
}

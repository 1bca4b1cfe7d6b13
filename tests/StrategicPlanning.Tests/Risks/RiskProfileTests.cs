using NodaTime;
using StrategicPlanning.Model;
using StrategicPlanning.Risks;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Risks;

/// <summary>The headline figures every output gives come from the profile, counted once (RSK-5, RSK-7).</summary>
public class RiskProfileTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);

    private static RiskProfile Profile(Func<Risk, IEnumerable<Risk>> risks)
    {
        var document = Samples.FormatExample();
        var register = document.RiskRegister! with { Risks = [.. risks(document.RiskRegister!.Risks[0])] };
        return RiskRules.Evaluate(document with { RiskRegister = register }, AsOf).GetValueOrThrow();
    }

    [Fact]
    public void RSK5_RSK7_an_open_threat_above_appetite_and_unassessed_for_a_quarter_is_in_both_headlines()
    {
        // Assessed 4 × 5 = 20 on 2024-06-30 against an appetite of 12; due for review 2024-09-30.
        var profile = Profile(threat => [threat]);

        profile.OpenThreats.Should().ContainSingle();
        profile.OutsideAppetite.Should().ContainSingle().Which.Current.Score.Should().Be(20);
        profile.OverdueForReview.Should().ContainSingle().Which.ReviewDue.Should().Be(new LocalDate(2024, 9, 30));
    }

    [Fact]
    public void RSK5_RSK7_closed_risks_and_opportunities_are_in_neither_headline()
    {
        var profile = Profile(threat =>
        [
            threat with { Id = "closed", Status = RiskStatus.Closed },
            threat with { Id = "chance", Kind = RiskKind.Opportunity, Treatment = RiskTreatment.Exploit, Assessments = [] },
        ]);

        profile.OpenThreats.Should().BeEmpty();
        profile.OpenOpportunities.Should().ContainSingle().Which.Risk.Id.Should().Be("chance");
        profile.OutsideAppetite.Should().BeEmpty();
        profile.OverdueForReview.Select(r => r.Risk.Id).Should().Equal("chance");
    }

    [Fact]
    public void The_headlines_are_in_register_reading_order_highest_score_first()
    {
        var profile = Profile(threat =>
        [
            threat with { Id = "b.low", Assessments = [threat.Assessments[0] with { Likelihood = 3, Impact = 5 }] },
            threat with { Id = "a.high" },
            threat with { Id = "c.high" },
        ]);

        profile.OutsideAppetite.Select(r => r.Risk.Id).Should().Equal("a.high", "c.high", "b.low");
    }
}

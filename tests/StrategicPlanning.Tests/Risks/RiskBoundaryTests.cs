using NodaTime;
using StrategicPlanning.Model;
using StrategicPlanning.Risks;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Risks;

/// <summary>
/// The edges of the risk rules a mutation run showed no other test held (issue 21): scores exactly at a target or at
/// the appetite, the profile's headline filters, mitigations of mixed status, the heat map's cells, and the guards.
/// </summary>
public class RiskBoundaryTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);

    private static Risk Rated(string id, RiskKind kind, (int L, int I) assessed, (int L, int I)? target = null) => new()
    {
        Id = id,
        Title = "Risk " + id,
        Kind = kind,
        Category = "financial",
        Inherent = new RiskRating { Likelihood = 5, Impact = 5 },
        Assessments = [new RiskAssessment { AsOf = new LocalDate(2025, 3, 1), Likelihood = assessed.L, Impact = assessed.I }],
        Target = target is { } t ? new RiskRating { Likelihood = t.L, Impact = t.I } : null,
        ThemeIds = ["t"],
    };

    private static RiskProfile Evaluate(RiskRegister register, params DeliveryAction[] actions) =>
        RiskRules.Evaluate(Build.Document([Build.Outcome("o")], actions) with { RiskRegister = register }, AsOf).GetValueOrThrow();

    [Fact]
    public void RSK6_a_threat_or_an_opportunity_scoring_exactly_its_target_is_at_target()
    {
        // Current 2 × 3 = 6 against targets 3 × 2 = 6; then 3 × 4 = 12 and 1 × 4 = 4 against a target of 6.
        var register = new RiskRegister
        {
            Risks =
            [
                Rated("threat.equal", RiskKind.Threat, (2, 3), (3, 2)),
                Rated("opportunity.equal", RiskKind.Opportunity, (2, 3), (3, 2)),
                Rated("threat.above", RiskKind.Threat, (3, 4), (2, 3)),
                Rated("opportunity.above", RiskKind.Opportunity, (3, 4), (2, 3)),
                Rated("threat.below", RiskKind.Threat, (1, 4), (2, 3)),
                Rated("opportunity.below", RiskKind.Opportunity, (1, 4), (2, 3)),
            ],
        };

        Evaluate(register).Risks.Select(r => (r.Risk.Id, r.Current.Score, r.Target!.Score, r.AtTarget)).Should().Equal(
            ("threat.equal", 6, 6, (bool?)true),
            ("opportunity.equal", 6, 6, (bool?)true),
            ("threat.above", 12, 6, (bool?)false),
            ("opportunity.above", 12, 6, (bool?)true),
            ("threat.below", 4, 6, (bool?)true),
            ("opportunity.below", 4, 6, (bool?)false));
    }

    [Fact]
    public void RSK5_RSK9_a_threat_scoring_exactly_its_appetite_at_both_quarter_ends_is_within_it_and_a_removal_candidate()
    {
        // 2 × 4 = 8 from 2024-06-30 against an appetite of 8; at 2025-01-15 the last two quarter ends are 2024-12-31 and
        // 2024-09-30, 8 at each. One more point (3 × 3 = 9) is outside appetite and no candidate.
        var register = new RiskRegister
        {
            Appetite = [new RiskAppetite { Category = "financial", MaxScore = 8 }],
            Risks =
            [
                Rated("at", RiskKind.Threat, (2, 4)) with { Assessments = [new RiskAssessment { AsOf = new LocalDate(2024, 6, 30), Likelihood = 2, Impact = 4 }] },
                Rated("over", RiskKind.Threat, (3, 3)) with { Assessments = [new RiskAssessment { AsOf = new LocalDate(2024, 6, 30), Likelihood = 3, Impact = 3 }] },
            ],
        };
        var document = Build.Document([Build.Outcome("o")]) with { RiskRegister = register };

        var risks = RiskRules.Evaluate(document, new LocalDate(2025, 1, 15)).GetValueOrThrow().Risks;

        risks.Select(r => (r.Risk.Id, r.Current.Score, r.OutsideAppetite, r.RemovalCandidate)).Should().Equal(
            ("at", 8, false, true),
            ("over", 9, true, false));
    }

    [Fact]
    public void RSK5_RSK7_each_headline_holds_only_its_own_risks()
    {
        // Assessed 2025-03-01, reviewed every P3M: due 2025-06-01, not overdue at 2025-03-31. "never" has no assessment,
        // so it stands at its inherent 5 × 5 = 25 and heads the list (highest score first).
        var register = new RiskRegister
        {
            Risks =
            [
                Rated("threat", RiskKind.Threat, (3, 3)),
                Rated("chance", RiskKind.Opportunity, (2, 2)),
                Rated("never", RiskKind.Threat, (1, 1)) with { Assessments = [] },
                Rated("closed.chance", RiskKind.Opportunity, (4, 4)) with { Status = RiskStatus.Closed },
            ],
        };

        var profile = Evaluate(register);

        profile.Risks.Select(r => (r.Risk.Id, r.ReviewOverdue)).Should().Equal(
            ("threat", false), ("chance", false), ("never", true), ("closed.chance", false));
        profile.OpenThreats.Select(r => r.Risk.Id).Should().Equal("never", "threat");
        profile.OpenOpportunities.Select(r => r.Risk.Id).Should().Equal("chance");
        profile.OverdueForReview.Select(r => r.Risk.Id).Should().Equal("never");
    }

    [Fact]
    public void A_risk_has_a_red_mitigation_when_any_one_of_its_actions_is_red_and_not_when_none_is()
    {
        // "late" was due 2025-01-31 and is still on track at 2025-03-31: overdue, red (ACT-3). "fine" is due at year end.
        var late = Build.Action("late", "o", ActionStatus.OnTrack, due: "2025-01-31");
        var fine = Build.Action("fine", "o", ActionStatus.OnTrack, due: "2025-12-31");
        var register = new RiskRegister
        {
            Risks =
            [
                Rated("mixed", RiskKind.Threat, (3, 3)) with { MitigationActionIds = ["fine", "late"] },
                Rated("sound", RiskKind.Threat, (3, 3)) with { MitigationActionIds = ["fine"] },
            ],
        };

        var risks = Evaluate(register, late, fine).Risks;

        risks[0].Mitigations.Select(m => (m.ActionId, m.IsRed)).Should().Equal(("fine", false), ("late", true));
        risks[0].HasRedMitigation.Should().BeTrue();
        risks[1].HasRedMitigation.Should().BeFalse();
    }

    [Fact]
    public void RSK8_a_heat_map_cell_carries_its_levels_score_band_and_count()
    {
        var register = new RiskRegister { Risks = [Rated("a", RiskKind.Threat, (3, 4)), Rated("b", RiskKind.Threat, (3, 4)), Rated("c", RiskKind.Threat, (1, 2))] };

        var cells = Evaluate(register).Threats.Cells;

        cells.Should().HaveCount(25);
        cells[(2 * 5) + 3].Should().BeEquivalentTo(new { Likelihood = 3, Impact = 4, Score = 12, Count = 2 });
        cells[(2 * 5) + 3].Band!.Name.Should().Be("Medium");
        cells[1].Should().BeEquivalentTo(new { Likelihood = 1, Impact = 2, Score = 2, Count = 1 });
        cells[1].Band!.Name.Should().Be("Low");
        cells[24].Should().BeEquivalentTo(new { Likelihood = 5, Impact = 5, Score = 25, Count = 0 });
        cells[24].Band!.Name.Should().Be("High");
    }

    [Fact]
    public void RSK2_a_level_outside_the_matrix_or_no_matrix_is_refused_naming_the_argument()
    {
        var fourByFour = RiskMatrix.Default with { LikelihoodLevels = 4, ImpactLevels = 4 };

        ((Action)(() => RiskScoring.Score(null!, 1, 1))).Should().Throw<ArgumentNullException>().WithParameterName("matrix");
        ((Action)(() => RiskScoring.Score(fourByFour, 0, 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("likelihood");
        ((Action)(() => RiskScoring.Score(fourByFour, 5, 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("likelihood");
        ((Action)(() => RiskScoring.Score(fourByFour, 1, 0))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("impact");
        ((Action)(() => RiskScoring.Score(fourByFour, 1, 5))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("impact");
        ((Action)(() => RiskScoring.BandOf(null!, 1))).Should().Throw<ArgumentNullException>().WithParameterName("matrix");
        RiskScoring.Score(fourByFour, 4, 4).Should().Be(16);
    }

    [Fact]
    public void VAL1_a_refused_register_says_the_risk_register_cannot_be_evaluated_and_a_missing_document_is_named_first()
    {
        var register = new RiskRegister { Risks = [Rated("r", RiskKind.Threat, (3, 3)) with { Treatment = RiskTreatment.Exploit }] };
        var result = RiskRules.Evaluate(Build.Document([Build.Outcome("o")]) with { RiskRegister = register }, AsOf);

        result.Invoking(r => r.GetValueOrThrow()).Should().Throw<InvalidOperationException>()
            .WithMessage("The risk register cannot be evaluated: error SP1606 $.riskRegister.risks[0].treatment:*");
        ((Action)(() => RiskRules.Evaluate(null!, new LocalDate(1, 1, 1)))).Should().Throw<ArgumentNullException>().WithParameterName("document");
    }
}

using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Model;
using StrategicPlanning.Reviews;
using StrategicPlanning.Risks;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Risks;

public class RiskRegisterTests
{
    private static Risk Threat(string id, int likelihood, int impact, params (string AsOf, int L, int I)[] assessments) => new()
    {
        Id = id,
        Title = "Risk " + id,
        Kind = RiskKind.Threat,
        Category = "financial",
        Inherent = new RiskRating { Likelihood = likelihood, Impact = impact },
        Assessments = [.. assessments.Select(a => new RiskAssessment { AsOf = Build.Date(a.AsOf), Likelihood = a.L, Impact = a.I })],
        ThemeIds = ["t"],
    };

    private static PlanDocument WithRegister(RiskRegister register, params DeliveryAction[] actions) =>
        Build.Document([Build.Outcome("o")], actions) with { RiskRegister = register };

    private static RiskProfile Evaluate(PlanDocument document, string asOf) =>
        RiskRules.Evaluate(document, Build.Date(asOf)).GetValueOrThrow();

    private static RiskEvaluation Single(RiskRegister register, string asOf) => Evaluate(WithRegister(register), asOf).Risks.Single();

    [Fact]
    public void RSK2_RSK3_the_default_matrix_multiplies_and_bands_by_threshold()
    {
        var matrix = RiskMatrix.Default;

        RiskScoring.Score(matrix, 4, 5).Should().Be(20);
        RiskScoring.BandOf(matrix, 7)!.Name.Should().Be("Low");
        RiskScoring.BandOf(matrix, 8)!.Name.Should().Be("Medium");
        RiskScoring.BandOf(matrix, 14)!.Name.Should().Be("Medium");
        RiskScoring.BandOf(matrix, 15)!.Rag.Should().Be(Rag.Red);
    }

    [Fact]
    public void RSK2_an_explicit_non_multiplicative_grid_whose_minimum_is_2_replaces_the_product()
    {
        // A council whose scores run 2..26: likelihood × impact + 1.
        var grid = Enumerable.Range(1, 5).Select(l => (IReadOnlyList<int>)Enumerable.Range(1, 5).Select(i => (l * i) + 1).ToArray()).ToArray();
        var matrix = new RiskMatrix { Scores = grid, Bands = [new RiskBand { From = 2, Name = "Low" }, new RiskBand { From = 10, Name = "Medium" }, new RiskBand { From = 16, Name = "High" }] };
        var register = new RiskRegister { Matrix = matrix, Risks = [Threat("r", 1, 1, ("2025-01-15", 3, 3))] };

        PlanValidator.Validate(WithRegister(register)).Issues.Should().BeEmpty();
        var risk = Single(register, "2025-03-31");

        risk.Current.Score.Should().Be(10);
        risk.Current.Band!.Name.Should().Be("Medium");
        RiskScoring.Score(matrix, 1, 1).Should().Be(2);
    }

    [Fact]
    public void RSK2_RSK3_a_4_by_4_matrix_has_its_own_labels_and_bands()
    {
        var matrix = new RiskMatrix
        {
            LikelihoodLevels = 4,
            ImpactLevels = 4,
            LikelihoodLabels = ["Remote", "Possible", "Probable", "Highly likely"],
            ImpactLabels = ["Low", "Medium", "High", "Critical"],
            Bands = [new RiskBand { From = 1, Name = "Tolerable", Rag = Rag.Green }, new RiskBand { From = 6, Name = "Concern", Rag = Rag.Amber }, new RiskBand { From = 12, Name = "Unacceptable", Rag = Rag.Red }],
        };
        var register = new RiskRegister { Matrix = matrix, Risks = [Threat("r", 4, 4, ("2025-01-15", 3, 4))] };

        var profile = Evaluate(WithRegister(register), "2025-03-31");

        profile.Risks[0].Current.Score.Should().Be(12);
        profile.Risks[0].Current.Band!.Name.Should().Be("Unacceptable");
        profile.Threats.Cells.Should().HaveCount(16);
        profile.Threats.Count(3, 4).Should().Be(1);
        var tooBig = WithRegister(register with { Risks = [Threat("x", 5, 1)] });
        PlanValidator.Validate(tooBig).Issues.Should().ContainSingle(i => i.Code == ValidationCodes.RatingOutsideMatrix);
    }

    [Fact]
    public void RSK4_the_current_assessment_is_the_latest_on_or_before_the_date_else_the_inherent_rating()
    {
        var register = new RiskRegister { Risks = [Threat("r", 5, 5, ("2024-06-30", 4, 4), ("2024-09-30", 3, 4))] };

        Single(register, "2024-06-29").Current.Should().Be(new RiskPosition(5, 5, 25, RiskMatrix.DefaultBands[2], null));
        Single(register, "2024-07-01").Current.Score.Should().Be(16);
        Single(register, "2024-09-30").Current.Score.Should().Be(12);
    }

    [Fact]
    public void RSK4_RSK6_the_last_assessment_of_a_date_stands_for_it_and_the_trend_is_from_the_one_standing_for_the_latest_earlier_date()
    {
        // In document order: 4 × 4 = 16 then its correction 3 × 4 = 12 on 2024-06-30; 2 × 4 = 8 then 2 × 3 = 6 on
        // 2024-09-30; and, listed last but dated first, 5 × 5 = 25 on 2024-03-31.
        var register = new RiskRegister
        {
            Risks = [Threat("r", 5, 5, ("2024-06-30", 4, 4), ("2024-06-30", 3, 4), ("2024-09-30", 2, 4), ("2024-09-30", 2, 3), ("2024-03-31", 5, 5))],
        };

        var later = Single(register, "2024-12-31");
        var earlier = Single(register, "2024-07-15");

        later.Current.Should().Be(new RiskPosition(2, 3, 6, RiskMatrix.DefaultBands[0], Build.Date("2024-09-30")));
        later.Previous.Should().Be(new RiskPosition(3, 4, 12, RiskMatrix.DefaultBands[1], Build.Date("2024-06-30")), "not 8, the earlier entry of the current date, nor 16");
        later.Trend.Should().Be(RiskTrend.Improving);
        later.ReviewDue.Should().Be(Build.Date("2024-12-30"), "2024-09-30 + 3 months (CAL-4)");
        earlier.Current.Score.Should().Be(12);
        earlier.Previous!.Score.Should().Be(25);
        earlier.Trend.Should().Be(RiskTrend.Improving);
        var corrected = Single(new RiskRegister { Risks = [Threat("s", 5, 5, ("2024-09-30", 4, 4), ("2024-09-30", 2, 2))] }, "2024-12-31");
        (corrected.Current.Score, corrected.Previous, corrected.Trend).Should().Be((4, (RiskPosition?)null, RiskTrend.New), "a same-day correction is not a trend");
    }

    [Fact]
    public void RSK5_an_open_threat_above_its_categorys_appetite_is_outside_appetite()
    {
        var register = new RiskRegister
        {
            Appetite = [new RiskAppetite { Category = "financial", MaxScore = 12 }],
            Risks = [Threat("over", 5, 5, ("2025-01-01", 4, 4)), Threat("at", 5, 5, ("2025-01-01", 3, 4)), Threat("closed", 5, 5) with { Status = RiskStatus.Closed }],
        };

        var risks = Evaluate(WithRegister(register), "2025-03-31").Risks;

        risks.Select(r => (r.Risk.Id, r.OutsideAppetite)).Should().Equal(("over", true), ("at", false), ("closed", false));
        risks[0].Appetite.Should().Be(12);
    }

    [Fact]
    public void RSK6_an_opportunity_whose_score_rises_is_improving_and_a_threat_whose_score_rises_is_worsening()
    {
        var opportunity = Threat("opp", 2, 2, ("2024-06-30", 2, 3), ("2024-09-30", 3, 4)) with
        {
            Kind = RiskKind.Opportunity, Treatment = RiskTreatment.Exploit, Target = new RiskRating { Likelihood = 3, Impact = 4 },
        };
        var threat = Threat("thr", 2, 2, ("2024-06-30", 2, 3), ("2024-09-30", 3, 4)) with { Target = new RiskRating { Likelihood = 2, Impact = 2 } };

        var risks = Evaluate(WithRegister(new RiskRegister { Risks = [opportunity, threat] }), "2024-12-31").Risks;

        risks[0].Trend.Should().Be(RiskTrend.Improving);
        risks[0].AtTarget.Should().BeTrue("an opportunity at or above its target score is at target");
        risks[1].Trend.Should().Be(RiskTrend.Worsening);
        risks[1].AtTarget.Should().BeFalse("a threat is at target only at or below its target score");
        risks[1].Previous!.Score.Should().Be(6);
    }

    [Fact]
    public void RSK6_a_falling_threat_improves_an_unchanged_one_is_stable_and_a_first_assessment_is_new()
    {
        var register = new RiskRegister
        {
            Risks = [Threat("down", 5, 5, ("2024-06-30", 4, 4), ("2024-09-30", 3, 4)), Threat("same", 5, 5, ("2024-06-30", 2, 3), ("2024-09-30", 3, 2)), Threat("first", 5, 5, ("2024-09-30", 1, 1))],
        };

        Evaluate(WithRegister(register), "2024-12-31").Risks.Select(r => r.Trend).Should().Equal(RiskTrend.Improving, RiskTrend.Stable, RiskTrend.New);
    }

    [Fact]
    public void RSK7_a_threat_reviewed_on_its_due_date_is_not_overdue_and_one_day_after_it_is()
    {
        var register = new RiskRegister { Risks = [Threat("r", 3, 3, ("2024-12-31", 3, 3))] };

        var onTime = Single(register, "2025-03-31");
        var late = Single(register, "2025-04-01");

        onTime.ReviewDue.Should().Be(Build.Date("2025-03-31"));
        onTime.ReviewOverdue.Should().BeFalse();
        late.ReviewOverdue.Should().BeTrue();
    }

    [Fact]
    public void RSK7_a_risk_never_assessed_is_overdue_and_its_own_frequency_beats_the_registers()
    {
        var register = new RiskRegister { Risks = [Threat("never", 3, 3), Threat("monthly", 3, 3, ("2025-02-01", 3, 3)) with { ReviewEvery = Period.FromMonths(1) }] };

        var risks = Evaluate(WithRegister(register), "2025-03-15").Risks;

        risks[0].ReviewOverdue.Should().BeTrue();
        risks[0].ReviewDue.Should().BeNull();
        risks[1].ReviewDue.Should().Be(Build.Date("2025-03-01"));
        risks[1].ReviewOverdue.Should().BeTrue();
    }

    [Fact]
    public void RSK7_RSK9_REV7_a_closed_risk_has_no_review_due_is_never_overdue_or_stale_and_is_no_removal_candidate()
    {
        // All three scored 2 × 2 = 4 on 2024-06-30 against an appetite of 12, reviewed every P3M: due 2024-09-30.
        var register = new RiskRegister
        {
            Appetite = [new RiskAppetite { Category = "financial", MaxScore = 12 }],
            Risks =
            [
                Threat("open", 5, 5, ("2024-06-30", 2, 2)),
                Threat("closed", 5, 5, ("2024-06-30", 2, 2)) with { Status = RiskStatus.Closed },
                Threat("closed.never", 5, 5) with { Status = RiskStatus.Closed },
            ],
        };
        var document = WithRegister(register);

        // At 2025-04-15 the last two quarter ends are 2025-03-31 and 2024-12-31, when each scored 4 (≤ 12).
        var risks = Evaluate(document, "2025-04-15").Risks;

        risks.Select(r => (r.Risk.Id, r.ReviewDue, r.ReviewOverdue, r.RemovalCandidate)).Should().Equal(
            ("open", Build.Date("2024-09-30"), true, true),
            ("closed", (LocalDate?)null, false, false),
            ("closed.never", (LocalDate?)null, false, false));
        Evaluate(document, "2025-04-15").OverdueForReview.Select(r => r.Risk.Id).Should().Equal("open");
        RiskReviewRule.IsOverdue(register.Risks[2], register, Build.Date("2025-04-15"), out _).Should().BeFalse("REV-7 asks this rule: a closed risk is never stale");
        ReviewRules.Evaluate(document, Build.Date("2025-04-15")).GetValueOrThrow().StaleItems
            .Where(i => i.Kind == StaleItemKind.Risk).Select(i => i.Id).Should().Equal("open");
    }

    [Fact]
    public void RSK9_a_threat_within_appetite_at_each_of_the_last_two_quarter_ends_is_a_candidate_for_removal()
    {
        var register = new RiskRegister
        {
            Appetite = [new RiskAppetite { Category = "financial", MaxScore = 8 }],
            Risks =
            [
                Threat("settled", 5, 5, ("2024-06-30", 4, 4), ("2024-09-30", 2, 4), ("2024-12-31", 2, 3)),
                Threat("recent", 5, 5, ("2024-06-30", 4, 4), ("2024-12-31", 2, 2)),
            ],
        };

        var atYearEnd = Evaluate(WithRegister(register), "2025-01-15").Risks;
        var later = Evaluate(WithRegister(register), "2025-03-31").Risks;

        // At 2025-01-15 the last two quarter ends are 2024-12-31 and 2024-09-30: 'settled' scored 6 and 8, 'recent' 4 and 16.
        atYearEnd.Select(r => (r.Risk.Id, r.RemovalCandidate)).Should().Equal(("settled", true), ("recent", false));
        later.Select(r => (r.Risk.Id, r.RemovalCandidate)).Should().Equal(("settled", true), ("recent", true));
    }

    [Fact]
    public void RSK8_exposure_per_theme_counts_open_threats_by_band_with_the_highest_score_and_a_heat_map()
    {
        var themes = new[] { Build.Theme("t", Build.Outcome("o")), Build.Theme("u", Build.Outcome("p")) };
        var register = new RiskRegister
        {
            Risks =
            [
                Threat("a", 5, 5, ("2025-01-01", 4, 5)),
                Threat("b", 5, 5, ("2025-01-01", 2, 2)) with { ThemeIds = [], OutcomeIds = ["o", "p"] },
                Threat("c", 5, 5, ("2025-01-01", 3, 3)) with { Kind = RiskKind.Opportunity, Treatment = RiskTreatment.Exploit },
            ],
        };
        var document = Build.Document(themes) with { RiskRegister = register };

        var profile = Evaluate(document, "2025-03-31");

        var t = profile.Themes[0];
        t.OpenThreats.Should().Be(2);
        t.HighestScore.Should().Be(20);
        t.ByBand.Select(b => (b.Band.Name, b.Count)).Should().Equal(("Low", 1), ("Medium", 0), ("High", 1));
        t.HeatMap.Count(4, 5).Should().Be(1);
        profile.Themes[1].OpenThreats.Should().Be(1);
        profile.Threats.Total.Should().Be(2);
        profile.Opportunities.Total.Should().Be(1);
    }

    [Fact]
    public void Mitigating_actions_carry_their_effective_status_and_a_red_one_is_flagged()
    {
        var failing = Build.Action("fix", "o", ActionStatus.OnTrack, due: "2025-01-31");
        var register = new RiskRegister { Risks = [Threat("r", 3, 3) with { MitigationActionIds = ["fix"] }] };

        var risk = Evaluate(WithRegister(register, failing), "2025-03-31").Risks.Single();

        risk.Mitigations.Single().Status.Should().Be(EffectiveActionStatus.Overdue);
        risk.Mitigations.Single().IsRed.Should().BeTrue();
        risk.HasRedMitigation.Should().BeTrue();
    }

    [Fact]
    public void A_register_with_errors_is_refused_with_them()
    {
        var register = new RiskRegister { Risks = [Threat("r", 3, 3) with { Treatment = RiskTreatment.Exploit }] };

        var result = RiskRules.Evaluate(WithRegister(register), Build.Date("2025-03-31"));

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.TreatmentDoesNotFitKind);
    }

    [Fact]
    public void RSK1_risks_are_listed_by_score_for_the_register()
    {
        var register = new RiskRegister { Risks = [Threat("low", 1, 2), Threat("high", 5, 4), Threat("mid", 3, 3)] };

        Evaluate(WithRegister(register), "2025-03-31").ByScore.Select(r => r.Risk.Id).Should().Equal("high", "mid", "low");
    }
}

using CsCheck;
using StrategicPlanning.Calendar;
using StrategicPlanning.Finance;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Finance;

public class FinancialAlignmentTests
{
    private static AlignmentReport Analyse(PlanDocument document) => FinanceRules.Evaluate(document).GetValueOrThrow();

    private static readonly PeriodLabel Fy2425 = PeriodLabel.Parse("2024/25");

    /// <summary>Themes A (outcomes a1, a2) and B (outcome b1); an MTFS 2024/25–2025/26 with the given lines; the given actions.</summary>
    private static PlanDocument Document(BudgetLine[] lines, params DeliveryAction[] actions) =>
        Build.Document([Build.Theme("A", Build.Outcome("a1"), Build.Outcome("a2")), Build.Theme("B", Build.Outcome("b1"))], actions) with
        {
            FinancialStrategy = new FinancialStrategy { Id = "mtfs", Title = "MTFS", Years = ["2024/25", "2025/26"], Lines = lines },
        };

    private static BudgetLine Line(string id, BudgetLineKind kind, decimal amount2425, decimal amount2526 = 0) => new()
    {
        Id = id,
        Name = "Line " + id,
        Kind = kind,
        Amounts = [new AnnualAmount { Year = "2024/25", Amount = amount2425 }, new AnnualAmount { Year = "2025/26", Amount = amount2526 }],
    };

    private static DeliveryAction Funded(string id, string[] outcomes, string lineId, decimal amount, string year = "2024/25", decimal? estimate = null) =>
        Build.Action(id, outcomes[0], ActionStatus.OnTrack) with
        {
            OutcomeIds = outcomes,
            Funding = [new FundingAllocation { LineId = lineId, Year = year, Amount = amount }],
            EstimatedCost = estimate is { } e ? [new AnnualAmount { Year = year, Amount = e }] : [],
        };

    [Fact]
    public void FIN6_an_allocation_split_across_three_outcomes_in_two_themes_reconciles_to_the_penny()
    {
        var report = Analyse(Document([Line("cap", BudgetLineKind.Capital, 500_000)], Funded("x", ["a1", "a2", "b1"], "cap", 100_000.00m)));

        var year = report.For(Fy2425)!;
        // 100,000.00 / 3 = 33,333.33 each, the remaining penny to the first outcome (a1): A = 33,333.34 + 33,333.33.
        year.Themes.Select(t => (t.ThemeId, t.Capital)).Should().Equal(("A", 66_666.67m), ("B", 33_333.33m));
        year.Themes.Sum(t => t.Capital).Should().Be(100_000.00m);
        year.Unattributed.Spend.Should().Be(0m);
    }

    [Fact]
    public void FIN6_the_remainder_goes_to_the_first_outcome_in_the_actions_list()
    {
        var report = Analyse(Document([Line("rev", BudgetLineKind.Revenue, 10)], Funded("x", ["b1", "a1", "a2"], "rev", 0.02m)));

        var year = report.For(Fy2425)!;
        // 0.02 / 3 = 0.00 each to the penny; the whole 0.02 goes to the first outcome, b1, in theme B.
        year.Themes.Select(t => (t.ThemeId, t.Revenue)).Should().Equal(("A", 0.00m), ("B", 0.02m));
    }

    [Fact]
    public void FIN6_savings_are_reported_apart_from_spend_with_their_gap()
    {
        var report = Analyse(Document(
            [Line("sav", BudgetLineKind.Savings, 9_654_000), Line("rev", BudgetLineKind.Revenue, 1_000_000)],
            Funded("x", ["a1"], "sav", 9_000_000),
            Funded("y", ["b1"], "rev", 400_000)));

        var year = report.For(Fy2425)!;
        year.SavingsTarget.Should().Be(9_654_000m);
        year.SavingsAllocated.Should().Be(9_000_000m);
        year.SavingsGap.Should().Be(654_000m);
        year.Budget.Should().Be(1_000_000m);
        year.Allocated.Should().Be(400_000m);
        year.AlignedShare.Should().Be(0.4m);
        year.Themes.Single(t => t.ThemeId == "A").Should().Be(new ThemeMoney("A", "Theme A", 0, 0, 9_000_000m));
        year.Themes.Single(t => t.ThemeId == "B").Spend.Should().Be(400_000m);
    }

    [Fact]
    public void FIN6_each_line_shows_allocated_and_remaining_per_year_and_over_the_horizon()
    {
        var report = Analyse(Document(
            [Line("cap", BudgetLineKind.Capital, 1_200_000, 900_000)],
            Funded("x", ["a1"], "cap", 250_000),
            Funded("y", ["a2"], "cap", 100_000, "2025/26")));

        report.For(Fy2425)!.Lines.Single().Should().Be(new LineAlignment("cap", "Line cap", BudgetLineKind.Capital, null, 1_200_000m, 250_000m));
        report.For(Fy2425)!.Lines.Single().Remaining.Should().Be(950_000m);
        report.Horizon.Year.Should().BeNull();
        report.Horizon.Lines.Single().Amount.Should().Be(2_100_000m);
        report.Horizon.Lines.Single().Allocated.Should().Be(350_000m);
        report.Horizon.AlignedShare.Should().Be(350_000m / 2_100_000m);
    }

    [Fact]
    public void FIN3_over_allocation_by_one_penny_refuses_the_analysis_with_the_excess()
    {
        var result = FinanceRules.Evaluate(Document([Line("cap", BudgetLineKind.Capital, 250_000)], Funded("x", ["a1"], "cap", 250_000.01m)));

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("over-allocated by £0.01");
    }

    [Fact]
    public void FIN3_allocations_that_cannot_be_placed_refuse_the_analysis_and_count_against_no_line()
    {
        // 600,000 to an unknown line and to a year outside the MTFS: neither is placed, so the 500,000 line is not over-allocated.
        var document = Document(
            [Line("cap", BudgetLineKind.Capital, 500_000)],
            Funded("x", ["a1"], "nope", 600_000),
            Funded("y", ["a1"], "cap", 600_000, "2029/30"));

        var result = FinanceRules.Evaluate(document);

        result.Succeeded.Should().BeFalse();
        result.Errors.Select(i => i.Code).Should().Equal(ValidationCodes.UnknownBudgetLine, ValidationCodes.AllocationOutsideHorizon);
    }

    [Fact]
    public void FIN4_an_action_estimated_above_its_funding_is_underfunded_by_the_shortfall_and_one_with_none_is_unfunded()
    {
        var underfunded = Funded("x", ["a1"], "cap", 200_000, estimate: 250_000);
        var unfunded = Build.Action("y", "a1", ActionStatus.OnTrack) with { EstimatedCost = [new AnnualAmount { Year = "2024/25", Amount = 80_000 }] };

        var report = Analyse(Document([Line("cap", BudgetLineKind.Capital, 500_000)], underfunded, unfunded));

        var warnings = report.Issues.Where(i => i.Severity == ValidationSeverity.Warning).ToList();
        warnings.Select(w => (w.Code, w.Path)).Should().Equal(
            (ValidationCodes.UnderfundedAction, "$.deliveryPlans[0].actions[0].estimatedCost[0]"),
            (ValidationCodes.UnfundedAction, "$.deliveryPlans[0].actions[1]"));
        warnings[0].Message.Should().Contain("underfunded by £50,000");
    }

    [Fact]
    public void FIN4_savings_allocations_do_not_fund_an_actions_cost()
    {
        var action = Funded("x", ["a1"], "sav", 100, estimate: 100);

        var report = Analyse(Document([Line("sav", BudgetLineKind.Savings, 1_000)], action));

        report.Issues.Should().ContainSingle(i => i.Code == ValidationCodes.UnderfundedAction);
    }

    [Fact]
    public void FIN5_a_line_with_money_and_no_allocation_is_information()
    {
        var report = Analyse(Document([Line("cap", BudgetLineKind.Capital, 500_000), Line("idle", BudgetLineKind.Revenue, 0, 75_000)], Funded("x", ["a1"], "cap", 1)));

        var info = report.Issues.Should().ContainSingle(i => i.Severity == ValidationSeverity.Info).Subject;
        info.Code.Should().Be(ValidationCodes.UnallocatedLine);
        info.Path.Should().Be("$.financialStrategy.lines[1]");
        info.Message.Should().Contain("£75,000");
    }

    [Fact]
    public void FIN5_an_allocation_that_cannot_be_placed_does_not_count_so_its_line_gets_the_FIN3_error_and_the_FIN5_information()
    {
        // Line 'idle' has 75,000 in 2025/26; its only allocation, 40,000 from action y, names 2026/27, outside the MTFS
        // (2024/25-2025/26): SP1501 on the allocation's year, and SP1512 on the line, for its 75,000 with nothing placed.
        var outside = Document(
            [Line("cap", BudgetLineKind.Capital, 500_000), Line("idle", BudgetLineKind.Revenue, 0, 75_000)],
            Funded("x", ["a1"], "cap", 1), Funded("y", ["b1"], "idle", 40_000, year: "2026/27"));

        var issues = PlanValidator.Validate(outside).Issues.Where(i => i.Area == ValidationArea.Finance).ToList();

        issues.Select(i => (i.Code, i.Severity, i.Path)).Should().Equal(
            (ValidationCodes.AllocationOutsideHorizon, ValidationSeverity.Error, "$.deliveryPlans[0].actions[1].funding[0].year"),
            (ValidationCodes.UnallocatedLine, ValidationSeverity.Info, "$.financialStrategy.lines[1]"));
        issues[1].Message.Should().Contain("£75,000");

        // The same allocation in 2025/26 is placed: no error, and the line is aligned.
        var placed = Document(
            [Line("cap", BudgetLineKind.Capital, 500_000), Line("idle", BudgetLineKind.Revenue, 0, 75_000)],
            Funded("x", ["a1"], "cap", 1), Funded("y", ["b1"], "idle", 40_000, year: "2025/26"));
        PlanValidator.Validate(placed).Issues.Should().NotContain(i => i.Area == ValidationArea.Finance);
    }

    [Fact]
    public void FIN7_money_is_exact_even_beyond_pennies()
    {
        var report = Analyse(Document(
            [Line("rev", BudgetLineKind.Revenue, 1)],
            Funded("x", ["a1"], "rev", 0.1m),
            Funded("y", ["b1"], "rev", 0.2m),
            Funded("z", ["a1", "a2", "b1"], "rev", 0.0005m)));

        var year = report.For(Fy2425)!;
        year.Allocated.Should().Be(0.3005m);
        year.Themes.Sum(t => t.Revenue).Should().Be(0.3005m);
        year.Themes.Single(t => t.ThemeId == "A").Revenue.Should().Be(0.1005m, "0.0005 split three ways is 0.00 each to the penny, all to the first outcome");
    }

    [Fact]
    public void FIN6_the_sum_over_themes_plus_unattributed_always_equals_the_sum_of_allocations()
    {
        var outcomeIds = new[] { "a1", "a2", "b1", "elsewhere" };
        var gen = Gen.Select(Gen.Int[1, 99_999_999], Gen.Int[0, 3].Array[1, 4], Gen.Int[0, 1]).Array[1, 8];
        gen.Sample(allocations =>
        {
            var actions = allocations.Select((a, i) => Funded("x" + i, [.. a.Item2.Select(o => outcomeIds[o])], a.Item3 == 0 ? "rev" : "sav", a.Item1 / 100m)).ToArray();
            var report = Analyse(Document([Line("rev", BudgetLineKind.Revenue, 1_000_000_000), Line("sav", BudgetLineKind.Savings, 1_000_000_000)], actions));

            var year = report.For(Fy2425)!;
            var attributed = year.Themes.Sum(t => t.Spend + t.Savings) + year.Unattributed.Spend + year.Unattributed.Savings;
            attributed.Should().Be(allocations.Sum(a => a.Item1 / 100m));
        }, iter: 300);
    }

    [Fact]
    public void FIN1_a_document_without_an_MTFS_has_nothing_to_align()
    {
        var report = Analyse(Build.Document([Build.Outcome("o")]));

        report.Years.Should().BeEmpty();
        report.ByYear.Should().BeEmpty();
        report.Horizon.Budget.Should().Be(0m);
        report.Horizon.AlignedShare.Should().BeNull();
    }

    [Fact]
    public void FIN6_theme_money_is_kept_per_year_and_spend_is_revenue_plus_capital()
    {
        var report = Analyse(Document(
            [Line("rev", BudgetLineKind.Revenue, 1_000, 1_000), Line("cap", BudgetLineKind.Capital, 1_000, 1_000)],
            Funded("x", ["a1"], "rev", 100),
            Funded("y", ["a1"], "cap", 30, "2025/26"),
            Funded("z", ["b1"], "rev", 7, "2025/26")));

        report.For(Fy2425)!.Themes.Select(t => (t.ThemeId, t.Revenue, t.Capital, t.Spend)).Should().Equal(("A", 100m, 0m, 100m), ("B", 0m, 0m, 0m));
        report.For(PeriodLabel.Parse("2025/26"))!.Themes.Select(t => (t.ThemeId, t.Revenue, t.Capital, t.Spend)).Should().Equal(("A", 0m, 30m, 30m), ("B", 7m, 0m, 7m));
        report.Horizon.Themes.Select(t => (t.ThemeId, t.Spend)).Should().Equal(("A", 130m), ("B", 7m));
        report.Horizon.Unattributed.Should().Be(new ThemeMoney(null, "Unattributed", 0, 0, 0));
        report.For(PeriodLabel.Parse("2026/27")).Should().BeNull("2026/27 is not an MTFS year");
    }

    [Fact]
    public void FIN6_an_outcome_named_twice_by_one_action_takes_one_share()
    {
        // a1, b1, a1: two distinct outcomes, so £1.00 splits 0.50 / 0.50, not three ways (which would give A 0.67).
        var report = Analyse(Document([Line("rev", BudgetLineKind.Revenue, 10)], Funded("x", ["a1", "b1", "a1"], "rev", 1.00m)));

        report.For(Fy2425)!.Themes.Select(t => (t.ThemeId, t.Revenue)).Should().Equal(("A", 0.50m), ("B", 0.50m));
        report.For(Fy2425)!.Unattributed.Revenue.Should().Be(0m);
    }

    [Fact]
    public void FIN6_one_share_is_the_whole_amount_and_three_shares_give_the_penny_left_over_to_the_first()
    {
        MoneySplit.Equally(10.005m, 1).Should().Be((10.005m, 0m));
        MoneySplit.Equally(10m, 3).Should().Be((3.34m, 3.33m));
    }

    [Fact]
    public void VAL1_refused_money_says_the_money_cannot_be_analysed()
    {
        var result = FinanceRules.Evaluate(Document([Line("cap", BudgetLineKind.Capital, 1)], Funded("x", ["a1"], "cap", 2)));

        result.Invoking(r => r.GetValueOrThrow()).Should().Throw<InvalidOperationException>().WithMessage("The money cannot be analysed: error SP*");
    }
}

using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Model;

public class PlanDocumentTests
{
    [Fact]
    public void Documents_read_from_the_same_text_are_equal_by_content()
    {
        var first = Samples.FormatExample();
        var second = Samples.FormatExample();

        first.Should().NotBeSameAs(second);
        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void A_changed_copy_is_not_equal_and_builds_its_own_index()
    {
        var original = Samples.FormatExample();
        _ = original.Index;
        var theme = original.Plan.Themes[0] with { Id = "renamed" };

        var copy = original with { Plan = original.Plan with { Themes = [theme] } };

        copy.Should().NotBe(original);
        copy.Index.Should().NotBeSameAs(original.Index);
        copy.Index.FindTheme("renamed").Should().BeSameAs(theme);
        copy.Index.FindTheme("green").Should().BeNull();
        original.Index.FindTheme("green").Should().NotBeNull();
    }

    [Fact]
    public void Model_lists_cannot_be_changed_through_their_interfaces()
    {
        var themes = new List<Theme> { new() { Id = "a", Name = "A" } };
        var plan = new Plan { Id = "p", Title = "P", Start = new NodaTime.LocalDate(2024, 4, 1), End = new NodaTime.LocalDate(2025, 3, 31), Themes = themes };

        themes.Add(new Theme { Id = "b", Name = "B" });

        plan.Themes.Should().ContainSingle();
        plan.Themes.Should().NotBeAssignableTo<IList<Theme>>();
    }

    [Fact]
    public void ToString_names_the_plan_briefly()
    {
        Samples.FormatExample().ToString().Should().Be("PlanDocument { SchemaVersion = 1.0, Plan = council-plan-2022-25 (Council Plan 2022-2025) }");
    }
}

public class PlanIndexTests
{
    private readonly PlanIndex index = Samples.FormatExample().Index;

    [Fact]
    public void Lookups_by_id_find_every_kind_of_item()
    {
        index.FindTheme("green")!.Name.Should().Be("Green city");
        index.FindOutcome("green.air")!.Title.Should().Be("Cleaner air");
        index.FindThemeOfOutcome("green.air")!.Id.Should().Be("green");
        index.FindMeasure("m.recycling")!.Unit.Should().Be("%");
        index.FindOutcomeOfMeasure("m.recycling")!.Id.Should().Be("green.air");
        index.FindDeliveryPlan("cdp-2024-25")!.Year.Should().Be("2024/25");
        index.FindAction("a.cycle-routes")!.Owner.Should().Be("Director of Place");
        index.FindDeliveryPlanOfAction("a.cycle-routes")!.Id.Should().Be("cdp-2024-25");
        index.FindBudgetLine("cap.transport")!.Name.Should().Be("Transport capital programme");
        index.FindRisk("r.budget-gap")!.Category.Should().Be("financial");
    }

    [Fact]
    public void AGG1_the_actions_naming_an_outcome_are_listed_once_each()
    {
        index.ActionsFor("green.air").Select(a => a.Id).Should().Equal("a.cycle-routes");
        index.ActionsFor("nowhere").Should().BeEmpty();
    }

    [Fact]
    public void Unknown_ids_give_null_and_ids_are_case_sensitive()
    {
        index.FindTheme("Green").Should().BeNull();
        index.FindMeasure("green").Should().BeNull();
        index.FindRisk("m.recycling").Should().BeNull();
    }

    [Fact]
    public void VAL2_where_an_id_repeats_the_first_item_in_document_order_wins()
    {
        var document = Samples.FormatExampleWith(d =>
        {
            var themes = d["plan"]!["themes"]!.AsArray();
            themes.Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "id": "green", "name": "Second green" }"""));
        });

        document.Index.FindTheme("green")!.Name.Should().Be("Green city");
    }
}

public class ModelDefaultTests
{
    [Fact]
    public void RSK2_RSK3_the_default_matrix_is_5_by_5_with_the_three_default_bands()
    {
        var matrix = new StrategicPlanning.Model.RiskRegister().Matrix;

        matrix.Should().BeSameAs(StrategicPlanning.Model.RiskMatrix.Default);
        matrix.LikelihoodLevels.Should().Be(5);
        matrix.ImpactLevels.Should().Be(5);
        matrix.Scores.Should().BeNull();
        matrix.Bands.Select(b => (b.From, b.Name, b.Rag)).Should().Equal(
            (1, "Low", StrategicPlanning.Core.Rag.Green),
            (8, "Medium", StrategicPlanning.Core.Rag.Amber),
            (15, "High", StrategicPlanning.Core.Rag.Red));
    }

    [Fact]
    public void Defaults_follow_the_rules()
    {
        var measure = new StrategicPlanning.Model.Measure
        {
            Id = "m", Title = "M", Polarity = StrategicPlanning.Model.Polarity.HigherIsBetter, Frequency = StrategicPlanning.Model.MeasureFrequency.Quarterly,
        };
        var cycle = new StrategicPlanning.Model.ReviewCycle { Cadence = NodaTime.Period.FromMonths(3), Start = new NodaTime.LocalDate(2024, 9, 11) };

        measure.Weight.Should().Be(1m);
        measure.MustDo.Should().BeFalse();
        StrategicPlanning.Model.Tolerance.Default.AmberWithin.Should().Be(5m);
        StrategicPlanning.Model.Tolerance.Default.GreenWithin.Should().Be(0m);
        StrategicPlanning.Model.Tolerance.Default.Kind.Should().Be(StrategicPlanning.Model.ToleranceKind.Percent);
        cycle.ReportingLag.Should().Be(NodaTime.Period.FromMonths(3));
        cycle.AnnualReportLag.Should().Be(NodaTime.Period.FromMonths(6));
        StrategicPlanning.Model.ReviewCycle.DefaultDueSoonWithin.Should().Be(NodaTime.Period.FromDays(14));
        new StrategicPlanning.Model.RiskRegister().ReviewEvery.Should().Be(NodaTime.Period.FromMonths(3));
        new PlanDocument { Plan = Samples.FormatExample().Plan }.Currency.Should().Be("GBP");
        StrategicPlanning.Calendar.ReportingCalendar.Default.YearStartMonth.Should().Be(4);
    }
}

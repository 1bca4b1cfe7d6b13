using StrategicPlanning.Benchmarks;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests;

/// <summary>
/// A report of a large plan (issue 20, point 6): each table shows its first <see cref="ReportOptions.RowsShown"/> rows and
/// one row summing up the rest, and the first <see cref="ReportOptions.ThemeSections"/> themes have sections, so the page
/// stays readable and of bounded size however many leaves the plan has.
/// </summary>
public class LongListTests
{
    private static readonly PeriodLabel Q2 = ReportingCalendar.Default.Parse("2024/25 Q2");

    private static readonly ReportOptions Three = new() { RowsShown = 3, ThemeSections = 2 };

    [Fact]
    public void A_theme_with_more_measures_than_shown_lists_the_first_and_sums_up_the_rest_by_status()
    {
        // Six measures in one outcome, in this order: green (44 against 40), amber (38, within 5%), red (30), green, red,
        // and one with no actual (no data). Three rows are shown; the other three are one green, one red, one no data.
        var document = OneTheme(("m1", 44m), ("m2", 38m), ("m3", 30m), ("m4", 44m), ("m5", 30m), ("m6", null));
        var page = Html.Parse(CabinetReports.Quarterly(document, Q2, Three).GetValueOrThrow());

        var rows = page.QuerySelectorAll("#theme-t1 table").Single(t => t.QuerySelector("caption")!.Words() == "Measures of Theme 1").QuerySelectorAll("tbody tr");
        rows.Should().HaveCount(4);
        rows.Take(3).Select(r => r.QuerySelector("th")!.Words()).Should().Equal("Measure m1", "Measure m2", "Measure m3");
        rows[3].Words().Should().Be("… and 3 more measures (1 green, 1 red, 1 no data). 'splan export --what actuals' lists every one.");
        rows[3].QuerySelector("td")!.GetAttribute("colspan").Should().Be("8");
    }

    [Fact]
    public void Themes_beyond_the_sections_shown_are_rows_of_the_themes_table_and_beyond_the_rows_a_summary()
    {
        // Five themes, each one outcome with one measure: green, amber, red, green, red (leaf scores 100, 50, 0 → the
        // theme's RAG). Two themes have sections; the themes table shows three and sums up one green and one red.
        var document = FiveThemes();
        var page = Html.Parse(CabinetReports.Quarterly(document, Q2, Three).GetValueOrThrow());

        page.QuerySelectorAll("section.theme").Select(s => s.Id).Should().Equal("theme-t1", "theme-t2");
        page.QuerySelectorAll("nav li").Select(li => li.Words()).Should().ContainInOrder("Theme 1", "Theme 2", "… and 3 more themes, in the table of themes", "Exceptions");
        var rows = page.QuerySelectorAll("#headline table tbody tr");
        rows.Should().HaveCount(4);
        rows.Take(3).Select(r => r.QuerySelector("th")!.Words()).Should().Equal("Theme 1", "Theme 2", "Theme 3");
        rows[2].QuerySelector("th a").Should().BeNull("Theme 3 has no section to link to");
        rows[3].Words().Should().Be("… and 2 more themes (1 green, 1 red). 'splan export --what scores' lists every one.");
    }

    [Fact]
    public void Exceptions_beyond_the_rows_shown_are_counted_by_kind()
    {
        // Red: theme 3, its outcome and its measure; theme 5, its outcome and its measure. Six items, three shown.
        var page = Html.Parse(CabinetReports.Quarterly(FiveThemes(), Q2, Three).GetValueOrThrow());

        var section = page.GetElementById("exceptions")!;
        section.QuerySelector("p")!.Words().Should().StartWith("6 items are red");
        var rows = section.QuerySelectorAll("tbody tr");
        rows.Take(3).Select(r => r.QuerySelector("th")!.Words()).Should().Equal("Theme 3", "Outcome 3", "Measure m3");
        rows.Should().HaveCount(4);
        rows[3].Words().Should().Be("… and 3 more red items (1 theme, 1 outcome, 1 measure). 'splan export' lists every one.");
    }

    [Fact]
    public void The_report_of_a_large_plan_stays_under_a_fixed_size_however_many_leaves_it_has()
    {
        // The budget's generated plans: 200 leaves a theme, so 10 themes at 2,000 leaves and 100 at 20,000. Before the
        // limits the page grew by about 1.4 KB a leaf (14 MB at 10,000); now the sections and tables are full at 2,000.
        var quarter = ReportingCalendar.Default.Parse("2024/25 Q4");
        var small = CabinetReports.Quarterly(GeneratedPlans.Create(2_000), quarter).GetValueOrThrow();
        var large = CabinetReports.Quarterly(GeneratedPlans.Create(20_000), quarter).GetValueOrThrow();

        small.Length.Should().BeLessThan(3_000_000);
        large.Length.Should().BeLessThan(3_000_000);
        large.Length.Should().BeLessThan(small.Length * 12 / 10, "ten times the leaves makes a page at most a fifth larger");
        Html.Parse(large).QuerySelectorAll("section.theme").Should().HaveCount(ReportOptions.Default.ThemeSections);
    }

    [Fact]
    public void The_limits_are_at_least_one()
    {
        FluentActions.Invoking(() => new ReportOptions { RowsShown = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithMessage("RowsShown must be 1 or more.*");
        FluentActions.Invoking(() => new ReportOptions { ThemeSections = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithMessage("ThemeSections must be 1 or more.*");
    }

    /// <summary>Five themes t1..t5, each with one outcome o1..o5 holding one measure m1..m5 at 44, 38, 30, 44, 30 against 40.</summary>
    private static PlanDocument FiveThemes()
    {
        decimal[] values = [44m, 38m, 30m, 44m, 30m];
        var document = SmallPlan.Build();
        var themes = values.Select((v, i) => Theme(i + 1, [Measure("m" + (i + 1), v)])).ToList();
        return document with { Plan = document.Plan with { Themes = themes }, DeliveryPlans = [] };
    }

    private static PlanDocument OneTheme(params (string Id, decimal? Value)[] measures)
    {
        var document = SmallPlan.Build();
        return document with { Plan = document.Plan with { Themes = [Theme(1, [.. measures.Select(m => Measure(m.Id, m.Value))])] }, DeliveryPlans = [] };
    }

    private static Theme Theme(int n, List<Measure> measures) => new()
    {
        Id = "t" + n,
        Name = "Theme " + n,
        Outcomes = [new Outcome { Id = "o" + n, Title = "Outcome " + n, Measures = measures }],
    };

    private static Measure Measure(string id, decimal? value) => new()
    {
        Id = id,
        Title = "Measure " + id,
        Polarity = Polarity.HigherIsBetter,
        Frequency = MeasureFrequency.Quarterly,
        Targets = [new MeasureTarget { Period = "2024/25", Value = 40 }],
        Actuals = value is { } v ? [new MeasureActual { Period = "2024/25 Q2", Value = v }] : [],
    };
}

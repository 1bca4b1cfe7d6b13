using System.Globalization;
using AngleSharp.Dom;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Model;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests;

/// <summary>The quarterly report's trend charts: a measure's last eight periods against its targets (MEA-3), and scores by quarter (AGG-5).</summary>
public class TrendChartTests
{
    private const string Recycling = "Household waste sent for reuse, recycling or composting";

    private static readonly PeriodLabel Q2 = ReportingCalendar.Default.Parse("2024/25 Q2");

    private static IElement MeasureChart(IDocument page, string title) =>
        page.QuerySelectorAll("section.theme tbody tr")
            .Single(r => r.QuerySelector("th")!.Words().Contains(title, StringComparison.Ordinal))
            .QuerySelector("svg.measure-trend")!;

    private static IDocument DerbyAt(string quarter) =>
        Html.Parse(CabinetReports.Quarterly(DerbyReports.Document, DerbyReports.Document.Calendar.Parse(quarter)).GetValueOrThrow());

    [Fact]
    public void MEA3_a_measure_row_charts_its_last_eight_quarters_of_actuals_against_the_target_in_force()
    {
        // Derby's recycling rate at 2024/25 Q2: eight quarters from 2022/23 Q3; actuals from 2023/24 Q1 (six of them);
        // no target before 2023/24, then the year's 37%, then 40% for 2024/25 (each quarter takes its year's target, MEA-3).
        var chart = MeasureChart(Html.Parse(DerbyReports.Quarterly), Recycling);

        chart.GetAttribute("role").Should().Be("img");
        chart.GetAttribute("data-periods").Should().Be("8");
        chart.QuerySelector("title")!.TextContent.Should().Be(
            $"{Recycling}, actuals 2022/23 Q3 to 2024/25 Q2: no data, no data, 35%, 35.6%, 36.1%, 36.1%, 36%, 37%; " +
            "target none, then 37% from 2023/24 Q1, then 40% from 2024/25 Q1; higher is better");
        chart.GetAttribute("aria-label").Should().Be(chart.QuerySelector("title")!.TextContent);
        chart.QuerySelectorAll("circle.actual").Select(c => c.QuerySelector("title")!.TextContent).Should().Equal(
            "2023/24 Q1: 35%", "2023/24 Q2: 35.6%", "2023/24 Q3: 36.1%", "2023/24 Q4: 36.1%", "2024/25 Q1: 36%", "2024/25 Q2: 37%");
        chart.QuerySelectorAll("polyline.actual").Should().ContainSingle().Which.GetAttribute("points")!.Split(' ').Should().HaveCount(6);
        chart.QuerySelector(".polarity")!.TextContent.Should().Be("↑ higher is better");
    }

    [Fact]
    public void MEA3_the_target_line_is_a_step_that_rises_where_the_target_does()
    {
        // Slots of 118 / 8 = 14.75 from x = 3; values 35 to 40 padded by 0.5, so y = 36 − (v − 34.5) / 6 × 32:
        // 37 → 22.67 over 2023/24 (slots 2 to 5, x 32.5 to 91.5), 40 → 6.67 over 2024/25 Q1 and Q2 (x 91.5 to 121).
        var chart = MeasureChart(Html.Parse(DerbyReports.Quarterly), Recycling);

        chart.QuerySelectorAll("polyline.target").Should().ContainSingle()
            .Which.GetAttribute("points").Should().Be("32.5,22.67 91.5,22.67 91.5,6.67 121,6.67");
        chart.QuerySelectorAll("circle.actual")[0].GetAttribute("cy").Should().Be("33.33", "35 is 0.5 above the bottom of the range");
    }

    [Fact]
    public void MEA3_a_target_restated_for_the_quarter_shows_as_its_own_step()
    {
        // At 2024/25 Q3 the 41% set on 2 October 2024 for Q3 is in force (as restated); the window starts at 2022/23 Q4.
        var chart = MeasureChart(DerbyAt("2024/25 Q3"), Recycling);

        chart.QuerySelector("title")!.TextContent.Should().EndWith(
            "target none, then 37% from 2023/24 Q1, then 40% from 2024/25 Q1, then 41% from 2024/25 Q3; higher is better");
        chart.QuerySelectorAll("circle.actual").Should().HaveCount(7);
        chart.QuerySelector("polyline.target")!.GetAttribute("points")!.Split(' ').Should().HaveCount(6, "three levels, two points each");
    }

    [Fact]
    public void A_lower_is_better_measure_says_so_in_the_chart_and_its_text()
    {
        var chart = MeasureChart(Html.Parse(DerbyReports.Quarterly), "Council carbon emissions");

        chart.QuerySelector(".polarity")!.TextContent.Should().Be("↓ lower is better");
        chart.QuerySelector("title")!.TextContent.Should().EndWith("; lower is better");
    }

    [Fact]
    public void AGG5_a_theme_charts_its_score_at_each_quarter_end_worked_by_hand()
    {
        // The small plan, with a Q1 actual of 36 against 40 for the recycling rate (4 short, more than 5% of 40: red, 0).
        // 2024/25 Q1: red 0 alone scores (the rest have no data) → 0.0 red; Q2: 100, 50, 0 → 50.0 amber. The plan starts in Q1.
        var document = WithQ1Actual(SmallPlan.Build());
        var section = Html.Parse(CabinetReports.Quarterly(document, Q2).GetValueOrThrow()).GetElementById("theme-green")!;

        var chart = section.QuerySelectorAll("svg.score-trend").Should().ContainSingle().Subject;

        chart.GetAttribute("role").Should().Be("img");
        chart.QuerySelector("title")!.TextContent.Should().Be(
            "Green city score by quarter end, 2024/25 Q1 to 2024/25 Q2: 0.0 red, 50.0 amber; green above 75.0, amber above 25.0");
        chart.QuerySelectorAll(".point").Select(p => p.GetAttribute("class")).Should().Equal("point red", "point amber");
        chart.QuerySelector(".point.red rect").Should().NotBeNull("red is a square, as in the key");
        chart.QuerySelector(".point.amber polygon").Should().NotBeNull("amber is a triangle");
        // Slots of 266 / 2 = 133 from x = 34; y = 100 − score × 0.94.
        chart.QuerySelector("polyline.score")!.GetAttribute("points").Should().Be("100.5,100 233.5,53");
    }

    [Fact]
    public void AGG8_the_bands_behind_a_score_chart_come_from_the_scoring_policy()
    {
        var policy = AggregationPolicy.Default with
        {
            Themes = LevelPolicy.Default with { Thresholds = new RagThresholds { GreenAbove = 60, AmberAbove = 40 } },
        };
        var options = new ReportOptions { Scoring = ScoringOptions.Default with { Policy = policy } };
        var page = Html.Parse(CabinetReports.Quarterly(SmallPlan.Build(), Q2, options).GetValueOrThrow());

        var theme = page.QuerySelector("#theme-green svg.score-trend")!;
        var plan = page.QuerySelector("#headline svg.score-trend")!;

        theme.QuerySelector("title")!.TextContent.Should().EndWith("; green above 60.0, amber above 40.0");
        theme.QuerySelector("rect.band.amber")!.GetAttribute("y").Should().Be("43.6", "y = 100 − 60 × 0.94");
        theme.QuerySelectorAll("text.axis").Select(t => t.TextContent).Should().Contain(["40.0", "60.0"]);
        plan.QuerySelector("title")!.TextContent.Should().EndWith("; green above 75.0, amber above 25.0", "the plan's level keeps the defaults");
    }

    [Fact]
    public void AGG3_the_headline_and_every_theme_chart_the_scores_the_aggregation_rules_give_at_each_quarter_end()
    {
        // Derby's plan starts on 1 April 2022, so the last eight quarters to 2024/25 Q2 all count: 2022/23 Q3 onwards.
        var page = Html.Parse(DerbyReports.Quarterly);
        var calendar = DerbyReports.Document.Calendar;
        var quarters = Enumerable.Range(0, 8).Select(i => calendar.Parse("2022/23 Q3")).ToList();
        for (var i = 1; i < quarters.Count; i++)
        {
            quarters[i] = calendar.Next(quarters[i - 1]);
        }

        var scorecards = quarters.Select(q => AggregationRules.Evaluate(DerbyReports.Document, calendar.EndOf(q)).GetValueOrThrow()).ToList();

        string Expected(string subject, string id) =>
            $"{subject} by quarter end, 2022/23 Q3 to 2024/25 Q2: " +
            string.Join(", ", scorecards.Select(s => s.FindNode(id) is { Score: { } score } node
                ? string.Create(CultureInfo.InvariantCulture, $"{Rounding.ForDisplay(score, 1):0.0} {node.Rag.ToString()!.ToLowerInvariant()}")
                : "no score")) +
            "; green above 75.0, amber above 25.0";

        page.QuerySelector("#headline svg.score-trend title")!.TextContent.Should().Be(Expected("Plan score", scorecards[0].Plan.Id));
        foreach (var theme in DerbyReports.Document.Plan.Themes)
        {
            var chart = page.QuerySelector($"#theme-{theme.Id} svg.score-trend")!;
            chart.QuerySelector("title")!.TextContent.Should().Be(Expected(theme.Name + " score", theme.Id));
            chart.QuerySelectorAll(".point").Should().HaveCount(scorecards.Count(s => s.FindNode(theme.Id)?.Score is not null));
        }

        page.QuerySelector("#theme-green svg.score-trend title")!.TextContent.Should().Contain("no score, no score, 18.8 red, 31.3 amber, 50.0 amber, 68.8 amber, 69.8 amber, 78.6 green");
    }

    [Fact]
    public void Every_chart_is_an_image_with_a_text_alternative_and_nothing_outside_the_page()
    {
        var page = Html.Parse(DerbyReports.Quarterly);
        var charts = page.QuerySelectorAll("svg.trend-chart");

        charts.Should().HaveCount(1 + DerbyReports.Document.Plan.Themes.Count + DerbyReports.Document.Plan.Themes.SelectMany(t => t.Outcomes).SelectMany(o => o.Measures).Select(m => m.Id).Distinct().Count());
        charts.Should().OnlyContain(c => c.GetAttribute("role") == "img" && c.GetAttribute("aria-label")!.Length > 20 && c.QuerySelector("title")!.TextContent == c.GetAttribute("aria-label"));
        charts.SelectMany(c => c.QuerySelectorAll("*")).Should().NotContain(e => e.LocalName == "script" || e.LocalName == "image" || e.LocalName == "use" || e.HasAttribute("href"));
    }

    [Fact]
    public void A_report_quarter_before_the_plan_starts_charts_that_quarter_alone()
    {
        var page = Html.Parse(CabinetReports.Quarterly(SmallPlan.Build(), ReportingCalendar.Default.Parse("2023/24 Q1")).GetValueOrThrow());

        page.QuerySelector("#headline svg.score-trend")!.GetAttribute("data-quarters").Should().Be("1");
        page.QuerySelector("#headline svg.score-trend title")!.TextContent.Should().StartWith("Plan score by quarter end, 2023/24 Q1 to 2023/24 Q1: no score;");
    }

    private static PlanDocument WithQ1Actual(PlanDocument document)
    {
        var outcome = document.Plan.Themes[0].Outcomes[0];
        var recycling = outcome.Measures[0];
        recycling = recycling with { Actuals = [new MeasureActual { Period = "2024/25 Q1", Value = 36 }, .. recycling.Actuals] };
        outcome = outcome with { Measures = [recycling, outcome.Measures[1]] };
        return document with { Plan = document.Plan with { Themes = [document.Plan.Themes[0] with { Outcomes = [outcome] }] } };
    }
}

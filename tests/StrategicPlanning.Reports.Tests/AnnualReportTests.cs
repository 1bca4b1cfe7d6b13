using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests;

/// <summary>The Annual Report: the year's performance and financial highlights at its end.</summary>
public class AnnualReportTests
{
    [Fact]
    public void MEA7_measures_meeting_target_at_year_end_with_the_change_in_points_worked_by_hand()
    {
        // 2 of 3 green at 31 March 2025 (shown 67%) against 1 of 3 at 31 March 2024 (shown 33% then): the change is
        // between the figures as shown, 67 - 33 = 34 points, so it never contradicts last year's report.
        var page = Html.Parse(CabinetReports.Annual(SmallPlan.Annual(), Calendar.ReportingCalendar.Default.Parse("2024/25")).GetValueOrThrow());

        var card = page.QuerySelectorAll("#performance .card")[0].Words();

        card.Should().Be("Measures meeting target 67% 2 of 3 measures with targets met or exceeded; up 34 points on a year earlier");
    }

    [Fact]
    public void ACT3_achievements_list_only_the_actions_completed_in_the_year()
    {
        // a1 was completed on 30 November 2024; a2 on 20 March 2024, before 2024/25 began.
        var page = Html.Parse(CabinetReports.Annual(SmallPlan.Annual(), Calendar.ReportingCalendar.Default.Parse("2024/25")).GetValueOrThrow());

        page.QuerySelectorAll("#achievements table")[0].QuerySelectorAll("tbody th").Select(h => h.Words()).Should().Equal("Action a1");
        page.QuerySelectorAll("#performance .card")[2].Words().Should().StartWith("Delivery actions completed in the year 1 of 2");
    }

    [Fact]
    public void ACT3_the_Derby_achievements_include_the_Market_Hall()
    {
        var rows = Html.Parse(DerbyReports.Annual).QuerySelectorAll("#achievements table")[0].QuerySelectorAll("tbody tr");

        rows.Select(r => r.QuerySelector("th")!.Words()).Should().Contain("A2.1 Reopen the Market Hall");
    }

    [Fact]
    public void FIN6_the_financial_highlights_cover_the_year_and_the_whole_MTFS()
    {
        var money = Html.Parse(DerbyReports.Annual).GetElementById("money")!;

        money.QuerySelector("h2")!.Words().Should().Be("Financial highlights, 2024/25");
        money.Words().Should().Contain("Over the whole MTFS, 2024/25 to 2027/28: budget £79,750,000");
    }

    [Fact]
    public void REV5_the_reviews_of_the_year_are_listed()
    {
        var reviews = Html.Parse(DerbyReports.Annual).GetElementById("reviews")!;

        // Held between 1 April 2024 and 31 March 2025: 12 Jun, 13 Aug (two), 11 Sep, 11 Dec 2024 and 12 Feb 2025.
        reviews.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Should().HaveCount(6);
        reviews.Words().Should().StartWith("Reviews in 2024/25 6 reviews held in the year");
    }
}

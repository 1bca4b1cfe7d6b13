using StrategicPlanning.Aggregation;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests;

/// <summary>The Annual Report: the year's performance and financial highlights at its end.</summary>
public class AnnualReportTests
{
    private static readonly NodaTime.LocalDate YearEnd = new(2025, 3, 31);
    private static readonly NodaTime.LocalDate YearBefore = new(2024, 3, 31);

    [Fact]
    public void MEA7_measures_meeting_target_at_year_end_with_the_change_in_points_on_a_year_earlier()
    {
        var now = Scorecard.Compute(DerbyReports.Document, YearEnd).GetScorecardOrThrow().Plan;
        var before = Scorecard.Compute(DerbyReports.Document, YearBefore).GetScorecardOrThrow().Plan;
        var points = decimal.Round((now.MeetingTarget!.Value - before.MeetingTarget!.Value) * 100, 0);

        var card = Html.Parse(DerbyReports.Annual).QuerySelectorAll("#performance .card")[0].Words();

        card.Should().Be($"Measures meeting target {decimal.Round(now.MeetingTarget.Value * 100, 0):0}% {now.MeasuresGreen} of {now.MeasuresWithStatus} measures with targets met or exceeded; " +
            (points > 0 ? $"up {points:0} points" : points < 0 ? $"down {-points:0} points" : "the same as") + (points == 0 ? " a year earlier" : " on a year earlier"));
    }

    [Fact]
    public void ACT_achievements_list_the_actions_completed_in_the_year()
    {
        var completed = Scorecard.Compute(DerbyReports.Document, YearEnd).GetScorecardOrThrow().Actions
            .Count(a => a.Status == EffectiveActionStatus.Complete);

        var rows = Html.Parse(DerbyReports.Annual).QuerySelectorAll("#achievements table")[0].QuerySelectorAll("tbody tr");

        rows.Should().HaveCount(completed);
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

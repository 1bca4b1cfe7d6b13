using System.Text.RegularExpressions;
using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests;

/// <summary>
/// The quarterly report's "What moved this quarter" (issue 17, point 3): the plan's and each theme's movement since the
/// quarter before, largest first, with the measures and actions that moved them (AGG-3, AGG-5, AGG-6), in plain words.
/// </summary>
public class MovementSectionTests
{
    private static readonly PeriodLabel Q2 = ReportingCalendar.Default.Parse("2024/25 Q2");

    private static AngleSharp.Dom.IElement Section(string html) => Html.Parse(html).GetElementById("moved")!;

    /// <summary>An element's text as it reads, white space collapsed (a bold name runs straight into its comma).</summary>
    private static string Text(AngleSharp.Dom.IElement? element) => Regex.Replace(element!.TextContent, @"\s+", " ").Trim();

    [Fact]
    public void AGG_the_Derby_report_says_what_moved_in_2024_25_Q2_largest_theme_first_with_its_contributors()
    {
        // The same figures as splan compare --from 2024-06-30 --to 2024-09-30; a change is the difference of the two
        // scores as shown (Vibrant city 77.8 − 70.8 = 7.0, its one contributor's exact part −6.94 rounds to −6.9).
        var section = Section(DerbyReports.Quarterly);

        Text(section.QuerySelector("h2")).Should().Be("What moved this quarter");
        Text(section.QuerySelector("p.moved-plan")).Should().Be(
            "The plan fell 2.0, from 72.5 (amber) to 70.5 (amber): 'New cycle and walking routes delivered (cumulative in year)' went from red to green (+1.7); " +
            "'Install new city centre wayfinding' went from green to amber (−1.4); 'Reduce use of bed and breakfast for homeless families' went from amber to red (−1.3); and 11 more (−1.1).");
        var themes = section.QuerySelectorAll("ul.moved > li").Select(li => Text(li)).ToList();
        themes.Select(t => t[..t.IndexOf(',', StringComparison.Ordinal)]).Should().Equal(
            "Green city rose 8.8", "City of growth fell 7.3", "Vibrant city fell 7.0", "Working smarter fell 5.4", "Resilient city rose 0.6");
        themes[2].Should().Be("Vibrant city fell 7.0, from 77.8 (green) to 70.8 (amber): 'Install new city centre wayfinding' went from green to amber (−6.9).");
        themes[0].Should().Be(
            "Green city rose 8.8, from 69.8 (amber) to 78.6 (green): 'New cycle and walking routes delivered (cumulative in year)' went from red to green (+8.3); " +
            "'Buses running on time' went from amber to green (+4.2); 'Improve play areas in six parks' went from green to amber (−4.2); and 2 more (+0.5).");
    }

    [Fact]
    public void AGG_the_section_agrees_with_the_themes_table_and_carries_no_rule_ids()
    {
        var page = Html.Parse(DerbyReports.Quarterly);
        var section = page.GetElementById("moved")!;

        // The themes table says "up 8.8" where the section says "rose 8.8": both the difference of the scores as shown.
        page.QuerySelectorAll("#headline table tbody tr").Single(r => r.QuerySelector("th")!.Words() == "Green city")
            .QuerySelectorAll("td")[2].Words().Should().Be("up 8.8");
        Regex.IsMatch(Text(section), @"\b(?:AGG|MEA|ACT|RSK|FIN|REV|CAL|VAL|JSN)-\d+|SP\d{4}").Should().BeFalse("reports speak to councillors");
        page.QuerySelector("nav a[href='#moved']")!.Words().Should().Be("What moved this quarter");
    }

    [Fact]
    public void AGG6_a_theme_newly_held_at_amber_by_a_red_must_do_says_so()
    {
        // Two green measures of weight 3 and a must-do action of weight 1. At 30 June the action is on track: every leaf
        // scores 100, so 100.0, green. At 30 September it is off track (red, 0): (300 + 300 + 0) / 7 = 85.7, green by
        // score, but the red must do holds the theme at amber. The action's part is 1/7 × (0 − 100) = −14.3.
        var section = Section(CabinetReports.Quarterly(MustDoTurnsRed(), Q2).GetValueOrThrow());

        Text(section.QuerySelector("ul.moved > li")).Should().Be(
            "Green city fell 14.3, from 100.0 (green) to 85.7 (amber, held there by a red must do): 'Open the reuse shop' went from green to red (−14.3).");
    }

    [Fact]
    public void AGG3_a_theme_with_no_score_last_quarter_says_so_instead_of_a_change()
    {
        // The small plan's measures have only Q2 actuals and its action only a September update: at 30 June nothing
        // beneath the theme has data, so it had no score; at 30 September 100, 50 and 0 make 50.0, amber.
        var section = Section(CabinetReports.Quarterly(SmallPlan.Build(), Q2).GetValueOrThrow());

        Text(section.QuerySelector("p.moved-plan")).Should().Be("The plan had no score last quarter; now 50.0 (amber).");
        section.QuerySelector("ul.moved").Should().BeNull("no theme has a change to list");
        Text(section.QuerySelectorAll("p")[1]).Should().Be("Green city had no score last quarter; now 50.0 (amber).");
    }

    [Fact]
    public void AGG_a_theme_that_did_not_move_is_named_after_those_that_did()
    {
        // Actuals of 44 and 38 in both Q1 and Q2 and an action off track since June: 100, 50 and 0 both quarters.
        var document = SmallPlan.Build();
        var outcome = document.Plan.Themes[0].Outcomes[0];
        var steady = document with
        {
            Plan = document.Plan with
            {
                Themes = [document.Plan.Themes[0] with { Outcomes = [outcome with { Measures = [.. outcome.Measures.Select(m => m with { Actuals = [m.Actuals[0] with { Period = "2024/25 Q1" }, m.Actuals[0]] })] }] }],
            },
            DeliveryPlans = [document.DeliveryPlans[0] with { Actions = [document.DeliveryPlans[0].Actions[0] with { Updates = [document.DeliveryPlans[0].Actions[0].Updates[0] with { AsOf = new LocalDate(2024, 6, 20) }] }] }],
        };

        var section = Section(CabinetReports.Quarterly(steady, Q2).GetValueOrThrow());

        Text(section.QuerySelector("p.moved-plan")).Should().Be("The plan did not move (50.0 (amber)).");
        Text(section.QuerySelectorAll("p")[1]).Should().Be("Green city did not move (50.0 (amber)).");
    }

    /// <summary>The small plan with two green measures of weight 3 (Q1 and Q2) and its action a must do, on track in June and off track in September.</summary>
    private static PlanDocument MustDoTurnsRed()
    {
        var document = SmallPlan.Build();
        var outcome = document.Plan.Themes[0].Outcomes[0];
        Measure Green(Measure m) => m with { Weight = 3, Actuals = [new MeasureActual { Period = "2024/25 Q1", Value = 44 }, new MeasureActual { Period = "2024/25 Q2", Value = 44 }] };
        var action = document.DeliveryPlans[0].Actions[0] with
        {
            MustDo = true,
            Updates = [new ActionUpdate { AsOf = new LocalDate(2024, 6, 20), Status = ActionStatus.OnTrack }, new ActionUpdate { AsOf = new LocalDate(2024, 9, 20), Status = ActionStatus.OffTrack }],
        };
        return document with
        {
            Plan = document.Plan with { Themes = [document.Plan.Themes[0] with { Outcomes = [outcome with { Measures = [.. outcome.Measures.Select(Green)] }] }] },
            DeliveryPlans = [document.DeliveryPlans[0] with { Actions = [action] }],
        };
    }
}

using StrategicPlanning.Aggregation;
using StrategicPlanning.Calendar;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests;

/// <summary>The quarterly performance report: what Cabinet reads, checked as parsed HTML.</summary>
public class QuarterlyReportTests
{
    private static readonly PeriodLabel Q2 = ReportingCalendar.Default.Parse("2024/25 Q2");

    private static AngleSharp.Dom.IDocument Small(string themeName = "Green city", string? note = null) =>
        Html.Parse(CabinetReports.Quarterly(SmallPlan.Build(themeName, note), Q2).GetValueOrThrow());

    [Fact]
    public void AGG_the_headline_shows_the_plan_score_RAG_and_measures_meeting_target_worked_by_hand()
    {
        // Leaves: green measure 100, amber measure 50, red action 0 → outcome, theme and plan score 50, amber (AGG-3, AGG-5).
        var page = Small();

        var cards = page.QuerySelectorAll("#headline .card").Select(c => c.Words()).ToList();

        cards[0].Should().StartWith("Plan score 50.0 ▲ Amber");
        cards[1].Should().StartWith("Measures meeting target 1 of 2 50% of measures with a status are green");
        page.QuerySelector("#headline .counts-text")!.Words().Should().Be("1 green, 1 amber, 1 red, 0 complete, 0 no data");
    }

    [Fact]
    public void AGG_each_theme_section_shows_its_scorecard_score_RAG_counts_bar_and_outcome_table()
    {
        var page = Html.Parse(DerbyReports.Quarterly);
        var scorecard = AggregationRules.Evaluate(DerbyReports.Document, new NodaTime.LocalDate(2024, 9, 30)).GetValueOrThrow();

        var sections = page.QuerySelectorAll("section.theme");

        sections.Select(s => s.Id).Should().Equal(DerbyReports.Document.Plan.Themes.Select(t => "theme-" + t.Id));
        foreach (var theme in scorecard.Plan.Children)
        {
            var section = page.GetElementById("theme-" + theme.Id)!;
            section.QuerySelector("h2")!.Words().Should().Be(theme.Name);
            section.Words().Should().Contain(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Score {theme.Score!.Value:0.0}")).And.Contain(theme.Rag.ToString());
            section.QuerySelector("svg.counts-bar title")!.TextContent.Should().Be($"{theme.Name}: {Charts.CountWords(theme.Counts)}");
            section.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Should().HaveCount(theme.Children.Count, "one row per outcome");
        }
    }

    [Fact]
    public void MEA6_measures_show_status_and_both_directions_of_travel_in_words_and_arrows()
    {
        // Households in temporary accommodation (lower is better): 284 in 2024/25 Q1, 292 in Q2 against 240 → red.
        var page = Html.Parse(DerbyReports.Quarterly);
        var row = page.QuerySelectorAll("#theme-growth table tbody tr")
            .Single(r => r.QuerySelector("th")!.Words().StartsWith("Households in temporary accommodation", StringComparison.Ordinal));

        var cells = row.QuerySelectorAll("td").Select(c => c.Words()).ToList();

        cells[0].Should().Be("2024/25 Q2");
        cells[3].Should().Be("■ Red");
        cells[1].Should().Be("292 households");
        cells[4].Should().Be("↘ Declining", "lower is better and 284 in Q1 rose to 292 (MEA-6)");
        cells[5].Should().Be("↘ Declining", "up on the same quarter a year earlier");
        row.QuerySelector("td.trend-cell svg.measure-trend").Should().NotBeNull("the last column charts the measure's trend");
        row.QuerySelector("td.trend-cell p.commentary")!.Words().Should().Be("Demand up 15%; new leased units being sought.");
    }

    [Fact]
    public void RSK_exceptions_list_each_red_item_once_including_threats_in_the_red_band()
    {
        // Threats scoring 15 or more at 30 September 2024: SR1 4×5=20, SR2 4×4=16, SR3 5×4=20, SR4 4×4=16, SR5 3×5=15.
        var rows = Html.Parse(DerbyReports.Quarterly).QuerySelectorAll("#exceptions tbody tr");
        var items = rows.Select(r => r.QuerySelector("th")!.Words()).ToList();

        items.Should().OnlyHaveUniqueItems();
        rows.Where(r => r.QuerySelectorAll("td")[0].Words() == "Threat").Select(r => r.QuerySelector("th")!.Words()[..3])
            .Should().BeEquivalentTo(["SR1", "SR2", "SR3", "SR4", "SR5"]);
        var temporary = rows.Single(r => r.QuerySelector("th")!.Words() == "Households in temporary accommodation");
        temporary.QuerySelectorAll("td").Select(c => c.Words()).Should().Equal(
            "Measure", "City of growth", "■ Red", "292 households against a target of 240 households in 2024/25 Q2. Demand up 15%; new leased units being sought.");
    }

    [Fact]
    public void ACT3_a_red_action_appears_in_exceptions_with_its_commentary()
    {
        var row = Small().QuerySelectorAll("#exceptions tbody tr").Should().ContainSingle().Subject;

        row.QuerySelector("th")!.Words().Should().Be("A1 Open the reuse shop");
        row.QuerySelectorAll("td").Select(c => c.Words()).Should().Equal("Action", "Green city", "■ Off track", "Lease fell through.");
    }

    [Fact]
    public void RSK_the_threat_heat_map_has_one_cell_per_pair_with_the_counts_worked_by_hand()
    {
        // Derby threats at 30 September 2024 (their Q2 assessments): (L4,I5) budget gap; (4,4) social care, homelessness;
        // (5,4) SEND; (3,5) cyber; (3,3) workforce, regeneration; (3,4) climate; (2,5) safeguarding; (2,3) contractor.
        var maps = Html.Parse(DerbyReports.Quarterly).QuerySelectorAll("#risks svg.heatmap");
        var threats = maps[0].QuerySelectorAll("g.cell").ToDictionary(
            c => (int.Parse(c.GetAttribute("data-likelihood")!, null), int.Parse(c.GetAttribute("data-impact")!, null)),
            c => int.Parse(c.GetAttribute("data-count")!, null));

        maps.Should().HaveCount(2);
        threats.Should().HaveCount(25);
        threats.Where(c => c.Value > 0).Should().BeEquivalentTo(new Dictionary<(int, int), int>
        {
            [(4, 5)] = 1, [(4, 4)] = 2, [(5, 4)] = 1, [(3, 5)] = 1, [(3, 3)] = 2, [(3, 4)] = 1, [(2, 5)] = 1, [(2, 3)] = 1,
        });
        maps[1].QuerySelectorAll("g.cell[data-count='2']").Select(c => c.GetAttribute("data-likelihood") + "x" + c.GetAttribute("data-impact"))
            .Should().Equal("3x4"); // opportunities: levelling up and devolution; the closed university partnership is left out
    }

    [Fact]
    public void RSK8_each_theme_section_has_the_heat_map_of_the_open_threats_bearing_on_it_worked_by_hand()
    {
        // Derby threats at 30 September 2024 by theme, each once even when it names a theme and one of its outcomes:
        // Resilient city: social care (4,4), homelessness (4,4: names growth and resilient, and growth.homes), SEND (5,4),
        // safeguarding (2,5); City of growth: homelessness (4,4), contractor (2,3); Green city: climate (3,4).
        var page = Html.Parse(DerbyReports.Quarterly);
        Dictionary<(int, int), int> Occupied(string theme) => page.QuerySelectorAll($"#theme-{theme} svg.heatmap g.cell")
            .Where(c => c.GetAttribute("data-count") != "0")
            .ToDictionary(c => (int.Parse(c.GetAttribute("data-likelihood")!, null), int.Parse(c.GetAttribute("data-impact")!, null)), c => int.Parse(c.GetAttribute("data-count")!, null));

        page.QuerySelectorAll("section.theme svg.heatmap").Should().HaveCount(5).And.OnlyContain(m => m.ClassList.Contains("opportunities") == false);
        Occupied("resilient").Should().BeEquivalentTo(new Dictionary<(int, int), int> { [(4, 4)] = 2, [(5, 4)] = 1, [(2, 5)] = 1 });
        Occupied("growth").Should().BeEquivalentTo(new Dictionary<(int, int), int> { [(4, 4)] = 1, [(2, 3)] = 1 });
        Occupied("green").Should().BeEquivalentTo(new Dictionary<(int, int), int> { [(3, 4)] = 1 });
        page.QuerySelector("#theme-resilient svg.heatmap g.cell[data-likelihood='4'][data-impact='4'] title")!.TextContent
            .Should().Be("Likelihood 4 (Likely), impact 4 (Major): score 16, High, 2 risks");
        page.GetElementById("theme-resilient")!.Words().Should()
            .Contain("Open threats to Resilient city, named by it or by one of its outcomes: 4; the highest current score is 20.")
            .And.Contain("Threats to Resilient city by current likelihood and impact: 4 risks");
    }

    [Fact]
    public void RSK3_a_high_opportunity_is_shown_in_the_opportunity_palette_never_as_red_danger()
    {
        // Levelling up is re-assessed 4 × 5 = 20 on 2024-09-30 (the last entry of the date stands): High, from 15.
        var document = DerbyReports.Document;
        var register = document.RiskRegister! with
        {
            Risks = [.. document.RiskRegister!.Risks.Select(r => r.Id == "r.levelling-up"
                ? r with { Assessments = [.. r.Assessments, new Model.RiskAssessment { AsOf = new NodaTime.LocalDate(2024, 9, 30), Likelihood = 4, Impact = 5 }] }
                : r)],
        };
        var page = Html.Parse(CabinetReports.Quarterly(document with { RiskRegister = register }, Q2).GetValueOrThrow());
        var table = page.QuerySelectorAll("#risks table").Single(t => t.QuerySelector("caption")!.TextContent == "Opportunities the council seeks to take");
        var row = table.QuerySelectorAll("tbody tr")[0];
        var cell = page.QuerySelector("#risks svg.heatmap.opportunities g.cell[data-likelihood='4'][data-impact='5']")!;

        row.QuerySelector("th")!.Words().Should().Be("SO1 Secure further government regeneration funding");
        row.QuerySelectorAll("td")[1].Words().Should().Be("4 × 5 = 20");
        row.QuerySelector(".badge")!.ClassName.Should().Be("badge opp-high");
        row.QuerySelector(".badge")!.Words().Should().Be("◆ High");
        table.QuerySelectorAll(".badge.red, .badge.amber, .badge.green").Should().BeEmpty();
        (cell.GetAttribute("data-count"), cell.QuerySelector("rect")!.ClassName).Should().Be(("1", "opp-high occupied"));
        page.QuerySelectorAll("#risks svg.heatmap.opportunities rect.red, #risks svg.heatmap.opportunities rect.amber, #risks svg.heatmap.opportunities rect.green").Should().BeEmpty();
        page.QuerySelector("#risks svg.heatmap:not(.opportunities) g.cell[data-likelihood='4'][data-impact='5'] rect")!.ClassName.Should().Be("red occupied", "the budget gap, a threat, is red danger");
    }

    [Fact]
    public void FIN6_money_by_theme_shows_the_year_budget_and_savings_gap_worked_by_hand()
    {
        // 2024/25: capital £16,300,000 + revenue £8,950,000 = £25,250,000; savings £9,654,000 target, £9,500,000 allocated.
        var money = Html.Parse(DerbyReports.Quarterly).GetElementById("money")!;

        money.QuerySelectorAll(".card")[0].Words().Should().Be("Revenue and capital budget £25.25m £25,250,000 in 2024/25");
        money.QuerySelectorAll(".card")[2].Words().Should().Contain("gap £154,000");
        money.QuerySelector("ul.issues")!.Words().Should().Contain("Savings gap").And.Contain("it is not aligned to the plan.").And.NotContain("SP1512").And.NotContain("FIN-5");
        money.QuerySelectorAll("svg.money-bars g.money-row").Should().HaveCount(5);
    }

    [Fact]
    public void REV4_the_review_schedule_shows_each_quarter_report_and_the_late_one()
    {
        var document = DerbyReports.Document;
        var later = Html.Parse(CabinetReports.Quarterly(document, document.Calendar.Parse("2025/26 Q1")).GetValueOrThrow());

        later.QuerySelector("#headline .card:nth-child(3)")!.Words().Should().Contain("Not compliant").And.Contain("1 quarterly report late or missing");
        var exception = later.QuerySelectorAll("#exceptions tbody tr").Single(r => r.QuerySelector("th")!.Words() == "Quarterly performance report, Quarter 3 2024/25");
        exception.QuerySelectorAll("td").Select(c => c.Words()).Should().Equal("Review", "–", "■ Late", "Deadline 31 Mar 2025; presented 16 Apr 2025, 16 days late.");
        var q3 = later.QuerySelectorAll("#reviews tbody tr").Single(r => r.QuerySelector("th")!.Words() == "Quarter 3 2024/25");
        q3.QuerySelectorAll("td").Select(c => c.Words()).Should().Equal("31 Mar 2025", "16 Apr 2025", "■ 16 days late");
    }

    [Fact]
    public void REV1_REV3_an_ended_cycle_says_so_and_lists_the_reviews_held_after_its_end_apart_from_the_schedule()
    {
        // Derby's cycle ending 2025-03-31: the last review in it is 2025-02-12, so the next would be due 2025-05-12, after
        // the end. The Q3 and Q4 reports of 2025-04-16 and 2025-06-18 are after the end, yet still report their quarters.
        var document = DerbyReports.Document with { Reviews = DerbyReports.Document.Reviews! with { End = new NodaTime.LocalDate(2025, 3, 31) } };
        var page = Html.Parse(CabinetReports.Quarterly(document, document.Calendar.Parse("2025/26 Q1")).GetValueOrThrow());

        var section = page.GetElementById("reviews")!;
        section.Words().Should().Contain("The cycle ended on 31 March 2025; no further review is due.");
        page.QuerySelector("#headline .card:nth-child(3)")!.Words().Should().Contain("The cycle ended on 31 March 2025; no further review is due.");
        var outside = section.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.Words().Contains("outside the cycle", StringComparison.Ordinal));
        outside.QuerySelectorAll("tbody tr").Select(r => r.Words()).Should().Equal(
            "16 Apr 2025 After the cycle ended Quarterly report 2024/25 Q3",
            "18 Jun 2025 After the cycle ended Quarterly report 2024/25 Q4");
        section.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.Words() == "Quarter 3 2024/25")
            .QuerySelectorAll("td").Select(c => c.Words()).Should().Equal("31 Mar 2025", "16 Apr 2025", "■ 16 days late");
    }

    [Fact]
    public void The_report_is_self_contained_no_scripts_no_external_resources_and_links_only_within_the_page()
    {
        var page = Html.Parse(DerbyReports.Quarterly);

        page.QuerySelectorAll("script, iframe, object, embed, img, link, video, audio").Should().BeEmpty();
        page.All.Where(e => e.HasAttribute("src")).Should().BeEmpty();
        page.QuerySelector("style")!.TextContent.Should().NotContain("url(").And.NotContain("@import");
        var anchors = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        anchors.Should().NotBeEmpty().And.OnlyContain(h => h.StartsWith('#'));
        anchors.Should().OnlyContain(h => page.GetElementById(h.Substring(1)) != null, "every contents link has its target");
    }

    [Fact]
    public void Accessibility_status_is_never_colour_alone_svgs_have_titles_and_tables_have_headers()
    {
        var page = Html.Parse(DerbyReports.Quarterly);

        page.DocumentElement.GetAttribute("lang").Should().Be("en-GB");
        page.QuerySelectorAll("svg").Should().NotBeEmpty().And.OnlyContain(s => s.FirstElementChild!.LocalName == "title" && s.FirstElementChild.TextContent.Length > 0);
        page.QuerySelectorAll("svg").Should().OnlyContain(s => s.GetAttribute("role") == "img");
        page.QuerySelectorAll("table").Should().OnlyContain(t => t.QuerySelector("caption") != null && t.QuerySelectorAll("thead th[scope='col']").Length > 0);
        page.QuerySelectorAll(".badge").Should().OnlyContain(b => b.QuerySelector(".shape[aria-hidden='true']") != null && b.Words().Length > 2,
            "every badge has a shape and words, not a colour alone");
    }

    [Fact]
    public void Document_text_is_encoded_so_a_hostile_name_stays_text()
    {
        var page = Small(themeName: "<script>alert('x')</script> & Co", note: "<img src=x onerror=alert(1)>");

        page.QuerySelectorAll("script, img").Should().BeEmpty();
        page.GetElementById("theme-green")!.QuerySelector("h2")!.TextContent.Should().Be("<script>alert('x')</script> & Co");
        page.GetElementById("theme-green")!.Words().Should().Contain("<img src=x onerror=alert(1)>");
    }

    [Fact]
    public void The_same_document_and_quarter_always_give_the_same_bytes()
    {
        var again = CabinetReports.Quarterly(DerbyReports.Document, DerbyReports.Document.Calendar.Parse(DerbyReports.Quarter)).GetValueOrThrow();

        again.Should().Be(DerbyReports.Quarterly);
    }

    [Fact]
    public void AGG_the_theme_section_shows_the_small_plan_worked_by_hand()
    {
        // Green measure 100, amber measure 50, red action 0 → Green city 50.0, amber; 1 of 2 measures green.
        var section = Small().GetElementById("theme-green")!;

        section.Words().Should().Contain("Score 50.0 ▲ Amber ; coverage 100.0%; measures meeting target 1 of 2 (50%).");
        section.QuerySelector(".why")!.Words().Should().Be("Amber at 50.0: pulled down by action 'Open the reuse shop' at 0.0.");
        section.QuerySelectorAll("table")[1].QuerySelectorAll("tbody tr td:nth-child(5)").Select(c => c.Words()).Should().Equal("● Green", "▲ Amber");
    }

    [Fact]
    public void A_period_outside_the_plan_is_flagged_in_the_header()
    {
        var page = Html.Parse(CabinetReports.Quarterly(SmallPlan.Build(), ReportingCalendar.Default.Parse("2030/31 Q1")).GetValueOrThrow());

        page.QuerySelector("header .note")!.Words().Should().Be(
            "This period falls outside the plan's dates (1 April 2024 to 31 March 2027): figures may be missing or come from another plan year.");
        Small().QuerySelector("header .note").Should().BeNull();
    }

    [Theory]
    [InlineData("9998/99 Q4")]
    [InlineData("0002/03 Q1")]
    public void CAL_a_quarter_without_dates_to_evaluate_at_is_refused_with_the_range(string quarter)
    {
        var render = () => CabinetReports.Quarterly(SmallPlan.Build(), ReportingCalendar.Default.Parse(quarter));

        render.Should().Throw<ArgumentOutOfRangeException>().WithMessage("A report is for a period whose end, and the end of the period before it, fall in 0004-01-01 to 9997-12-31.*");
        CabinetReports.IsReportable(ReportingCalendar.Default, ReportingCalendar.Default.Parse(quarter)).Should().BeFalse();
    }

    [Fact]
    public void Control_characters_in_document_text_become_replacement_characters()
    {
        var page = Small(note: "a\0b\u0001c\u007fd\te");

        page.DocumentElement.OuterHtml.Should().NotContain("\0").And.NotContain("\u0001").And.NotContain("\u007f");
        page.GetElementById("theme-green")!.TextContent.Should().Contain("a\uFFFDb\uFFFDc\uFFFDd\te");
    }

    [Fact]
    public void RSK_each_heat_map_cell_names_its_band_in_text_as_well_as_colour()
    {
        var cell = Html.Parse(DerbyReports.Quarterly).QuerySelector("#risks svg.heatmap g.cell[data-likelihood='5'][data-impact='5']")!;

        cell.QuerySelector("text.band-letter")!.TextContent.Should().Be("H");
        cell.QuerySelector("title")!.TextContent.Should().Be("Likelihood 5 (Almost certain), impact 5 (Severe): score 25, High, 0 risks");
    }

    [Fact]
    public void FIN4_the_MTFS_issues_list_stops_at_25_and_says_how_many_more()
    {
        var document = Big.UnfundedActions(30);

        var money = Html.Parse(CabinetReports.Quarterly(document, ReportingCalendar.Default.Parse("2024/25 Q2")).GetValueOrThrow()).GetElementById("money")!;

        var items = money.QuerySelectorAll("ul.issues li");
        items.Should().HaveCount(26);
        items[^1].Words().Should().Be("… and 6 more; 'splan finance' lists every one.", "30 unfunded actions (FIN-4) and the line with no allocation (FIN-5) make 31 issues");
    }

    [Fact]
    public void Parts_the_document_lacks_are_said_plainly()
    {
        var page = Small();

        page.GetElementById("money")!.Words().Should().Contain("no Medium-Term Financial Strategy");
        page.GetElementById("risks")!.Words().Should().Contain("no Strategic Risk Register");
        page.GetElementById("reviews")!.Words().Should().Contain("no review cycle");
    }
}

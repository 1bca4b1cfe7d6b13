using StrategicPlanning.Aggregation;
using StrategicPlanning.Calendar;
using StrategicPlanning.Reports.Rendering;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests;

/// <summary>The quarterly performance report: what Cabinet reads, checked as parsed HTML.</summary>
public class QuarterlyReportTests
{
    private static readonly PeriodLabel Q2 = ReportingCalendar.Default.Parse("2024/25 Q2");

    private static AngleSharp.Dom.IDocument Small(string themeName = "Green city", string? note = null) =>
        Html.Parse(CabinetReports.Quarterly(SmallPlan.Build(themeName, note), Q2).GetHtmlOrThrow());

    [Fact]
    public void AGG_the_headline_shows_the_plan_score_RAG_and_measures_meeting_target_worked_by_hand()
    {
        // Leaves: green measure 100, amber measure 50, red action 0 → outcome, theme and plan score 50, amber (AGG-3, AGG-5).
        var page = Small();

        var cards = page.QuerySelectorAll("#headline .card").Select(c => c.Words()).ToList();

        cards[0].Should().StartWith("Plan score 50.0 ▲ Amber");
        cards[1].Should().StartWith("Measures meeting target 1 of 2 50% green (MEA-7)");
        page.QuerySelector("#headline .counts-text")!.Words().Should().Be("1 green, 1 amber, 1 red, 0 complete, 0 no data");
    }

    [Fact]
    public void AGG_each_theme_has_a_section_with_score_RAG_counts_bar_and_outcome_table()
    {
        var page = Html.Parse(DerbyReports.Quarterly);
        var scorecard = Scorecard.Compute(DerbyReports.Document, new NodaTime.LocalDate(2024, 9, 30)).GetScorecardOrThrow();

        var sections = page.QuerySelectorAll("section.theme");

        sections.Select(s => s.Id).Should().Equal(DerbyReports.Document.Plan.Themes.Select(t => "theme-" + t.Id));
        foreach (var theme in scorecard.Plan.Children)
        {
            var section = page.GetElementById("theme-" + theme.Id)!;
            section.QuerySelector("h2")!.Words().Should().Be(theme.Name);
            section.Words().Should().Contain($"Score {theme.Score!.Value:0.0}").And.Contain(theme.Rag.ToString());
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
        cells[6].Should().Be("Demand up 15%; new leased units being sought.");
    }

    [Fact]
    public void ACT3_exceptions_list_every_red_measure_and_action_once_with_commentary()
    {
        var scorecard = Scorecard.Compute(DerbyReports.Document, new NodaTime.LocalDate(2024, 9, 30)).GetScorecardOrThrow();
        var red = scorecard.Plan.Children.SelectMany(t => t.Children).SelectMany(o => o.Leaves)
            .Where(l => l.Status == LeafStatus.Red).Select(l => l.Id).Distinct().Count();
        var redNodes = scorecard.Plan.Children.Concat(scorecard.Plan.Children.SelectMany(t => t.Children)).Count(n => n.Rag == Core.Rag.Red);

        var rows = Html.Parse(DerbyReports.Quarterly).QuerySelectorAll("#exceptions tbody tr");

        rows.Should().HaveCount(red + redNodes);
        rows.Should().OnlyContain(r => r.QuerySelectorAll("td")[2].Words().Contains("Red") || r.QuerySelectorAll("td")[2].Words().Contains("Off track") || r.QuerySelectorAll("td")[2].Words().Contains("Overdue"));
        rows.Select(r => r.QuerySelectorAll("td")[3].Words()).Should().NotContain(string.Empty);
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
        var maps = Html.Parse(DerbyReports.Quarterly).QuerySelectorAll("svg.heatmap");
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
    public void FIN6_money_by_theme_shows_the_year_budget_and_savings_gap_worked_by_hand()
    {
        // 2024/25: capital £16,300,000 + revenue £8,950,000 = £25,250,000; savings £9,654,000 target, £9,500,000 allocated.
        var money = Html.Parse(DerbyReports.Quarterly).GetElementById("money")!;

        money.QuerySelectorAll(".card")[0].Words().Should().Be("Revenue and capital budget £25.25m £25,250,000 in 2024/25");
        money.QuerySelectorAll(".card")[2].Words().Should().Contain("gap £154,000");
        money.QuerySelector("ul.issues")!.Words().Should().Contain("Savings gap").And.Contain("SP1512");
        money.QuerySelectorAll("svg.money-bars g.money-row").Should().HaveCount(5);
    }

    [Fact]
    public void REV4_the_review_schedule_shows_each_quarter_report_and_the_late_one()
    {
        var document = DerbyReports.Document;
        var later = Html.Parse(CabinetReports.Quarterly(document, document.Calendar.Parse("2025/26 Q1")).GetHtmlOrThrow());

        later.QuerySelector("#headline .card:nth-child(3)")!.Words().Should().Contain("Not compliant").And.Contain("1 quarterly report late or missing");
        var q3 = later.QuerySelectorAll("#reviews tbody tr").Single(r => r.QuerySelector("th")!.Words() == "Quarter 3 2024/25");
        q3.QuerySelectorAll("td").Select(c => c.Words()).Should().Equal("31 Mar 2025", "16 Apr 2025", "■ 16 days late");
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
        var again = CabinetReports.Quarterly(DerbyReports.Document, DerbyReports.Document.Calendar.Parse(DerbyReports.Quarter)).GetHtmlOrThrow();

        again.Should().Be(DerbyReports.Quarterly);
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

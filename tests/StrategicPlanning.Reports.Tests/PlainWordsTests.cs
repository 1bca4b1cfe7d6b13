using System.Globalization;
using System.Text.RegularExpressions;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests;

/// <summary>
/// Issue 16, point 2: reports speak to councillors, not to developers. No rule ids or validation codes in what a reader
/// sees, every score at one precision, a short key, and a footer that names no file.
/// </summary>
public partial class PlainWordsTests
{
    public static TheoryData<string> Reports => new() { "quarterly", "annual" };

    private static AngleSharp.Dom.IDocument Page(string which) => Html.Parse(which == "quarterly" ? DerbyReports.Quarterly : DerbyReports.Annual);

    /// <summary>What a reader sees: the body's text, and the title and alt text a screen reader speaks.</summary>
    private static string Visible(AngleSharp.Dom.IDocument page) =>
        page.Title + " " + page.Body!.Words() + " " + string.Join(' ', page.All.Select(e => e.GetAttribute("aria-label") + " " + e.GetAttribute("alt")));

    [Theory]
    [MemberData(nameof(Reports))]
    public void Derby_reports_show_no_rule_id_nor_validation_code(string which)
    {
        var text = Visible(Page(which));

        RuleId().Matches(text).Select(m => m.Value).Should().BeEmpty("rule ids stay in splan explain, validation output and the docs");
        Code().Matches(text).Select(m => m.Value).Should().BeEmpty("validation codes stay in validation output");
        text.Should().NotContain(".md", "the page names no file a reader cannot see");
    }

    [Fact]
    public void Every_score_in_a_theme_explanation_is_shown_at_the_headline_precision()
    {
        var page = Page("quarterly");
        var explanations = page.QuerySelectorAll("section.theme p.why, #headline p.why").Select(p => p.Words()).ToList();

        explanations.Should().HaveCount(DerbyReports.Document.Plan.Themes.Count + 1);
        foreach (var explanation in explanations)
        {
            // Names of measures and outcomes are in quotes and may hold numbers of their own; the report's figures are not.
            var figures = Number().Matches(Quoted().Replace(explanation, "''")).Select(m => m.Value).ToList();
            figures.Should().NotBeEmpty(explanation);
            figures.Should().OnlyContain(f => OneDecimal().IsMatch(f), $"'{explanation}' should show every score to one decimal place, as the headline does");
        }
    }

    [Fact]
    public void A_theme_explanation_says_the_score_the_headline_shows()
    {
        var page = Page("quarterly");
        var scorecard = AggregationRules.Evaluate(DerbyReports.Document, new NodaTime.LocalDate(2024, 9, 30)).GetValueOrThrow();

        foreach (var theme in scorecard.Plan.Children.Where(t => t.Score is not null))
        {
            var shown = string.Create(CultureInfo.InvariantCulture, $"{Core.Rounding.ForDisplay(theme.Score!.Value, 1):0.0}");
            var section = page.GetElementById("theme-" + theme.Id)!;
            section.Words().Should().Contain($"Score {shown}");
            section.QuerySelector("p.why")!.Words().Should().StartWith($"{theme.Rag} at {shown}");
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_key_says_what_the_score_is_the_RAG_thresholds_and_what_coverage_means(string which)
    {
        var page = Page(which);
        var key = page.GetElementById("key")!;

        key.QuerySelector("h2")!.Words().Should().Be("How to read this report");
        var items = key.QuerySelectorAll("li").Select(li => li.Words()).ToList();
        items.Should().Contain(i => i.StartsWith("Score: each measure and action scores 100.0 when green, 50.0 when amber, 0.0 when red and 100.0 when complete.", StringComparison.Ordinal));
        items.Should().Contain("RAG: green above 75.0; amber above 25.0 up to 75.0; red at 25.0 or below.");
        items.Should().Contain(i => i.StartsWith("Coverage: the share of the measures and actions beneath that have data for the period.", StringComparison.Ordinal));
        items.Should().Contain("Statuses are shown as words and shapes: ● green, ▲ amber, ■ red, ✓ complete, ○ no data.");
        page.QuerySelector("nav a[href='#key']")!.Words().Should().Be("How to read this report");
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_footer_says_where_figures_come_from_in_plain_words(string which)
    {
        Page(which).QuerySelector("footer")!.Words().Should().Be("Figures at " + (which == "quarterly" ? "30 September 2024" : "31 March 2025") + ", computed by StrategicPlanning from the plan document.");
    }

    [Theory]
    [InlineData("Budget line 'x' has money and no allocation: it is not aligned to the plan (FIN-5).", "Budget line 'x' has money and no allocation: it is not aligned to the plan.")]
    [InlineData("Green at 78.65: above 75 (AGG-5).", "Green at 78.65: above 75.")]
    [InlineData("held (AGG-5, AGG-6), but", "held, but")]
    [InlineData("An unfunded action [SP1512]", "An unfunded action")]
    [InlineData("a year outside the MTFS (the 2025/26 year, FIN-2) is skipped", "a year outside the MTFS (the 2025/26 year) is skipped")]
    [InlineData("Risk 'R1' is stale; see REV-7 and RSK-7.", "Risk 'R1' is stale.")]
    [InlineData("Road A38-2 and CO2-9 stay", "Road A38-2 and CO2-9 stay")]
    public void Strip_removes_rule_references_and_keeps_other_words(string text, string expected) =>
        PlainWords.Strip(text).Should().Be(expected);

    [Theory]
    [InlineData("78.65", "78.7")]
    [InlineData("75.04", "just above 75.0")]
    [InlineData("74.96", "just below 75.0")]
    [InlineData("75", "75.0")]
    [InlineData("25.049", "just above 25.0")]
    public void A_score_beside_a_threshold_never_reads_as_the_threshold_it_is_not_on(string score, string expected) =>
        PlainWords.Score(decimal.Parse(score, CultureInfo.InvariantCulture), RagThresholds.Default).Should().Be(expected);

    [GeneratedRegex(@"\b(CAL|REV|MEA|ACT|AGG|FIN|RSK|VAL|JSN)-\d")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"SP\d{4}")]
    private static partial Regex Code();

    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d+\.\d$")]
    private static partial Regex OneDecimal();
}

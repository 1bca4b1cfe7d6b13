using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerformanceHub.Tests.Hosting;

namespace PerformanceHub.Tests.Pages;

/// <summary>Point 4: the scorecard and drill-down pages show what the library computes for Derby.</summary>
public sealed class ScorecardPageTests
{
    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task Each_theme_tile_shows_the_score_and_RAG_the_scorecard_API_gives(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var session = await PageSession.SignInAsync(hub);
        using var api = hub.Client();
        var scorecard = await api.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/scorecard?asOf=2025-03-31");

        var (status, page) = await session.GetAsync($"{PageSession.Plan}?asOf=2025-03-31");

        status.Should().Be(HttpStatusCode.OK);
        var themes = scorecard.GetProperty("themes").EnumerateArray().ToList();
        themes.Should().HaveCount(5);
        foreach (var theme in themes)
        {
            var tile = page.QuerySelector($"li.tile[data-theme='{theme.GetProperty("id").GetString()}']")!;
            tile.QuerySelector(".score")!.TextContent.Should().Be(theme.GetProperty("score").GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture));
            tile.QuerySelector(".rag")!.TextContent.Should().BeEquivalentTo(theme.GetProperty("rag").GetString());
        }

        // Worked out with splan score on the Derby sample: Green city 75.52, green; rising from 18.75 in 2023/24 Q1.
        var green = page.QuerySelector("li.tile[data-theme='green']")!;
        green.QuerySelector(".score")!.TextContent.Should().Be("75.52");
        green.QuerySelector(".rag")!.TextContent.Should().Be("Green");
        green.QuerySelector("svg title")!.TextContent.Should().Contain("2023/24 Q1 18.75").And.EndWith("2024/25 Q4 75.52");
    }

    [Fact]
    public async Task Without_an_as_of_date_the_scorecard_shows_the_plans_last_quarter_end_not_after_today()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var session = await PageSession.SignInAsync(hub);

        var (_, page) = await session.GetAsync(PageSession.Plan);

        // The Derby plan ends on 31 March 2025, long before today: its last quarter end is the default.
        page.QuerySelector("#asOf option[selected]")!.GetAttribute("value").Should().Be("2025-03-31");
        page.QuerySelector(".version-shown")!.TextContent.Should().Contain("version 1 (the latest)").And.Contain("as of 2025-03-31");
    }

    [Fact]
    public async Task The_measure_page_shows_the_measures_actuals_and_targets_by_period()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var session = await PageSession.SignInAsync(hub);

        var (status, page) = await session.GetAsync($"{PageSession.Plan}/measures/m.no2?asOf=2025-03-31");

        status.Should().Be(HttpStatusCode.OK);
        var rows = page.QuerySelectorAll("table.history tbody tr")
            .Select(r => (Period: r.QuerySelector("th")!.TextContent, Actual: r.QuerySelector(".actual")!.TextContent, Target: r.QuerySelector(".target")!.TextContent))
            .ToList();
        rows.Should().HaveCount(8);
        rows[0].Should().Be(("2023/24 Q1", "40.4", "40"));
        rows[^1].Should().Be(("2024/25 Q4", "37.4", "38"));
        page.QuerySelector("svg.chart title")!.TextContent.Should().Contain("Roadside nitrogen dioxide");
        page.QuerySelectorAll("svg.chart circle").Should().HaveCount(8, "one dot per actual");
    }

    [Fact]
    public async Task Theme_and_outcome_pages_drill_down_with_their_scores()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var session = await PageSession.SignInAsync(hub);

        var (_, theme) = await session.GetAsync($"{PageSession.Plan}/themes/green?asOf=2025-03-31");
        var (_, outcome) = await session.GetAsync($"{PageSession.Plan}/outcomes/green.air?asOf=2025-03-31");
        var (missing, _) = await session.GetAsync($"{PageSession.Plan}/themes/no-such-theme");

        theme.QuerySelector("tr[data-outcome='green.air'] .score-cell")!.TextContent.Should().Be("68.75");
        theme.QuerySelector("tr[data-outcome='green.waste'] .score-cell")!.TextContent.Should().Be("83.33");
        outcome.QuerySelector(".score")!.TextContent.Should().Be("68.75");
        outcome.QuerySelector("tr[data-measure='m.no2'] a")!.GetAttribute("href").Should().Be($"{PageSession.Plan}/measures/m.no2?asOf=2025-03-31");
        missing.Should().Be(HttpStatusCode.NotFound);
    }
}

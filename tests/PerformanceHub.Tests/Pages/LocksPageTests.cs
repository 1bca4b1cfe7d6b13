using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerformanceHub.Tests.Hosting;

namespace PerformanceHub.Tests.Pages;

/// <summary>
/// Points 2 and 4: an admin locks a quarter on the page; the locked quarter's scorecard and report then come from the
/// version locked, with "as now restated" beside "as presented" once a later version scores it differently.
/// </summary>
public sealed class LocksPageTests
{
    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task A_locked_quarter_shows_as_presented_and_as_now_restated_where_they_differ(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var session = await PageSession.SignInAsync(hub);
        using var api = hub.Client();
        using var locked = await session.PostFormAsync($"{PageSession.Plan}/locks", $"{PageSession.Plan}/locks", new() { ["quarter"] = "2024/25 Q4" });
        locked.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HistoryTests.Put(api, WithNo2In2024Q4(45.1m), "\"v1\"")).StatusCode.Should().Be(HttpStatusCode.Created);
        var restated = await api.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/scorecard?asOf=2025-03-31&version=2");

        var (_, page) = await session.GetAsync($"{PageSession.Plan}?asOf=2025-03-31");

        page.QuerySelector(".version-shown")!.TextContent.Should().Contain("version 1 (the latest is 2)");
        page.QuerySelector("li.tile[data-theme='green'] .score")!.TextContent.Should().Be("75.52", "the tiles are as presented");
        var green = page.QuerySelectorAll("table.restated tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Green city");
        var restatedGreen = restated.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "green").GetProperty("score").GetDecimal();
        restatedGreen.Should().BeLessThan(75.52m, "NO2 at 45.1 misses the target of 38");
        green.QuerySelectorAll("td")[0].TextContent.Should().StartWith("75.52 ");
        green.QuerySelectorAll("td")[1].TextContent.Should().StartWith(restatedGreen.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ");

        // Drilling into a figure as presented stays on the version presented, all the way down.
        var themeLink = page.QuerySelector("li.tile[data-theme='green'] a")!.GetAttribute("href")!;
        themeLink.Should().Contain("version=1");
        var (_, theme) = await session.GetAsync(themeLink);
        theme.QuerySelector(".version-shown")!.TextContent.Should().Contain("version 1 (the latest is 2)");
        var outcomeLink = theme.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).First(h => h.Contains("/outcomes/green.air", StringComparison.Ordinal));
        outcomeLink.Should().Contain("version=1");
    }

    [Fact]
    public async Task The_locked_quarters_report_comes_from_the_version_locked_unless_restated_is_asked()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var session = await PageSession.SignInAsync(hub);
        using var api = hub.Client();
        (await session.PostFormAsync($"{PageSession.Plan}/locks", $"{PageSession.Plan}/locks", new() { ["quarter"] = "2024/25 Q4" })).Dispose();
        (await HistoryTests.Put(api, WithNo2In2024Q4(45.1m), "\"v1\"")).StatusCode.Should().Be(HttpStatusCode.Created);

        using var presented = await session.GetResponseAsync($"{PageSession.Plan}/report?quarter=2024%2F25%20Q4");
        using var now = await session.GetResponseAsync($"{PageSession.Plan}/report?quarter=2024%2F25%20Q4&restated=true");
        using var askedFor = await session.GetResponseAsync($"{PageSession.Plan}/report?quarter=2024%2F25%20Q4&version=2");
        using var again = await session.PostFormAsync($"{PageSession.Plan}/locks", $"{PageSession.Plan}/locks", new() { ["quarter"] = "2024/25 Q4" });

        presented.StatusCode.Should().Be(HttpStatusCode.OK);
        presented.Headers.GetValues("X-Plan-Version").Single().Should().Be("1");
        now.Headers.GetValues("X-Plan-Version").Single().Should().Be("2");
        askedFor.Headers.GetValues("X-Plan-Version").Single().Should().Be("2", "a version asked for is the one reported");
        presented.Headers.GetValues("Content-Security-Policy").Single().Should().Be(PerformanceHub.Security.SecurityHeaders.ReportContentSecurityPolicy);
        (await presented.Content.ReadAsStringAsync()).Should().Contain("Quarter 4 2024/25");
        again.StatusCode.Should().Be(HttpStatusCode.Conflict, "a locked quarter stays locked");
        var locks = await api.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/locks");
        locks.EnumerateArray().Select(l => (l.GetProperty("quarter").GetString(), l.GetProperty("version").GetInt32())).Should().Equal(("2024/25 Q4", 1));
    }

    /// <summary>The Derby plan with m.no2's 2024/25 Q4 actual (37.4 against a target of 38) restated.</summary>
    internal static string WithNo2In2024Q4(decimal value)
    {
        var document = JsonNode.Parse(Samples.DerbyText)!;
        var no2 = document["plan"]!["themes"]!.AsArray().SelectMany(t => t!["outcomes"]!.AsArray()).SelectMany(o => o!["measures"]!.AsArray())
            .Single(m => (string?)m!["id"] == "m.no2")!;
        no2["actuals"]!.AsArray().Single(a => (string?)a!["period"] == "2024/25 Q4")!["value"] = value;
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}

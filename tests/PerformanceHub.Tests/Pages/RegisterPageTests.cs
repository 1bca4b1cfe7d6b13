using System.Net;
using PerformanceHub.Tests.Hosting;
using StrategicPlanning.Delivery;
using StrategicPlanning.Json;

namespace PerformanceHub.Tests.Pages;

/// <summary>Point 4: the actions page filters by the library's own delivery rules; the risks page draws the heat maps.</summary>
public sealed class RegisterPageTests
{
    [Fact]
    public async Task The_overdue_filter_shows_exactly_the_actions_the_library_calls_overdue()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var session = await PageSession.SignInAsync(hub);
        var report = DeliveryRules.Evaluate(PlanJson.Parse(Samples.DerbyText), new NodaTime.LocalDate(2025, 3, 31)).GetValueOrThrow();
        var overdue = report.Actions.Where(a => a.Status == EffectiveActionStatus.Overdue).Select(a => a.Action.Id).ToList();

        var (all, _) = await session.GetAsync($"{PageSession.Plan}/actions?asOf=2025-03-31");
        var (_, page) = await session.GetAsync($"{PageSession.Plan}/actions?asOf=2025-03-31&overdue=true");

        all.Should().Be(HttpStatusCode.OK);
        overdue.Should().HaveCount(5);
        page.QuerySelectorAll("tr[data-action]").Select(r => r.GetAttribute("data-action")).Should().BeEquivalentTo(overdue);
        page.QuerySelectorAll("tr[data-action] .status").Select(s => s.TextContent).Should().AllBe("Overdue");
        page.QuerySelector(".count")!.TextContent.Should().Be("5 of 43 actions shown.");
    }

    [Fact]
    public async Task Must_do_and_owner_filters_combine()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var session = await PageSession.SignInAsync(hub);
        var actions = PlanJson.Parse(Samples.DerbyText).DeliveryPlans.Single().Actions;
        var expected = actions.Where(a => a.MustDo && a.Owner == "Director of Place").Select(a => a.Id).ToList();

        var (_, page) = await session.GetAsync($"{PageSession.Plan}/actions?asOf=2025-03-31&mustDo=true&owner=Director+of+Place");

        expected.Should().Equal("a.cycle-routes");
        page.QuerySelectorAll("tr[data-action]").Select(r => r.GetAttribute("data-action")).Should().Equal(expected);
    }

    [Fact]
    public async Task The_risks_page_draws_the_threat_heat_map_as_a_grid_of_counts_and_bands()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var session = await PageSession.SignInAsync(hub);

        var (status, page) = await session.GetAsync($"{PageSession.Plan}/risks?asOf=2025-03-31");

        status.Should().Be(HttpStatusCode.OK);
        var threats = page.QuerySelector("#heat-0")!;
        threats.QuerySelector("caption")!.TextContent.Should().Be("Threats (10 risks)");
        var rows = threats.QuerySelectorAll("tbody tr").ToList();
        rows.Should().HaveCount(5);
        rows[0].QuerySelector("th")!.TextContent.Should().Be("5 (Almost certain)");
        // Likelihood 5 × impact 4: the homelessness risk (score 20), in the High band.
        rows[0].QuerySelectorAll("td")[3].TextContent.Should().Be("1 High");
        rows.Sum(r => r.QuerySelectorAll("td").Sum(td => int.Parse(td.TextContent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))).Should().Be(10);
        page.QuerySelector("tr[data-risk='r.homelessness'] td:nth-child(4)")!.TextContent.Should().Be("20");
    }
}

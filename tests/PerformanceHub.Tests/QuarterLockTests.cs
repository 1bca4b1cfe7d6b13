using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerformanceHub.Plans;
using PerformanceHub.Tests.Hosting;

namespace PerformanceHub.Tests;

/// <summary>
/// Point 2: a quarter locked when its report goes to Cabinet keeps its report and scorecard from the version locked,
/// after any restatement; the quarter view shows "as presented" and "as now restated" where they differ.
/// </summary>
public sealed class QuarterLockTests
{
    private const string Quarter = "2024/25 Q4";

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task A_locked_quarter_keeps_its_report_and_scorecard_from_the_version_locked_after_a_restatement(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var client = hub.Client();
        var locked = await client.PostAsJsonAsync($"{HubHost.Plan}/locks", new { quarter = Quarter });
        locked.StatusCode.Should().Be(HttpStatusCode.Created);
        (await locked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().Should().Be(1);

        // After Cabinet, Housing restates Q4 households in temporary accommodation from 303 to 231 (under the 240
        // target: red becomes green): version 2.
        (await HistoryTests.Put(client, Restated(), "\"v1\"")).StatusCode.Should().Be(HttpStatusCode.Created);
        var v2 = Path.Combine(hub.DataFolder, "v2.json");
        await File.WriteAllTextAsync(v2, await client.GetStringAsync($"{HubHost.Plan}/versions/2"));

        var report = await client.GetAsync($"{HubHost.Plan}/report?quarter={Quarter}");
        var reportNow = await client.GetAsync($"{HubHost.Plan}/report?quarter={Quarter}&restated=true");
        var view = await client.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/quarter?quarter={Quarter}");

        report.Headers.GetValues("X-Plan-Version").Should().Equal("1");
        report.Headers.GetValues("X-Quarter-Locked").Should().Equal("true");
        (await report.Content.ReadAsStringAsync()).Should().Be(Splan.Run("report", Samples.Derby, $"--quarter={Quarter}").Output);
        reportNow.Headers.GetValues("X-Plan-Version").Should().Equal("2");
        (await reportNow.Content.ReadAsStringAsync()).Should().Be(Splan.Run("report", v2, $"--quarter={Quarter}").Output)
            .And.NotBe(await report.Content.ReadAsStringAsync(), "the restatement changes the report, so serving the locked one is a real choice");

        view.GetProperty("locked").GetBoolean().Should().BeTrue();
        view.GetProperty("asOf").GetString().Should().Be("2025-03-31");
        view.GetProperty("presentedVersion").GetInt32().Should().Be(1);
        view.GetProperty("latestVersion").GetInt32().Should().Be(2);
        view.GetProperty("differs").GetBoolean().Should().BeTrue();
        view.GetProperty("presented").GetRawText().Should().Be(Compact(Splan.Run("score", Samples.Derby, "--as-of=2025-03-31", "--format=json").Output));
        view.GetProperty("restated").GetRawText().Should().Be(Compact(Splan.Run("score", v2, "--as-of=2025-03-31", "--format=json").Output));
    }

    [SkippableFact]
    public async Task An_unlocked_quarter_is_presented_from_the_latest_version_and_does_not_differ()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var client = hub.Client();

        var view = await client.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/quarter?quarter=2024/25 Q3");
        var report = await client.GetAsync($"{HubHost.Plan}/report?quarter=2024/25 Q3");

        view.GetProperty("locked").GetBoolean().Should().BeFalse();
        view.GetProperty("asOf").GetString().Should().Be("2024-12-31");
        view.GetProperty("presentedVersion").GetInt32().Should().Be(1);
        view.GetProperty("differs").GetBoolean().Should().BeFalse();
        report.Headers.GetValues("X-Quarter-Locked").Should().Equal("false");
    }

    [SkippableFact]
    public async Task A_quarter_is_locked_once_and_only_a_quarter_of_the_plans_calendar_and_period_can_be_locked()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var client = hub.Client();
        (await client.PostAsJsonAsync($"{HubHost.Plan}/locks", new { quarter = Quarter })).StatusCode.Should().Be(HttpStatusCode.Created);

        var again = await client.PostAsJsonAsync($"{HubHost.Plan}/locks", new { quarter = Quarter });
        var notQuarter = await client.PostAsJsonAsync($"{HubHost.Plan}/locks", new { quarter = "2024/25" });
        var empty = await client.PostAsJsonAsync($"{HubHost.Plan}/locks", new { quarter = "" });
        var outside = await client.PostAsJsonAsync($"{HubHost.Plan}/locks", new { quarter = "9998/99 Q4" });
        var outsideView = await client.GetAsync($"{HubHost.Plan}/quarter?quarter=1066/67 Q1");
        var notJson = await client.PostAsync($"{HubHost.Plan}/locks", new StringContent("not json", System.Text.Encoding.UTF8, "application/json"));

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await HistoryTests.Problem(again)).GetProperty("detail").GetString().Should().Be("2024/25 Q4 is already locked; a locked quarter stays on the version presented.");
        notQuarter.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HistoryTests.Problem(notQuarter)).GetProperty("detail").GetString().Should().StartWith("'2024/25' is not a quarter of the plan's calendar");
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        outside.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HistoryTests.Problem(outside)).GetProperty("detail").GetString().Should().Be("9998/99 Q4 is outside the plan, which runs from 2022-04-01 to 2025-03-31.");
        outsideView.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        notJson.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HistoryTests.Problem(notJson)).GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
        var locks = await client.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/locks");
        locks.GetArrayLength().Should().Be(1);
        locks[0].GetProperty("lockedBy").GetString().Should().Be("key:admin-seed");
    }

    /// <summary>Derby with the Q4 2024/25 temporary accommodation actual restated from 303 to 231.</summary>
    internal static string Restated()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(Samples.DerbyText)!;
        var measure = document["plan"]!["themes"]![2]!["outcomes"]![2]!["measures"]![2]!;
        measure["id"]!.GetValue<string>().Should().Be("m.temp-accommodation");
        var q4 = measure["actuals"]!.AsArray().Single(a => a!["period"]!.GetValue<string>() == "2024/25 Q4")!;
        q4["value"]!.GetValue<int>().Should().Be(303);
        q4["value"] = 231;
        return document.ToJsonString();
    }

    private static string Compact(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(parsed.RootElement);
    }
}

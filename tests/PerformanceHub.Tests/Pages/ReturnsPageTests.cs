using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerformanceHub.Tests.Hosting;

namespace PerformanceHub.Tests.Pages;

/// <summary>Point 4: a return's change log is shown before anything is stored; the commit adds a version or, when the plan moved, nothing.</summary>
public sealed class ReturnsPageTests
{
    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task The_preview_shows_the_change_log_and_stores_nothing(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var session = await PageSession.SignInAsync(hub);
        using var api = hub.Client();

        using var preview = await session.UploadAsync(Samples.DerbyReturn, replace: true);

        preview.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = PageSession.Parse(await preview.Content.ReadAsStringAsync());
        var restated = page.QuerySelectorAll("table.changes tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "m.affordable-homes");
        restated.QuerySelectorAll("td").Select(td => td.TextContent).Should().Equal(
            "changed", "Measure actual", "2024/25 Q4", "345", "341 ('Restated after audit: four homes counted twice.')", "Measures!3:3");
        page.QuerySelector(".summary")!.TextContent.Should().Contain("1 added").And.Contain("2 changed");
        page.QuerySelector("form input[name=basedOn]")!.GetAttribute("value").Should().Be("1");
        (await api.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/versions")).GetArrayLength().Should().Be(1, "a preview stores nothing");
    }

    [Fact]
    public async Task A_restatement_without_replace_is_422_with_its_conflicts_and_no_commit_button()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var session = await PageSession.SignInAsync(hub);

        using var preview = await session.UploadAsync(Samples.DerbyReturn, replace: false);

        preview.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var page = PageSession.Parse(await preview.Content.ReadAsStringAsync());
        page.QuerySelectorAll(".problems li").Select(li => li.TextContent).Should().HaveCount(2)
            .And.Contain(p => p.StartsWith("error at Measures!3:3: m.affordable-homes already has 345", StringComparison.Ordinal));
        page.QuerySelector("input[name=pending]").Should().BeNull();
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task Committing_the_preview_stores_version_two_with_the_file_as_uploaded(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var session = await PageSession.SignInAsync(hub);
        using var api = hub.Client();

        using var committed = await CommitAsync(session);

        committed.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = PageSession.Parse(await committed.Content.ReadAsStringAsync());
        page.QuerySelector("[role=status]")!.TextContent.Should().StartWith("Saved as version 2");
        var versions = await api.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/versions");
        versions[0].GetProperty("source").GetString().Should().Be("return");
        versions[0].GetProperty("savedBy").GetString().Should().Be("admin");
        var download = page.QuerySelector("table.uploads a")!.GetAttribute("href")!;
        (await (await session.GetResponseAsync(download)).Content.ReadAsByteArrayAsync()).Should().Equal(await File.ReadAllBytesAsync(Samples.DerbyReturn));
    }

    [Fact]
    public async Task Committing_after_the_plan_moved_is_412_and_stores_nothing()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var session = await PageSession.SignInAsync(hub);
        using var api = hub.Client();
        using var preview = await session.UploadAsync(Samples.DerbyReturn, replace: true);
        var pending = PageSession.Parse(await preview.Content.ReadAsStringAsync()).QuerySelector("input[name=pending]")!.GetAttribute("value")!;
        (await HistoryTests.Put(api, HistoryTests.Retitled("Moved on meanwhile"), "\"v1\"")).StatusCode.Should().Be(HttpStatusCode.Created);

        using var late = await session.PostFormAsync($"{PageSession.Plan}/returns", $"{PageSession.Plan}/returns?handler=Commit",
            new() { ["pending"] = pending, ["basedOn"] = "1" });

        late.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        PageSession.Parse(await late.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")!.TextContent
            .Should().StartWith("The plan has moved on to version 2 since you previewed this return against version 1; nothing was stored.");
        (await api.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/versions")).GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task A_preview_never_committed_is_swept_a_day_later()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var session = await PageSession.SignInAsync(hub);
        using var first = await session.UploadAsync(Samples.DerbyReturn, replace: true);
        var kept = PageSession.Parse(await first.Content.ReadAsStringAsync()).QuerySelector("input[name=pending]")!.GetAttribute("value")!;
        var folder = Path.Combine(hub.DataFolder, "scratch", kept);
        File.SetLastWriteTimeUtc(Path.Combine(folder, "meta.json"), DateTime.UtcNow.AddDays(-2));

        using var second = await session.UploadAsync(Samples.DerbyReturn, replace: true);

        second.StatusCode.Should().Be(HttpStatusCode.OK);
        Directory.Exists(folder).Should().BeFalse("the two-day-old preview was swept when the next one was kept");
        using var late = await session.PostFormAsync($"{PageSession.Plan}/returns", $"{PageSession.Plan}/returns?handler=Commit",
            new() { ["pending"] = kept, ["basedOn"] = "1" });
        PageSession.Parse(await late.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")!.TextContent
            .Should().Be("That preview is no longer kept: upload the return again.");
    }

    /// <summary>Previews the Derby restatement and commits it, as the returns page's two forms do.</summary>
    internal static async Task<HttpResponseMessage> CommitAsync(PageSession session)
    {
        using var preview = await session.UploadAsync(Samples.DerbyReturn, replace: true);
        var page = PageSession.Parse(await preview.Content.ReadAsStringAsync());
        return await session.PostFormAsync($"{PageSession.Plan}/returns", $"{PageSession.Plan}/returns?handler=Commit", new()
        {
            ["pending"] = page.QuerySelector("input[name=pending]")!.GetAttribute("value")!,
            ["basedOn"] = page.QuerySelector("input[name=basedOn]")!.GetAttribute("value")!,
        });
    }
}

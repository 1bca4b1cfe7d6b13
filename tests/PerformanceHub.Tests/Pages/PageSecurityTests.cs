using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerformanceHub.Security;
using PerformanceHub.Tests.Hosting;

namespace PerformanceHub.Tests.Pages;

/// <summary>Point 4: every form post needs its antiforgery token; editors upload, admins lock, viewers only read.</summary>
public sealed class PageSecurityTests
{
    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_400_and_changes_nothing()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var session = await PageSession.SignInAsync(hub);
        using var api = hub.Client();

        using var lockPost = await session.PostWithoutTokenAsync($"{PageSession.Plan}/locks", new() { ["quarter"] = "2024/25 Q4" });
        using var commitPost = await session.PostWithoutTokenAsync($"{PageSession.Plan}/returns?handler=Commit", new() { ["pending"] = "0", ["basedOn"] = "1" });

        lockPost.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        commitPost.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await api.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/locks")).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_viewer_who_posts_an_upload_or_a_lock_is_denied_and_nothing_is_stored()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        await PageSession.AddUserAsync(hub, "reader", HubRoles.Viewer);
        using var viewer = await PageSession.SignInAsync(hub, "reader");
        using var api = hub.Client();

        var (status, returns) = await viewer.GetAsync($"{PageSession.Plan}/returns");
        using var upload = await viewer.UploadAsync(Samples.DerbyReturn, replace: true);
        using var lockPost = await viewer.PostFormAsync($"{PageSession.Plan}/locks", $"{PageSession.Plan}/locks", new() { ["quarter"] = "2024/25 Q4" });

        status.Should().Be(HttpStatusCode.OK, "viewers read");
        returns.QuerySelector("input[type=file]").Should().BeNull("a viewer is offered no upload form");
        upload.StatusCode.Should().Be(HttpStatusCode.Redirect);
        upload.Headers.Location!.AbsolutePath.Should().Be("/denied");
        lockPost.StatusCode.Should().Be(HttpStatusCode.Redirect);
        lockPost.Headers.Location!.AbsolutePath.Should().Be("/denied");
        (await api.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/locks")).GetArrayLength().Should().Be(0);
        (await api.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/versions")).GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task An_editor_may_upload_a_return_but_not_lock_a_quarter()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        await PageSession.AddUserAsync(hub, "officer", HubRoles.Editor);
        using var editor = await PageSession.SignInAsync(hub, "officer");

        using var committed = await ReturnsPageTests.CommitAsync(editor);
        using var lockPost = await editor.PostFormAsync($"{PageSession.Plan}/locks", $"{PageSession.Plan}/locks", new() { ["quarter"] = "2024/25 Q4" });

        PageSession.Parse(await committed.Content.ReadAsStringAsync()).QuerySelector("[role=status]")!.TextContent.Should().StartWith("Saved as version 2");
        lockPost.Headers.Location!.AbsolutePath.Should().Be("/denied");
    }

    [Fact]
    public async Task Signing_out_with_the_layouts_form_ends_the_session()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var session = await PageSession.SignInAsync(hub);

        using var signedOut = await session.PostFormAsync("/", "/signout", []);
        using var after = await session.GetResponseAsync(PageSession.Plan);

        signedOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signedOut.Headers.Location!.ToString().Should().Be("/signin");
        after.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().Should().Contain("/signin?ReturnUrl=");
    }
}

using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PerformanceHub.Data;
using PerformanceHub.Tests.Hosting;

namespace PerformanceHub.Tests.Pages;

/// <summary>
/// A browser-like session on the hub's pages over HTTP: a cookie jar, no automatic redirects, the page parsed with
/// AngleSharp, and form posts that carry the antiforgery token read from the page (as a browser's form would).
/// </summary>
public sealed class PageSession : IDisposable
{
    public const string Plan = "/plans/council-plan";

    private readonly HttpClient client;

    private PageSession(HubHost hub)
    {
        client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = hub.BaseAddress };
    }

    /// <summary>Signs in as <paramref name="user"/> (the seeded admin by default).</summary>
    public static async Task<PageSession> SignInAsync(HubHost hub, string user = "admin", string password = HubHost.AdminPassword)
    {
        var session = new PageSession(hub);
        var signedIn = await session.PostFormAsync("/signin", "/signin", new() { ["username"] = user, ["password"] = password });
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect, "signing in as {0} answers a redirect to the plans", user);
        return session;
    }

    /// <summary>Adds a user of Derby with <paramref name="role"/> straight to the database (the hub has no page for it).</summary>
    public static async Task AddUserAsync(HubHost hub, string name, string role)
    {
        await using var scope = hub.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var derby = db.Organisations.Single(o => o.Slug == "derby");
        var user = new HubUser { OrganisationId = derby.Id, UserName = name, PasswordHash = "", Role = role };
        user.PasswordHash = new PasswordHasher<HubUser>().HashPassword(user, HubHost.AdminPassword);
        db.Users.Add(user);
        await db.SaveChangesAsync();
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public async Task<(HttpStatusCode Status, IDocument Page)> GetAsync(string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, Parse(await response.Content.ReadAsStringAsync()));
    }

    public Task<HttpResponseMessage> GetResponseAsync(string url) => client.GetAsync(url);

    /// <summary>Posts a form to <paramref name="action"/> with the antiforgery token of the form on <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(formPage);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts a form without any antiforgery token (as a forged cross-site request would).</summary>
    public Task<HttpResponseMessage> PostWithoutTokenAsync(string action, Dictionary<string, string> fields) =>
        client.PostAsync(action, new FormUrlEncodedContent(fields));

    /// <summary>Posts the return upload form (multipart) with the token of the returns page.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string path, bool replace)
    {
        var token = await TokenAsync($"{Plan}/returns");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", Path.GetFileName(path) },
        };
        if (replace)
        {
            form.Add(new StringContent("true"), "replace");
        }

        return await client.PostAsync($"{Plan}/returns?handler=Preview", form);
    }

    public void Dispose() => client.Dispose();

    private async Task<string> TokenAsync(string formPage)
    {
        var (status, page) = await GetAsync(formPage);
        return page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{formPage} ({(int)status}) has no form with an antiforgery token: {page.DocumentElement.OuterHtml[..Math.Min(600, page.DocumentElement.OuterHtml.Length)]}");
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PerformanceHub.Security;
using PerformanceHub.Tests.Hosting;

namespace PerformanceHub.Tests;

/// <summary>
/// Point 5: every API endpoint, found from the app's own routing table (so a new endpoint cannot be forgotten), answers
/// 401 without a key and 403 with a role below the one it needs; one council's key never reaches another's data.
/// </summary>
public sealed class AuthorizationTests
{
    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task Every_API_endpoint_is_401_without_a_key_and_with_an_unknown_or_revoked_key(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var admin = hub.Client();
        var revokedKey = await hub.KeyAsync(HubRoles.Admin);
        var keys = await admin.GetFromJsonAsync<JsonElement>("/api/orgs/derby/keys");
        var revokedId = keys.EnumerateArray().Last().GetProperty("id").GetInt32();
        (await admin.DeleteAsync($"/api/orgs/derby/keys/{revokedId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var endpoints = ApiEndpoints(hub);
        endpoints.Should().HaveCountGreaterThan(20);

        foreach (var key in new[] { null, "sph_unknown1_" + new string('a', 43), "not a key", revokedKey })
        {
            using var client = hub.Client(key);
            foreach (var endpoint in endpoints)
            {
                var response = await client.SendAsync(endpoint.Request());
                response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, $"{endpoint} with key '{key}'");
            }
        }
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task Every_write_endpoint_is_403_for_a_role_below_the_one_it_needs(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        var endpoints = ApiEndpoints(hub);
        var writes = endpoints.Where(e => e.Method != "GET").ToList();
        writes.Select(e => $"{e.Method} {e.Route}").Should().BeEquivalentTo(
            "PUT /api/orgs/{org}/plans/{plan}",
            "POST /api/orgs/{org}/plans/{plan}/returns/preview",
            "POST /api/orgs/{org}/plans/{plan}/returns/",
            "POST /api/orgs/{org}/plans/{plan}/locks",
            "POST /api/orgs/{org}/keys",
            "DELETE /api/orgs/{org}/keys/{id:int}");
        writes.Should().OnlyContain(e => e.Policy == HubRoles.CanEdit || e.Policy == HubRoles.CanAdmin);
        endpoints.Where(e => e.Method == "GET" && e.Route.Contains("/keys", StringComparison.Ordinal)).Should().OnlyContain(e => e.Policy == HubRoles.CanAdmin);

        foreach (var role in new[] { HubRoles.Viewer, HubRoles.Editor })
        {
            using var client = hub.Client(await hub.KeyAsync(role));
            foreach (var endpoint in endpoints.Where(e => !HubRoles.AtLeast(Lowest(e.Policy)).Contains(role)))
            {
                var response = await client.SendAsync(endpoint.Request());
                response.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{endpoint} as {role}");
            }
        }

        using var viewer = hub.Client(await hub.KeyAsync(HubRoles.Viewer));
        (await HistoryTests.Put(viewer, HistoryTests.Retitled("viewer edit"), "\"v1\"")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var editor = hub.Client(await hub.KeyAsync(HubRoles.Editor));
        (await HistoryTests.Put(editor, HistoryTests.Retitled("editor edit"), "\"v1\"")).StatusCode.Should().Be(HttpStatusCode.Created);
        (await editor.PostAsJsonAsync($"{HubHost.Plan}/locks", new { quarter = "2024/25 Q4" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await editor.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/versions")).GetArrayLength().Should().Be(2);
        (await viewer.GetAsync($"{HubHost.Plan}/scorecard?asOf=2025-03-31")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task One_councils_key_cannot_read_or_write_another_councils_plans(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        var otherKey = await hub.AddOrganisationAsync("leeds", HistoryTests.Retitled("Leeds Best City Ambition"));
        using var derby = hub.Client();
        using var leeds = hub.Client(otherKey);

        (await leeds.GetStringAsync("/api/orgs/leeds/plans/council-plan")).Should().Contain("Leeds Best City Ambition");
        foreach (var endpoint in ApiEndpoints(hub))
        {
            var response = await leeds.SendAsync(endpoint.Request());
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, $"{endpoint} with Leeds's key");
            (await response.Content.ReadAsStringAsync()).Should().NotContain("Council Plan 2022-2025");
        }

        (await derby.GetAsync("/api/orgs/leeds/plans/council-plan")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await derby.GetAsync("/api/orgs/leeds/plans")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await derby.GetStringAsync("/api/orgs/derby/plans")).Should().NotContain("Leeds");
        (await derby.GetStringAsync(HubHost.Plan)).Should().Be(Samples.DerbyText);
    }

    /// <summary>Every endpoint under /api from the running app's routing table, with Derby's values in its route.</summary>
    internal static List<ApiEndpoint> ApiEndpoints(HubHost hub) =>
        [.. hub.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new ApiEndpoint(
                m, e.RoutePattern.RawText!, e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null))))];

    private static string Lowest(string? policy) => policy switch
    {
        HubRoles.CanAdmin => HubRoles.Admin,
        HubRoles.CanEdit => HubRoles.Editor,
        _ => HubRoles.Viewer,
    };

    /// <summary>An API endpoint: its method, route and the policy it needs.</summary>
    internal sealed record ApiEndpoint(string Method, string Route, string? Policy)
    {
        public HttpRequestMessage Request()
        {
            var path = Route.Replace("{org}", "derby", StringComparison.Ordinal).Replace("{plan}", "council-plan", StringComparison.Ordinal)
                .Replace("{number:int}", "1", StringComparison.Ordinal).Replace("{older:int}", "1", StringComparison.Ordinal)
                .Replace("{newer:int}", "1", StringComparison.Ordinal).Replace("{id:long}", "1", StringComparison.Ordinal)
                .Replace("{id:int}", "1", StringComparison.Ordinal).Replace("{node}", "green.air", StringComparison.Ordinal);
            var request = new HttpRequestMessage(new HttpMethod(Method), path + "?asOf=2025-03-31&quarter=2024/25 Q4&from=2024-03-31&to=2025-03-31");
            if (Method != "GET")
            {
                request.Content = new StringContent("{\"quarter\": \"2024/25 Q4\"}", Encoding.UTF8, "application/json");
                request.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");
            }

            return request;
        }

        public override string ToString() => $"{Method} {Route}";
    }
}

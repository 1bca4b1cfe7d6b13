using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerformanceHub.Tests.Hosting;

namespace PerformanceHub.Tests;

/// <summary>Point 2: every save is a new immutable version; If-Match or nothing; invalid documents are refused whole.</summary>
public sealed class HistoryTests
{
    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task Reading_a_plan_gives_the_latest_version_with_its_ETag(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var client = hub.Client();
        var response = await client.GetAsync(HubHost.Plan);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().Be("\"v1\"");
        (await response.Content.ReadAsStringAsync()).Should().Be(Samples.DerbyText);
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task A_save_adds_version_two_with_its_SHA256_and_keeps_version_one(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var client = hub.Client();
        var edited = Retitled("Council Plan 2022-2025 (refreshed)");

        var saved = await Put(client, edited, "\"v1\"");

        saved.StatusCode.Should().Be(HttpStatusCode.Created);
        saved.Headers.ETag!.Tag.Should().Be("\"v2\"");
        saved.Headers.Location!.ToString().Should().Be($"{HubHost.Plan}/versions/2");
        var history = await client.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/versions");
        history.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()).Should().Equal(2, 1);
        history[0].GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(edited))));
        history[0].GetProperty("savedBy").GetString().Should().Be("key:admin-seed");
        history[0].GetProperty("source").GetString().Should().Be("api");
        (await client.GetStringAsync($"{HubHost.Plan}/versions/1")).Should().Be(Samples.DerbyText);
        (await client.GetStringAsync(HubHost.Plan)).Should().Be(edited);
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task A_save_without_If_Match_is_428_and_stores_nothing(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var client = hub.Client();

        var response = await Put(client, Retitled("x"), ifMatch: null);

        response.StatusCode.Should().Be((HttpStatusCode)428);
        (await Problem(response)).GetProperty("detail").GetString().Should().Contain("If-Match");
        await HistoryShouldBe(client, 1);
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task A_save_on_a_stale_version_is_412_naming_the_latest_and_stores_nothing(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var client = hub.Client();
        (await Put(client, Retitled("first edit"), "\"v1\"")).StatusCode.Should().Be(HttpStatusCode.Created);

        var late = await Put(client, Retitled("second edit, made on version 1"), "\"v1\"");

        late.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await Problem(late)).GetProperty("latestVersion").GetInt32().Should().Be(2);
        await HistoryShouldBe(client, 2);
        (await client.GetStringAsync(HubHost.Plan)).Should().Be(Retitled("first edit"));
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task An_If_Match_that_names_no_version_is_412_not_a_blind_overwrite(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var client = hub.Client();
        foreach (var tag in new[] { "*", "W/\"v1\"", "\"1\"", "\"v01x\"" })
        {
            (await Put(client, Retitled("blind"), tag)).StatusCode.Should().Be(HttpStatusCode.PreconditionFailed, tag);
        }

        await HistoryShouldBe(client, 1);
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task An_invalid_document_is_422_with_splan_validate_issues_and_stores_nothing(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var client = hub.Client();
        var document = JsonNode.Parse(Samples.DerbyText)!;
        document["plan"]!["themes"]![0]!["weight"] = -1;

        var response = await Put(client, document.ToJsonString(), "\"v1\"");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var validation = (await Problem(response)).GetProperty("validation");
        validation.GetProperty("file").GetString().Should().Be("request body");
        validation.GetProperty("valid").GetBoolean().Should().BeFalse();
        var error = validation.GetProperty("issues").EnumerateArray().Single(e => e.GetProperty("severity").GetString() == "error");
        error.GetProperty("code").GetString().Should().Be("SP1301");
        error.GetProperty("path").GetString().Should().Be("$.plan.themes[0].weight");
        await HistoryShouldBe(client, 1);
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task Malformed_JSON_is_422_saying_where_and_stores_nothing(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var client = hub.Client();

        var response = await Put(client, "{\"schemaVersion\": \"1.0\", \"plan\": ", "\"v1\"");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Problem(response)).GetProperty("detail").GetString().Should().StartWith("The body is not a plan document: at $.plan (line 1, column 34): The text ends before the document does");
        await HistoryShouldBe(client, 1);
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task Ten_writers_racing_on_version_one_give_one_new_version_and_nine_412s(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        var clients = Enumerable.Range(0, 10).Select(_ => hub.Client()).ToList();

        var responses = await Task.WhenAll(clients.Select((c, i) => Put(c, Retitled($"writer {i}"), "\"v1\"")));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed).Should().Be(9);
        await HistoryShouldBe(clients[0], 2);
        clients.ForEach(c => c.Dispose());
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task A_body_over_the_limit_is_413_and_stores_nothing(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider, new Dictionary<string, string?> { ["Hub:MaxUploadBytes"] = "100000" });
        using var client = hub.Client();

        var response = await Put(client, Samples.DerbyText, "\"v1\"");

        Samples.DerbyText.Length.Should().BeGreaterThan(100000);
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        await HistoryShouldBe(client, 1);
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task A_chunked_body_over_the_limit_is_413_too_not_a_server_error(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider, new Dictionary<string, string?> { ["Hub:MaxUploadBytes"] = "100000" });
        using var client = hub.Client();
        using var request = new HttpRequestMessage(HttpMethod.Put, HubHost.Plan) { Content = new Chunked(Encoding.UTF8.GetBytes(Samples.DerbyText)) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");

        var response = await client.SendAsync(request);

        request.Headers.TransferEncodingChunked.Should().BeTrue("the body has no Content-Length");
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await Problem(response)).GetProperty("detail").GetString().Should().Be("The request body is larger than the 100,000 bytes allowed.");
        await HistoryShouldBe(client, 1);
    }

    [SkippableFact]
    public async Task Times_in_the_history_are_UTC_on_SQLite_too()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var client = hub.Client();
        (await Put(client, Retitled("timed"), "\"v1\"")).StatusCode.Should().Be(HttpStatusCode.Created);

        var history = await client.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/versions");

        history.EnumerateArray().Select(v => v.GetProperty("savedAtUtc").GetString()).Should().OnlyContain(t => t!.EndsWith('Z'));
    }

    internal static string Retitled(string title)
    {
        var document = JsonNode.Parse(Samples.DerbyText)!;
        document["plan"]!["title"] = title;
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    internal static async Task<HttpResponseMessage> Put(HttpClient client, string document, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, HubHost.Plan) { Content = new StringContent(document, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    internal static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task HistoryShouldBe(HttpClient client, int versions)
    {
        var history = await client.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/versions");
        history.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()).Should().Equal(Enumerable.Range(1, versions).Reverse());
    }

    /// <summary>A body sent chunked: it does not say its length up front.</summary>
    internal sealed class Chunked(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

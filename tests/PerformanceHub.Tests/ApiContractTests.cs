using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PerformanceHub.Plans;
using PerformanceHub.Tests.Hosting;

namespace PerformanceHub.Tests;

/// <summary>
/// Point 3: the API answers with the library's own output contracts — byte for byte what splan prints for the same
/// document and arguments, and valid against the JSON Schema <c>splan schema --output …</c> publishes.
/// </summary>
public sealed class ApiContractTests
{
    public static TheoryData<string, string, string[]> Outputs => new()
    {
        { "/scorecard?asOf=2025-03-31", "score", ["score", "--as-of=2025-03-31", "--format=json"] },
        { "/reviews?asOf=2025-03-31", "reviews", ["reviews", "--as-of=2025-03-31", "--format=json"] },
        { "/risks?asOf=2025-03-31", "risks", ["risks", "--as-of=2025-03-31", "--format=json"] },
        { "/finance?year=2024/25", "finance", ["finance", "--year=2024/25", "--format=json"] },
        { "/compare?from=2024-03-31&to=2025-03-31", "compare", ["compare", "--from=2024-03-31", "--to=2025-03-31", "--format=json"] },
    };

    [SkippableTheory]
    [MemberData(nameof(Outputs))]
    public async Task The_API_answers_with_splans_own_JSON_valid_against_its_schema(string query, string schema, string[] command)
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var client = hub.Client();

        var response = await client.GetAsync(HubHost.Plan + query);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("X-Plan-Version").Should().Equal("1");
        var body = await response.Content.ReadAsStringAsync();
        var direct = Splan.Run([command[0], Samples.Derby, .. command[1..]]);
        direct.Exit.Should().Be(0);
        body.Should().Be(direct.Output.Replace("derby-council-plan-2022-25.json", PlanFileName(body), StringComparison.Ordinal));
        var published = JsonSchema.FromText(Splan.Run("schema", $"--output={schema}").Output);
        using var parsed = JsonDocument.Parse(body);
        var result = published.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [SkippableFact]
    public async Task Explain_and_the_Cabinet_report_are_splans_own_text_and_HTML()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var client = hub.Client();

        var explain = await client.GetAsync($"{HubHost.Plan}/explain/green.air?asOf=2025-03-31");
        var report = await client.GetAsync($"{HubHost.Plan}/report?quarter=2024/25 Q4");

        explain.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await explain.Content.ReadAsStringAsync()).Should().Be(Splan.Run("explain", Samples.Derby, "--as-of=2025-03-31", "--node=green.air").Output);
        report.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        report.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("default-src 'none';")
            .And.NotContain("script-src", "no script may run in the report: default-src 'none' covers scripts");
        (await report.Content.ReadAsStringAsync()).Should().Be(Splan.Run("report", Samples.Derby, "--quarter=2024/25 Q4").Output);
    }

    [SkippableFact]
    public async Task Bad_query_values_are_400_problem_details_saying_what_is_allowed()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var client = hub.Client();

        var badDate = await client.GetAsync($"{HubHost.Plan}/scorecard?asOf=31/03/2025");
        var missing = await client.GetAsync($"{HubHost.Plan}/scorecard");
        var asOption = await client.GetAsync($"{HubHost.Plan}/scorecard?asOf=--help");
        var noVersion = await client.GetAsync($"{HubHost.Plan}/scorecard?asOf=2025-03-31&version=9");

        var notANumber = await client.GetAsync($"{HubHost.Plan}/scorecard?asOf=2025-03-31&version=abc");
        var first = await client.GetAsync($"{HubHost.Plan}/compare?from=2024-03-31%7C--to=2025-03-31&to=2025-06-30");
        var second = await client.GetAsync($"{HubHost.Plan}/compare?from=2024-03-31&to=2025-03-31%7C--to=2025-06-30");

        badDate.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HistoryTests.Problem(missing)).GetProperty("detail").GetString().Should().Contain("asOf");
        (await HistoryTests.Problem(notANumber)).GetProperty("detail").GetString().Should().Contain("version").And.Contain("abc");
        (await HistoryTests.Problem(first)).GetProperty("detail").GetString().Should().Contain("2024-03-31|--to=2025-03-31");
        (await HistoryTests.Problem(second)).GetProperty("detail").GetString().Should().Contain("2025-03-31|--to=2025-06-30", "an answer is never another request's");
        (await HistoryTests.Problem(badDate)).GetProperty("detail").GetString().Should().Contain("31/03/2025");
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        asOption.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        noVersion.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await HistoryTests.Problem(noVersion)).GetProperty("detail").GetString().Should().Be("The plan has no version 9.");
    }

    [SkippableFact]
    public async Task The_OpenAPI_document_describes_every_API_endpoint()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var anonymous = hub.Client(null);

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        document.GetProperty("openapi").GetString().Should().StartWith("3.");
        var paths = document.GetProperty("paths");
        foreach (var endpoint in AuthorizationTests.ApiEndpoints(hub))
        {
            var path = endpoint.Route.Replace(":int", "", StringComparison.Ordinal).Replace(":long", "", StringComparison.Ordinal).TrimEnd('/');
            paths.TryGetProperty(path, out var item).Should().BeTrue($"{path} should be in the OpenAPI document");
            item.TryGetProperty(endpoint.Method.ToLowerInvariant(), out var operation).Should().BeTrue($"{endpoint}");
            operation.GetProperty("summary").GetString().Should().NotBeNullOrWhiteSpace();
        }

        var commit = paths.GetProperty("/api/orgs/{org}/plans/{plan}/returns").GetProperty("post");
        var form = commit.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
        form.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Equal("file", "replace", "quarter");
        form.GetProperty("properties").GetProperty("file").GetProperty("format").GetString().Should().Be("binary");
        commit.GetProperty("parameters").EnumerateArray().Should().Contain(p => p.GetProperty("name").GetString() == "If-Match" && p.GetProperty("in").GetString() == "header");
        var save = paths.GetProperty("/api/orgs/{org}/plans/{plan}").GetProperty("put");
        save.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _).Should().BeTrue();
    }

    private static string PlanFileName(string body) =>
        JsonNode.Parse(body) is JsonObject o && o["file"] is JsonValue v ? v.GetValue<string>() : "derby-council-plan-2022-25.json";
}

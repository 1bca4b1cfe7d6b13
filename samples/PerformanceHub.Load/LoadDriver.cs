using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace PerformanceHub.Load;

/// <summary>
/// Runs readers and writers against a hub for a while and logs every answer. Readers go round the scorecard at each
/// quarter end, the plan and its history. Writers read the plan (with its ETag), make a small valid edit (the plan's
/// title) and save it with If-Match; some writers now and then send an If-Match naming an older version on purpose
/// (412) or a document splan refuses (422). Requests that the hub never answers are logged as transport errors.
/// </summary>
public static class LoadDriver
{
    /// <summary>The endpoint names used in the log.</summary>
    public const string Scorecard = "GET scorecard";
    public const string PlanRead = "GET plan";
    public const string Versions = "GET versions";
    public const string Save = "PUT plan";

    /// <summary>
    /// Runs <paramref name="options"/> until its duration is over or <paramref name="stop"/> is cancelled (requests
    /// cut short by <paramref name="stop"/> are not logged).
    /// </summary>
    public static async Task<LoadLog> RunAsync(LoadOptions options, CancellationToken stop = default)
    {
        var log = new LoadLog();
        await RunAsync(options, log, stop);
        return log;
    }

    /// <summary>Runs <paramref name="options"/> logging into <paramref name="log"/>, which can be watched while it runs.</summary>
    public static async Task RunAsync(LoadOptions options, LoadLog log, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        using var client = ClientFor(options);
        var history = await LoadChecks.ReadHistoryAsync(client, options.Plan, stop);
        log.StartVersion = history.Count == 0 ? 0 : history.Max(h => h.Number);

        var clock = Stopwatch.StartNew();
        var deadline = options.Duration;
        bool Running() => clock.Elapsed < deadline && !stop.IsCancellationRequested;
        var readers = Enumerable.Range(0, options.Readers).Select(r => Task.Run(() => ReadAsync(client, options, log, r, Running, stop), CancellationToken.None));
        var writers = Enumerable.Range(0, options.Writers).Select(w => Task.Run(() => WriteAsync(client, options, log, w, Running, stop), CancellationToken.None));
        await Task.WhenAll(readers.Concat(writers));
        log.Elapsed = clock.Elapsed;
    }

    /// <summary>An HttpClient for the hub sending the options' API key.</summary>
    public static HttpClient ClientFor(LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        var client = new HttpClient(handler) { BaseAddress = options.Hub, Timeout = TimeSpan.FromSeconds(120) };
        client.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>SHA-256 of the UTF-8 bytes of <paramref name="text"/>, lower-case hex (as the hub stores it).</summary>
    public static string Sha256Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static async Task ReadAsync(HttpClient client, LoadOptions options, LoadLog log, int reader, Func<bool> running, CancellationToken stop)
    {
        for (var step = reader; running(); step++)
        {
            var (endpoint, path) = (step % 4) switch
            {
                2 => (PlanRead, options.Plan),
                3 => (Versions, options.Plan + "/versions"),
                _ => (Scorecard, $"{options.Plan}/scorecard?asOf={LoadOptions.QuarterEnds[step / 4 % LoadOptions.QuarterEnds.Count]}"),
            };
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (await SendAsync(client, request, endpoint, log, stop) is null && stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private static async Task WriteAsync(HttpClient client, LoadOptions options, LoadLog log, int writer, Func<bool> running, CancellationToken stop)
    {
        for (var edit = 1; running(); edit++)
        {
            using var read = new HttpRequestMessage(HttpMethod.Get, options.Plan);
            var current = await SendAsync(client, read, PlanRead, log, stop);
            if (current is not { Status: 200 } || current.Version is not { } version)
            {
                continue;
            }

            // Writers 3, 8, … send a stale If-Match every fourth save; writers 4, 9, … an invalid document.
            var kind = edit % 4 != 0 ? WriteKind.Edit : (writer % 5) switch { 3 => WriteKind.Stale, 4 => WriteKind.Invalid, _ => WriteKind.Edit };
            if (kind == WriteKind.Stale && version < 2)
            {
                kind = WriteKind.Edit;
            }

            var document = kind == WriteKind.Invalid ? Refused(current.Body, edit) : Edited(current.Body, writer, edit);
            var ifMatch = kind == WriteKind.Stale ? version - 1 : version;
            using var save = new HttpRequestMessage(HttpMethod.Put, options.Plan)
            {
                Content = new StringContent(document, new UTF8Encoding(false), "application/json"),
            };
            save.Headers.TryAddWithoutValidation("If-Match", $"\"v{ifMatch.ToString(CultureInfo.InvariantCulture)}\"");
            var saved = await SendAsync(client, save, Save, log, stop);
            if (saved is null)
            {
                if (!stop.IsCancellationRequested)
                {
                    log.Add(new WriteAttempt(kind, 0, Sha256Of(document), null, null));
                }

                continue;
            }

            var (number, sha) = saved.Status == 201 ? Acknowledgement(saved.Body) : (null, null);
            log.Add(new WriteAttempt(kind, saved.Status, Sha256Of(document), number, sha));
        }
    }

    /// <summary>The plan with its title changed to name the writer and edit, so every saved document is different.</summary>
    private static string Edited(string document, int writer, int edit)
    {
        var node = JsonNode.Parse(document)!;
        node["plan"]!["title"] = $"Council Plan 2022-2025 (load writer {writer}, edit {edit})";
        return node.ToJsonString();
    }

    /// <summary>A document splan refuses: half of the plan (malformed JSON), or a measure with no polarity splan knows.</summary>
    private static string Refused(string document, int edit)
    {
        if (edit % 8 == 0)
        {
            return document[..(document.Length / 2)];
        }

        var node = JsonNode.Parse(document)!;
        node["plan"]!["themes"]![0]!["outcomes"]![0]!["measures"]![0]!["polarity"] = "sideways";
        return node.ToJsonString();
    }

    private static (int?, string?) Acknowledgement(string body)
    {
        try
        {
            var node = JsonNode.Parse(body);
            return (node?["number"]?.GetValue<int>(), node?["sha256"]?.GetValue<string>());
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return (null, null);
        }
    }

    /// <summary>Sends and reads the whole answer, logging it; null when the hub gave no answer (or the run was stopped).</summary>
    private static async Task<Answer?> SendAsync(HttpClient client, HttpRequestMessage request, string endpoint, LoadLog log, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(request, stop);
            var body = await response.Content.ReadAsStringAsync(stop);
            log.Add(new Sample(endpoint, (int)response.StatusCode, clock.Elapsed.TotalMilliseconds));
            var version = response.Headers.ETag?.Tag is { Length: > 3 } tag
                && int.TryParse(tag.AsSpan(2, tag.Length - 3), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
            return new Answer((int)response.StatusCode, body, version);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            log.AddTransportError($"{endpoint}: {ex.GetType().Name}: {ex.Message}");
            return null;
        }
    }

    private sealed record Answer(int Status, string Body, int? Version);
}

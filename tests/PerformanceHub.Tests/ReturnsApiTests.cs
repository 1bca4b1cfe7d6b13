using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PerformanceHub.Plans;
using PerformanceHub.Tests.Hosting;

namespace PerformanceHub.Tests;

/// <summary>Point 2: returns uploaded through the API are previewed (nothing stored), then committed as a new version, kept as uploaded.</summary>
public sealed class ReturnsApiTests
{
    private const string Returns = HubHost.Plan + "/returns";

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task A_preview_gives_splan_imports_change_log_and_stores_nothing(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var client = hub.Client();

        var response = await client.PostAsync($"{Returns}/preview", Form(File.ReadAllBytes(Samples.DerbyReturn), "housing q4.xlsx", replace: true));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().Be("\"v1\"");
        var log = await response.Content.ReadFromJsonAsync<JsonElement>();
        log.GetProperty("file").GetString().Should().Be("version 1");
        log.TryGetProperty("out", out _).Should().BeFalse("the hub's working file is not the caller's business");
        log.GetProperty("returns")[0].GetString().Should().Be("housing q4.xlsx");
        Summary(log).Should().Be("1 added, 2 changed, 2 unchanged, 0 errors");
        (await client.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/versions")).GetArrayLength().Should().Be(1);
        (await client.GetFromJsonAsync<JsonElement>(Returns)).GetArrayLength().Should().Be(0);
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task A_commit_makes_version_two_and_keeps_the_file_as_uploaded_with_its_change_log(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var client = hub.Client();
        var bytes = File.ReadAllBytes(Samples.DerbyReturn);

        var response = await client.SendAsync(Commit(Form(bytes, "derby-2024-25-q4-head-of-housing.xlsx", replace: true), "\"v1\""));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.ETag!.Tag.Should().Be("\"v2\"");
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        created.GetProperty("version").GetInt32().Should().Be(2);
        Summary(created.GetProperty("changeLog")).Should().Be("1 added, 2 changed, 2 unchanged, 0 errors");

        var history = await client.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/versions");
        history[0].GetProperty("source").GetString().Should().Be("return");
        var uploads = await client.GetFromJsonAsync<JsonElement>(Returns);
        uploads.GetArrayLength().Should().Be(1);
        uploads[0].GetProperty("basedOnVersion").GetInt32().Should().Be(1);
        uploads[0].GetProperty("producedVersion").GetInt32().Should().Be(2);
        uploads[0].GetProperty("uploadedBy").GetString().Should().Be("key:admin-seed");
        uploads[0].GetProperty("uploadedAtUtc").GetString().Should().EndWith("Z", "times are UTC on every provider");
        uploads[0].GetProperty("changeLog").ValueKind.Should().Be(JsonValueKind.Null, "the list leaves change logs out; one return has its own");
        var id = uploads[0].GetProperty("id").GetInt64();
        var one = await client.GetFromJsonAsync<JsonElement>($"{Returns}/{id}");
        Summary(one.GetProperty("changeLog")).Should().Be("1 added, 2 changed, 2 unchanged, 0 errors");
        (await client.GetByteArrayAsync($"{Returns}/{id}/file")).Should().Equal(bytes);

        // The new version is the merge splan import makes of version 1 with this return: its restated Q4 actual is there.
        var v2 = await client.GetStringAsync($"{HubHost.Plan}/versions/2");
        v2.Should().Contain("Restated after audit: four homes counted twice.");
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task A_restatement_without_replace_is_422_with_its_conflicts_and_stores_nothing(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var client = hub.Client();

        var response = await client.SendAsync(Commit(Form(File.ReadAllBytes(Samples.DerbyReturn), "q4.xlsx", replace: false), "\"v1\""));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var log = (await HistoryTests.Problem(response)).GetProperty("changeLog");
        log.GetProperty("summary").GetProperty("errors").GetInt32().Should().BeGreaterThan(0);
        (await client.GetFromJsonAsync<JsonElement>($"{HubHost.Plan}/versions")).GetArrayLength().Should().Be(1);
        (await client.GetFromJsonAsync<JsonElement>(Returns)).GetArrayLength().Should().Be(0);
    }

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task A_commit_needs_If_Match_and_is_412_on_a_stale_version(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var client = hub.Client();
        var bytes = File.ReadAllBytes(Samples.DerbyReturn);

        (await client.SendAsync(Commit(Form(bytes, "q4.xlsx", replace: true), null))).StatusCode.Should().Be((HttpStatusCode)428);
        (await HistoryTests.Put(client, HistoryTests.Retitled("moved on"), "\"v1\"")).StatusCode.Should().Be(HttpStatusCode.Created);
        var stale = await client.SendAsync(Commit(Form(bytes, "q4.xlsx", replace: true), "\"v1\""));

        stale.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await HistoryTests.Problem(stale)).GetProperty("latestVersion").GetInt32().Should().Be(2);
        (await client.GetFromJsonAsync<JsonElement>(Returns)).GetArrayLength().Should().Be(0);
    }

    [SkippableFact]
    public async Task A_filled_CSV_return_is_merged_like_a_workbook()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var client = hub.Client();
        var folder = Directory.CreateTempSubdirectory("hub-csv").FullName;
        Splan.Run("return", Samples.Derby, "--quarter=2024/25 Q4", "--owner=Head of Housing", "--format=csv", $"--out={Path.Combine(folder, "hh")}")
            .Exit.Should().Be(0);
        var lines = File.ReadAllLines(Path.Combine(folder, "hh-measures.csv"));
        var row = Array.FindIndex(lines, l => l.Contains(",m.temp-accommodation,", StringComparison.Ordinal));
        lines[row] = lines[row][..^1] + "231,";

        var response = await client.SendAsync(Commit(Form(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "hh-measures.csv", replace: true), "\"v1\""));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var change = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changeLog").GetProperty("changes").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == "m.temp-accommodation");
        change.GetProperty("when").GetString().Should().Be("2024/25 Q4");
        change.GetProperty("new").GetString().Should().StartWith("231 (");
        change.GetProperty("source").GetString().Should().Be("hh-measures.csv");
    }

    [SkippableFact]
    public async Task A_return_for_another_quarter_than_asked_is_refused_and_stores_nothing()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite);
        using var client = hub.Client();

        var response = await client.PostAsync($"{Returns}/preview", Form(File.ReadAllBytes(Samples.DerbyReturn), "q4.xlsx", replace: true, quarter: "2024/25 Q3"));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await HistoryTests.Problem(response)).GetProperty("detail").GetString().Should().Be(
            "The return was refused: q4.xlsx Return!B4: the return is for 2024/25 Q4, not 2024/25 Q3; import each quarter's returns on their own. Nothing was stored.");
    }

    [SkippableFact]
    public async Task Uploads_that_are_not_returns_are_refused_with_what_is_allowed()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Sqlite, new Dictionary<string, string?> { ["Hub:MaxUploadBytes"] = "5000" });
        using var client = hub.Client();

        var wrongType = await client.PostAsync($"{Returns}/preview", Form([1, 2, 3], "notes.pdf", replace: false));
        var tooLarge = await client.PostAsync($"{Returns}/preview", Form(File.ReadAllBytes(Samples.DerbyReturn), "q4.xlsx", replace: true));
        var notAForm = await client.PostAsync($"{Returns}/preview", new StringContent("{}", Encoding.UTF8, "application/json"));
        var noFile = await client.PostAsync($"{Returns}/preview", new MultipartFormDataContent { { new StringContent("true"), "replace" } });
        var cutOff = new ByteArrayContent(Encoding.ASCII.GetBytes("--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc"));
        cutOff.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=XX");
        var truncated = await client.PostAsync($"{Returns}/preview", cutOff);
        // Past the server's own limit (the hub's + 64 KiB for the form's framing), sent chunked: no Content-Length to refuse early.
        var large = Form(new byte[100_000], "q4.csv", replace: false);
        var chunked = new HistoryTests.Chunked(await large.ReadAsByteArrayAsync());
        chunked.Headers.ContentType = large.Headers.ContentType;
        var chunkedTooLarge = await client.PostAsync($"{Returns}/preview", chunked);

        wrongType.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await HistoryTests.Problem(wrongType)).GetProperty("detail").GetString().Should().Be("'notes.pdf' is not a return: upload the .xlsx or .csv that splan return made.");
        new FileInfo(Samples.DerbyReturn).Length.Should().BeGreaterThan(5000);
        tooLarge.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        notAForm.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        noFile.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HistoryTests.Problem(noFile)).GetProperty("detail").GetString().Should().Be("Send exactly one file in the 'file' field; 0 were sent.");
        truncated.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HistoryTests.Problem(truncated)).GetProperty("detail").GetString().Should().Be("The form ended before its closing boundary: send the whole multipart/form-data body.");
        chunkedTooLarge.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    internal static MultipartFormDataContent Form(byte[] bytes, string fileName, bool replace, string? quarter = null)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(replace ? "true" : "false"), "replace" } };
        if (quarter is not null)
        {
            form.Add(new StringContent(quarter), "quarter");
        }

        return form;
    }

    internal static HttpRequestMessage Commit(HttpContent form, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Returns) { Content = form };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private static string Summary(JsonElement log)
    {
        var s = log.GetProperty("summary");
        return $"{s.GetProperty("added")} added, {s.GetProperty("changed")} changed, {s.GetProperty("unchanged")} unchanged, {s.GetProperty("errors")} errors";
    }
}

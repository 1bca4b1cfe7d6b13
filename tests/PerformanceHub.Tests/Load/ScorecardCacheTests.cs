using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerformanceHub.Plans;
using PerformanceHub.Tests.Hosting;

namespace PerformanceHub.Tests.Load;

/// <summary>
/// Point 6: scorecards are cached per version and as-of date, and the cache never answers with another version's
/// scorecard, whichever version is asked first. Each answer is compared with splan's own score of that document.
/// </summary>
public sealed class ScorecardCacheTests
{
    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task The_scorecard_cache_never_answers_with_another_versions_scorecard(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        using var client = hub.Client();
        // Version 2: Roadside NO2 (lower is better, target 38) rises to 60 µg/m³ in 2024/25 Q3 and Q4.
        var version2 = WithNitrogenDioxide(60);
        (await HistoryTests.Put(client, version2, "\"v1\"")).StatusCode.Should().Be(HttpStatusCode.Created);
        var folder = Directory.CreateTempSubdirectory("hub-cache-");
        var file2 = Path.Combine(folder.FullName, "version-2.json");
        await File.WriteAllTextAsync(file2, version2);

        try
        {
            foreach (var asOf in new[] { "2025-03-31", "2024-12-31" })
            {
                var splan1 = Score(Samples.Derby, asOf);
                var splan2 = Score(file2, asOf);
                GreenCity(splan1).Should().NotBe(GreenCity(splan2), $"the edit must change the scorecard at {asOf}");
                // 2025-03-31: version 1 is cached first; 2024-12-31: the latest (version 2) first. Then everything again, from the cache.
                var order = asOf == "2025-03-31" ? new int?[] { 1, 2, null } : [null, 2, 1];
                for (var round = 0; round < 2; round++)
                {
                    foreach (var version in order)
                    {
                        var (number, scorecard) = await Scorecard(client, asOf, version);
                        number.Should().Be(version ?? 2);
                        scorecard.Should().Be(number == 1 ? splan1 : splan2, $"version {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "latest"} at {asOf}, round {round + 1}");
                    }
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string WithNitrogenDioxide(double value)
    {
        var document = JsonNode.Parse(Samples.DerbyText)!;
        var measure = document["plan"]!["themes"]![0]!["outcomes"]![0]!["measures"]![0]!;
        measure["id"]!.GetValue<string>().Should().Be("m.no2");
        foreach (var actual in measure["actuals"]!.AsArray())
        {
            if (actual!["period"]!.GetValue<string>() is "2024/25 Q3" or "2024/25 Q4")
            {
                actual["value"] = value;
            }
        }

        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>splan's own scorecard of a file, run directly (not through the hub).</summary>
    private static string Score(string file, string asOf)
    {
        var result = Splan.Run("score", file, $"--as-of={asOf}", "--format=json");
        result.Exit.Should().Be(0, result.Error);
        return result.Output;
    }

    private static async Task<(int Number, string Body)> Scorecard(HttpClient client, string asOf, int? version)
    {
        var query = version is null ? "" : $"&version={version}";
        using var response = await client.GetAsync($"{HubHost.Plan}/scorecard?asOf={asOf}{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var number = int.Parse(response.Headers.GetValues("X-Plan-Version").Single(), System.Globalization.CultureInfo.InvariantCulture);
        return (number, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The Green city theme's part of a scorecard (its scores, statuses and outcomes), as JSON.</summary>
    private static string GreenCity(string scorecard)
    {
        var node = JsonNode.Parse(scorecard)!;
        return node["themes"]![0]!.ToJsonString();
    }
}

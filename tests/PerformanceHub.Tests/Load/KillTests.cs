using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using PerformanceHub.Load;
using PerformanceHub.Tests.Hosting;
using Xunit.Abstractions;

namespace PerformanceHub.Tests.Load;

/// <summary>
/// Point 6: the hub killed outright (SIGKILL) while ten writers save leaves a database that opens, with every
/// version it acknowledged (201) intact, SHA-256 for SHA-256, and version numbers with no gaps.
/// </summary>
public sealed class KillTests(ITestOutputHelper output)
{
    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task Killing_the_hub_mid_writes_leaves_a_database_that_opens_with_every_acknowledged_version(string provider)
    {
        if (provider == HubHost.Postgres)
        {
            PostgresCluster.SkipUnlessAvailable();
        }

        var connection = provider == HubHost.Postgres ? PostgresCluster.Instance.NewDatabase() : null;
        var dataFolder = Path.Combine(Path.GetTempPath(), "hub-kill-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            var log = new LoadLog();
            using (var first = await HubProcess.StartAsync(provider, dataFolder, connection))
            {
                var options = new LoadOptions
                {
                    Hub = first.BaseAddress, ApiKey = HubHost.AdminKey, Readers = 2, Writers = 10, Duration = TimeSpan.FromMinutes(5), Plan = HubHost.Plan,
                };
                using var stop = new CancellationTokenSource();
                var run = LoadDriver.RunAsync(options, log, stop.Token);
                while (log.Acknowledged.Count < 10 && !run.IsCompleted)
                {
                    await Task.Delay(50);
                }

                first.Kill();
                await stop.CancelAsync();
                await run;
            }

            using var second = await HubProcess.StartAsync(provider, dataFolder, connection);
            using var client = second.Client();
            var history = await LoadChecks.ReadHistoryAsync(client, HubHost.Plan);
            output.WriteLine($"{provider}: {log.Acknowledged.Count} acknowledged before the kill; the history after it holds {history.Count} versions");

            log.Acknowledged.Count.Should().BeGreaterThanOrEqualTo(10);
            LoadChecks.History(log.Acknowledged, history, log.StartVersion, exact: false).Should().BeEmpty();
            // At most the saves in flight at the kill (one per writer) are stored but were never acknowledged.
            history.Count.Should().BeInRange(1 + log.Acknowledged.Count, 1 + log.Acknowledged.Count + 10);
            foreach (var acknowledged in log.Acknowledged)
            {
                var document = await client.GetStringAsync($"{HubHost.Plan}/versions/{acknowledged.Version}");
                LoadDriver.Sha256Of(document).Should().Be(acknowledged.SentSha256);
            }

            // The database not only opens: the next save is the next number.
            using var save = new HttpRequestMessage(HttpMethod.Put, HubHost.Plan)
            {
                Content = new StringContent(HistoryTests.Retitled("after the kill"), Encoding.UTF8, "application/json"),
            };
            save.Headers.TryAddWithoutValidation("If-Match", $"\"v{history.Count}\"");
            using var saved = await client.SendAsync(save);
            saved.StatusCode.Should().Be(HttpStatusCode.Created);
            saved.Headers.ETag!.Tag.Should().Be($"\"v{history.Count + 1}\"");
            if (provider == HubHost.Sqlite)
            {
                IntegrityCheck(Path.Combine(dataFolder, "hub.db")).Should().Be("ok");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string IntegrityCheck(string file)
    {
        using var sqlite = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        sqlite.Open();
        using var command = sqlite.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}

using System.Globalization;
using PerformanceHub.Load;
using PerformanceHub.Security;
using PerformanceHub.Tests.Hosting;
using Xunit.Abstractions;

namespace PerformanceHub.Tests.Load;

/// <summary>
/// Point 6: 50 readers and 10 writers for HUB_LOAD_SECONDS (60 by default, as CI runs it) against the real hub on
/// each provider. Asserts the driver's checks, never timings (those are in docs/performance.md).
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    /// <summary>How long the load runs: HUB_LOAD_SECONDS, else the 60 seconds.</summary>
    internal static TimeSpan Duration =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("HUB_LOAD_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 60);

    [SkippableTheory]
    [MemberData(nameof(HubHost.Providers), MemberType = typeof(HubHost))]
    public async Task Fifty_readers_and_ten_writers_get_no_5xx_and_every_acknowledged_save_is_in_the_history_without_gaps(string provider)
    {
        await using var hub = await HubHost.StartAsync(provider);
        var options = new LoadOptions { Hub = hub.BaseAddress, ApiKey = await hub.KeyAsync(HubRoles.Editor), Duration = Duration, Plan = HubHost.Plan };

        var log = await LoadDriver.RunAsync(options);
        var report = await LoadReport.CheckAsync(options, log);

        using var printed = new StringWriter();
        report.Print(printed);
        output.WriteLine($"{provider}: {printed}");
        report.Failures.Should().BeEmpty();
        // The run exercised what it claims to: saves accepted, stale If-Match refused 412, bad documents refused 422.
        log.Acknowledged.Should().NotBeEmpty();
        log.Writes.Should().Contain(w => w.Kind == WriteKind.Stale && w.Status == 412);
        log.Writes.Should().Contain(w => w.Kind == WriteKind.Invalid && w.Status == 422);
        log.Samples.Should().Contain(s => s.Endpoint == LoadDriver.Scorecard && s.Status == 200);
        report.History.Count.Should().Be(1 + log.Acknowledged.Count);
    }
}

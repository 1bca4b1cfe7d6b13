using System.Globalization;

namespace PerformanceHub.Load;

/// <summary>A finished run: its log, the history read afterwards, the checks' failures, and the statistics.</summary>
public sealed record LoadReport(LoadLog Log, IReadOnlyList<HistoryEntry> History, IReadOnlyList<string> Failures, IReadOnlyList<EndpointStats> Stats)
{
    public bool Passed => Failures.Count == 0;

    /// <summary>Reads the history after <paramref name="log"/>'s run and checks everything (nothing may be left unanswered).</summary>
    public static async Task<LoadReport> CheckAsync(LoadOptions options, LoadLog log, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        using var client = LoadDriver.ClientFor(options);
        var history = await LoadChecks.ReadHistoryAsync(client, options.Plan, cancel);
        var failures = LoadChecks.Answers(log).Concat(LoadChecks.History(log.Acknowledged, history, log.StartVersion, exact: true)).ToList();
        return new LoadReport(log, history, failures, EndpointStats.Of(log));
    }

    /// <summary>Counts of saves by kind and status, such as <c>201</c> → 240.</summary>
    public IReadOnlyDictionary<int, int> SavesByStatus => Log.Writes.GroupBy(w => w.Status).ToDictionary(g => g.Key, g => g.Count());

    public void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"ran {Log.Elapsed.TotalSeconds:F1} s: {Log.Samples.Count:N0} requests answered, {Log.TransportErrors.Count} unanswered"));
        output.WriteLine($"{"endpoint",-14} {"requests",9} {"per s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var s in Stats)
        {
            output.WriteLine(string.Create(c, $"{s.Endpoint,-14} {s.Requests,9:N0} {s.PerSecond,8:F1} {s.P50,8:F1} {s.P95,8:F1} {s.P99,8:F1} {s.Max,8:F1}"));
        }

        var statuses = Log.Samples.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count():N0}");
        output.WriteLine(string.Create(c, $"statuses: {string.Join(", ", statuses)}"));
        var saves = string.Join(", ", Log.Writes.GroupBy(w => (w.Kind, w.Status)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Status)
            .Select(g => $"{g.Key.Kind} {(g.Key.Status == 0 ? "unanswered" : g.Key.Status.ToString(c))} × {g.Count()}"));
        output.WriteLine(string.Create(c, $"saves: {saves}"));
        output.WriteLine(string.Create(c, $"history: versions 1..{History.Count} ({Log.StartVersion} before the run, {Log.Acknowledged.Count} acknowledged)"));
        foreach (var failure in Failures)
        {
            output.WriteLine($"FAIL: {failure}");
        }

        output.WriteLine(Passed ? "PASS" : "FAIL");
    }
}

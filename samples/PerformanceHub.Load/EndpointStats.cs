namespace PerformanceHub.Load;

/// <summary>One endpoint's requests in a run: how many, per second, and the latency percentiles in milliseconds.</summary>
public sealed record EndpointStats(string Endpoint, int Requests, double PerSecond, double P50, double P95, double P99, double Max)
{
    /// <summary>The statistics of each endpoint in <paramref name="log"/>, and of all of them together ("all").</summary>
    public static IReadOnlyList<EndpointStats> Of(LoadLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var seconds = Math.Max(log.Elapsed.TotalSeconds, 0.001);
        var groups = log.Samples.GroupBy(s => s.Endpoint).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => From(g.Key, g.Select(s => s.Milliseconds), seconds)).ToList();
        groups.Add(From("all", log.Samples.Select(s => s.Milliseconds), seconds));
        return groups;
    }

    /// <summary>The nearest-rank percentile <paramref name="p"/> (0–100) of ascending <paramref name="sorted"/>.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    private static EndpointStats From(string endpoint, IEnumerable<double> milliseconds, double seconds)
    {
        var sorted = milliseconds.Order().ToList();
        return new EndpointStats(endpoint, sorted.Count, sorted.Count / seconds,
            Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted.Count == 0 ? 0 : sorted[^1]);
    }
}

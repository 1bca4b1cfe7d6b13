using System.Globalization;

namespace PerformanceHub.Load;

/// <summary>What to run: which hub, whose key, how many readers and writers, for how long, against which plan.</summary>
public sealed record LoadOptions
{
    /// <summary>The quarter ends the readers ask the scorecard at, 2023/24 Q1 to 2024/25 Q4.</summary>
    public static readonly IReadOnlyList<string> QuarterEnds =
        ["2023-06-30", "2023-09-30", "2023-12-31", "2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31", "2025-03-31"];

    public required Uri Hub { get; init; }

    /// <summary>An editor or admin API key of the plan's organisation (sent as X-Api-Key).</summary>
    public required string ApiKey { get; init; }

    public int Readers { get; init; } = 50;

    public int Writers { get; init; } = 10;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The plan's API path, such as <c>/api/orgs/derby/plans/council-plan</c>.</summary>
    public string Plan { get; init; } = "/api/orgs/derby/plans/council-plan";

    public const string Usage =
        "usage: dotnet run --project samples/PerformanceHub.Load -- --url=http://127.0.0.1:5000 --key=sph_… " +
        "[--readers=50] [--writers=10] [--seconds=60] [--plan=/api/orgs/derby/plans/council-plan]\n" +
        "The key must be an editor's or admin's API key (or set HUB_API_KEY).";

    /// <summary>Reads <c>--name=value</c> arguments; null with what is wrong when they cannot be used.</summary>
    public static (LoadOptions? Options, string? Problem) Parse(IEnumerable<string> args, string? keyFromEnvironment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var arg in args)
        {
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (!arg.StartsWith("--", StringComparison.Ordinal) || equals < 3)
            {
                return (null, $"'{arg}' is not an option of the form --name=value.");
            }

            values[arg[2..equals]] = arg[(equals + 1)..];
        }

        var unknown = values.Keys.Except(["url", "key", "readers", "writers", "seconds", "plan"]).FirstOrDefault();
        if (unknown is not null)
        {
            return (null, $"--{unknown} is not an option.");
        }

        if (!values.TryGetValue("url", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out var hub)
            || (hub.Scheme != Uri.UriSchemeHttp && hub.Scheme != Uri.UriSchemeHttps))
        {
            return (null, "--url must be the hub's address, such as --url=http://127.0.0.1:5000.");
        }

        var key = values.GetValueOrDefault("key") ?? keyFromEnvironment;
        if (string.IsNullOrWhiteSpace(key))
        {
            return (null, "--key (or HUB_API_KEY) must be an editor's or admin's API key.");
        }

        var readers = Count(values, "readers", 50, 0);
        var writers = Count(values, "writers", 10, 0);
        var seconds = Count(values, "seconds", 60, 1);
        var bad = new[] { readers, writers, seconds }.FirstOrDefault(c => c.Problem is not null).Problem;
        if (bad is not null)
        {
            return (null, bad);
        }

        var plan = values.GetValueOrDefault("plan") ?? "/api/orgs/derby/plans/council-plan";
        if (!plan.StartsWith("/api/orgs/", StringComparison.Ordinal))
        {
            return (null, $"--plan must be the plan's API path, such as /api/orgs/derby/plans/council-plan; it is '{plan}'.");
        }

        return (new LoadOptions
        {
            Hub = hub, ApiKey = key, Readers = readers.Value, Writers = writers.Value,
            Duration = TimeSpan.FromSeconds(seconds.Value), Plan = plan.TrimEnd('/'),
        }, null);
    }

    private static (int Value, string? Problem) Count(Dictionary<string, string> values, string name, int fallback, int least)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return (fallback, null);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= least && value <= 10_000
            ? (value, null)
            : (0, $"--{name} must be a whole number from {least} to 10000; it is '{text}'.");
    }
}

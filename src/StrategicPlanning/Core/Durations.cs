using System.Globalization;
using NodaTime;

namespace StrategicPlanning.Core;

/// <summary>Durations in words, for messages and reports: <c>P3M</c> is "3 months", <c>P1Y2M</c> "1 year and 2 months".</summary>
public static class Durations
{
    /// <summary>Describes a duration in words.</summary>
    /// <param name="period">The duration, e.g. <c>P5M3D</c>.</param>
    /// <returns>e.g. "5 months and 3 days"; "0 days" for a zero duration; the ISO text for one with a time of day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static string Describe(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Equals(Period.Zero))
        {
            return "0 days";
        }

        if (period.HasTimeComponent)
        {
            return period.ToString();
        }

        var parts = new List<string>(4);
        Add(parts, period.Years, "year");
        Add(parts, period.Months, "month");
        Add(parts, period.Weeks, "week");
        Add(parts, period.Days, "day");
        return parts.Count switch
        {
            0 => period.ToString(),
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
        };
    }

    private static void Add(List<string> parts, long count, string unit)
    {
        if (count != 0)
        {
            parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + unit + (Math.Abs(count) == 1 ? string.Empty : "s"));
        }
    }
}

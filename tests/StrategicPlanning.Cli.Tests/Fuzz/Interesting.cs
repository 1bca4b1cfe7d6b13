namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>Values that tend to break readers and rules: the edges of numbers, dates, periods and durations.</summary>
internal static class Interesting
{
    /// <summary>
    /// Numbers as JSON text: beyond double and decimal, below their precision, negative zero, the edges of int and long,
    /// and either side of ±10^15, the most a document's numbers may be (SP1010).
    /// </summary>
    public static readonly string[] Numbers =
    [
        "1e308", "-1e308", "1e309", "1e-400", "79228162514264337593543950336", "-79228162514264337593543950336",
        "79228162514264337593543950335", "39614081257132168796771975168", "-79228162514264337593543950335", "1e28",
        "9999999999999999999999999999", "1e20", "1000000000000000", "-1000000000000000", "999999999999999.9999999999999",
        "1000000000000000.0000000001", "0.000000000000001", "0.3333333333333333333333333333", "1e-28", "0.0000000000000000000000000001", "0.00000000000000000000000000001", "-0", "-0.0", "0",
        "1", "-1", "0.5", "-0.5", "2", "3", "4", "5", "6", "25", "100", "101", "1000000000000", "1.5e3", "1E2",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "12345678901234567890123456789012345678901234567890", "0.1234567890123456789012345678901",
    ];

    /// <summary>Dates as JSON strings: the edges of the calendar and of the supported as-of range, and non-dates.</summary>
    public static readonly string[] Dates =
    [
        "0001-01-01", "9999-12-31", "0004-01-01", "0003-12-31", "9997-12-31", "9998-01-01", "2024-02-30", "2024-02-29",
        "2023-02-29", "0000-01-01", "-0001-01-01", "10000-01-01", "2024-13-01", "2024-00-10", "2024-1-1", "2024-04-01T00:00:00",
        "2025-03-31", "2022-04-01", "2024-06-30", "2024-09-30", "2024-12-31", "", " ",
    ];

    /// <summary>Durations as JSON strings: huge, zero, negative, of the wrong units, not durations.</summary>
    public static readonly string[] Durations =
    [
        "P1000000Y", "P99999999D", "PT1H", "P0D", "-P1Y", "P3M", "P1M", "P1D", "P1Y", "P0M", "P12M", "P9999Y", "P2147483647D",
        "P-1M", "P1W", "P1Y2M3DT4H", "PT0S", "P", "3 months", "P99999999999999999999D", "P1000000M",
    ];

    /// <summary>Period labels as JSON strings: quarters and years that do not exist or sit at the edges of the calendar.</summary>
    public static readonly string[] Periods =
    [
        "2024/25 Q5", "9999/00 Q1", "2024/25 Q0", "2024/26", "2024/25", "2024/25 Q1", "2024/25 Q4", "2025/26 Q1", "2024",
        "2024 Q1", "2024-05", "2024-13", "0000/01", "0001/02 Q1", "0003/04 Q4", "0004/05 Q1", "9997/98 Q4", "9998/99 Q4",
        "9999/00", "9999", "0000", "2023/24", "2022/23 Q2", "2024/25 q1", " 2024/25", "2024/2025",
    ];

    /// <summary>Reporting year start months: the twelve, and what is not a month.</summary>
    public static readonly string[] YearStartMonths = ["0", "13", "-1", "1", "12", "4", "7", "2147483647", "4.5", "1e2"];

    /// <summary>Other strings: empty, control characters, lone surrogates, markup, very long.</summary>
    public static readonly string[] Strings =
    [
        "", " ", "\u0000", "\u001b[31mred\u001b[0m", "\ud800", "\udfff", "line\nbreak", "<script>alert(1)</script>", "&amp;",
        "\u202eevil", "green", "green.air", "m.recycling", "a.cycle-routes", "r.budget-gap", "higherIsBetter", "lowerIsBetter",
        "quarterly", "annual", "monthly", "onTrack", "offTrack", "complete", "threat", "opportunity", "open", "closed", "GBP",
        "XXX", "percent", "absolute", "revenue", "capital", "savings", "1.0", "2.0", "0.9", "red", "amber",
        new string('x', 5000), new string('\u00e9', 2000),
    ];

    /// <summary>Picks one of <paramref name="values"/>.</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}

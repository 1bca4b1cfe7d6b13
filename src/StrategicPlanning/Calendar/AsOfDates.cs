using System.Globalization;
using NodaTime;

namespace StrategicPlanning.Calendar;

/// <summary>
/// The as-of dates the rule families evaluate at: 0004-01-01 to 9997-12-31, the one range every rule, report, the
/// command line and the samples ask. At any of them, for any year start month, the current period of every kind
/// (MEA-4), the period before it and the same period a year earlier all exist as labels (years 1 to 9998, CAL-3):
/// the latest financial year ending by 0004-01-01 starts in year 2 or later.
/// </summary>
public static class AsOfDates
{
    /// <summary>Gets the earliest as-of date evaluated.</summary>
    /// <value>0004-01-01.</value>
    public static LocalDate Earliest { get; } = new(4, 1, 1);

    /// <summary>Gets the latest as-of date evaluated.</summary>
    /// <value>9997-12-31.</value>
    public static LocalDate Latest { get; } = new(9997, 12, 31);

    /// <summary>Gets the range in words, for messages: "0004-01-01 to 9997-12-31".</summary>
    public static string Range { get; } = string.Create(CultureInfo.InvariantCulture, $"{Earliest:uuuu-MM-dd} to {Latest:uuuu-MM-dd}");

    /// <summary>Whether the rule families evaluate at a date.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>True when the date is from <see cref="Earliest"/> to <see cref="Latest"/>.</returns>
    public static bool IsSupported(LocalDate asOf) => asOf >= Earliest && asOf <= Latest;

    /// <summary>Refuses an as-of date the rule families do not evaluate at: a programmer's mistake, not a document's.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="Range"/>.</exception>
    internal static void Check(LocalDate asOf, string name = "asOf")
    {
        if (!IsSupported(asOf))
        {
            throw new ArgumentOutOfRangeException(name, asOf, $"The as-of date must be from {Range}, so that every period it is compared with can be named.");
        }
    }
}

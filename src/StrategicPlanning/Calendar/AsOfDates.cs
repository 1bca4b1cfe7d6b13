using NodaTime;

namespace StrategicPlanning.Calendar;

/// <summary>
/// The as-of dates the rule families evaluate at: years 4 to 9997. At any of them, for any year start month, the
/// current period of every kind (MEA-4), the period before it and the same period a year earlier all exist as labels
/// (years 1 to 9998, CAL-3): the latest financial year ending by 0004-01-01 starts in year 2 or later.
/// </summary>
public static class AsOfDates
{
    /// <summary>Gets the earliest as-of date evaluated: 0004-01-01.</summary>
    public static LocalDate Earliest { get; } = new(4, 1, 1);

    /// <summary>Gets the latest as-of date evaluated: 9997-12-31.</summary>
    public static LocalDate Latest { get; } = new(9997, 12, 31);

    /// <summary>Refuses an as-of date outside <see cref="Earliest"/> to <see cref="Latest"/>.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="name">The parameter's name, for the exception.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the years 4 to 9997.</exception>
    public static void Check(LocalDate asOf, string name = "asOf")
    {
        if (asOf < Earliest || asOf > Latest)
        {
            throw new ArgumentOutOfRangeException(name, asOf, "The as-of date must be in the years 4 to 9997, so that every period it is compared with can be named.");
        }
    }
}

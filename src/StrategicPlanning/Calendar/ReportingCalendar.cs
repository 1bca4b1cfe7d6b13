using System.Globalization;
using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Calendar;

/// <summary>
/// The document's reporting calendar: the month in which its financial year starts (CAL-1), and the
/// arithmetic that turns period labels into dates and dates into periods (CAL-2, CAL-3).
/// </summary>
/// <remarks>
/// An immutable record and thread-safe. The default is the UK financial year, starting in April. A
/// <see cref="YearStartMonth"/> outside 1–12 is kept as read so that validation can report it; the
/// date arithmetic refuses such a calendar with <see cref="InvalidOperationException"/>.
/// </remarks>
public sealed record ReportingCalendar
{
    /// <summary>The month in which financial years start unless a document says otherwise (CAL-1).</summary>
    /// <value>4: April, the UK financial year.</value>
    public const int DefaultYearStartMonth = 4;

    /// <summary>Gets the UK calendar: financial years start on 1 April.</summary>
    public static ReportingCalendar Default { get; } = new();

    /// <summary>Gets the month, 1–12, on whose first day each financial year starts (CAL-1). Default <see cref="DefaultYearStartMonth"/>.</summary>
    public int YearStartMonth { get; init; } = DefaultYearStartMonth;

    /// <summary>Gets whether <see cref="YearStartMonth"/> is 1 to 12, so that labels can be turned into dates (CAL-1).</summary>
    internal bool HasValidStartMonth => IsStartMonth(YearStartMonth);

    /// <summary>Whether a number can be the month a financial year starts in (CAL-1): 1 (January) to 12 (December).</summary>
    /// <param name="month">The month number.</param>
    /// <returns>True for 1 to 12.</returns>
    public static bool IsStartMonth(int month) => month is >= 1 and <= 12;

    /// <summary>Gets the members of the JSON <c>calendar</c> object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;

    /// <summary>Gets whether the financial year is a calendar year (start month January), so labels read <c>2024</c> and <c>2024 Q1</c>.</summary>
    public bool IsCalendarYear => YearStartMonth == 1;

    /// <summary>Creates a calendar whose financial years start in <paramref name="yearStartMonth"/>.</summary>
    /// <param name="yearStartMonth">The start month, 1–12.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearStartMonth"/> is outside 1–12.</exception>
    public static ReportingCalendar StartingIn(int yearStartMonth)
    {
        Guard.InRange(yearStartMonth, 1, 12);
        return new ReportingCalendar { YearStartMonth = yearStartMonth };
    }

    /// <summary>
    /// Tries to parse a period label and checks that its style fits this calendar (CAL-3): <c>2024/25</c>
    /// is valid only when the year does not start in January, <c>2024</c> only when it does.
    /// </summary>
    /// <param name="text">The label.</param>
    /// <param name="label">The label when it is valid here.</param>
    /// <param name="error">When it is not, a message saying what was wrong and what is allowed.</param>
    /// <returns>True when <paramref name="text"/> is a valid label in this calendar.</returns>
    public bool TryParse(string? text, out PeriodLabel label, out string? error)
    {
        if (!PeriodLabel.TryParse(text, out label, out error))
        {
            return false;
        }

        error = StyleError(label);
        if (error is null)
        {
            return true;
        }

        label = default;
        return false;
    }

    /// <summary>Parses a period label that must be valid in this calendar (CAL-3).</summary>
    /// <param name="text">The label.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The label is not valid here; the message says why.</exception>
    public PeriodLabel Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var label, out var error) ? label : throw new FormatException(error);
    }

    /// <summary>Gets the label of the financial year starting in <paramref name="startYear"/>, in this calendar's style.</summary>
    /// <param name="startYear">The calendar year in which the financial year starts.</param>
    /// <returns>The label, e.g. <c>2024/25</c>.</returns>
    public PeriodLabel FinancialYear(int startYear) => PeriodLabel.ForFinancialYear(startYear, IsCalendarYear);

    /// <summary>Gets the label of a quarter, in this calendar's style (CAL-2).</summary>
    /// <param name="startYear">The calendar year in which the financial year starts.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <returns>The label, e.g. <c>2024/25 Q3</c>.</returns>
    public PeriodLabel Quarter(int startYear, int quarter) => PeriodLabel.ForQuarter(startYear, quarter, IsCalendarYear);

    /// <summary>Gets the financial year that contains <paramref name="date"/> (CAL-1).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The financial year's label.</returns>
    public PeriodLabel FinancialYearOf(LocalDate date) => FinancialYear(StartYearOf(date));

    /// <summary>Gets the quarter that contains <paramref name="date"/> (CAL-2).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The quarter's label.</returns>
    public PeriodLabel QuarterOf(LocalDate date)
    {
        var monthsIn = (date.Month - CheckedStartMonth() + 12) % 12;
        return Quarter(StartYearOf(date), (monthsIn / 3) + 1);
    }

    /// <summary>Gets the calendar month that contains <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The month's label, e.g. <c>2024-05</c>.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "An instance member beside QuarterOf and FinancialYearOf, so callers need not know that months ignore the start month.")]
    public PeriodLabel MonthOf(LocalDate date) => PeriodLabel.ForMonth(date.Year, date.Month);

    /// <summary>
    /// Gets the financial year a period belongs to: itself for a financial year, the year containing it for a
    /// quarter, and for a month the year that contains its first day (CAL-3).
    /// </summary>
    /// <param name="label">A label valid in this calendar.</param>
    /// <returns>The financial year's label.</returns>
    /// <exception cref="ArgumentException">The label's style does not fit this calendar.</exception>
    public PeriodLabel FinancialYearOf(PeriodLabel label) => label.Kind switch
    {
        PeriodKind.Month => FinancialYearOf(StartOf(label)),
        _ => FinancialYear(CheckedLabel(label).Year),
    };

    /// <summary>Gets the first day of a period.</summary>
    /// <param name="label">A label valid in this calendar.</param>
    /// <returns>The first day.</returns>
    /// <exception cref="ArgumentException">The label's style does not fit this calendar, or it is <c>default</c>.</exception>
    public LocalDate StartOf(PeriodLabel label)
    {
        CheckedLabel(label);
        var yearStart = new LocalDate(label.Year, CheckedStartMonth(), 1);
        return label.Kind switch
        {
            PeriodKind.FinancialYear => yearStart,
            PeriodKind.Quarter => yearStart.PlusMonths(3 * (label.Quarter - 1)),
            _ => new LocalDate(label.Year, label.Month, 1),
        };
    }

    /// <summary>Gets the last day of a period.</summary>
    /// <param name="label">A label valid in this calendar.</param>
    /// <returns>The last day.</returns>
    /// <exception cref="ArgumentException">The label's style does not fit this calendar, or it is <c>default</c>.</exception>
    public LocalDate EndOf(PeriodLabel label)
    {
        var months = label.Kind switch
        {
            PeriodKind.FinancialYear => 12,
            PeriodKind.Quarter => 3,
            _ => 1,
        };
        return StartOf(label).PlusMonths(months).PlusDays(-1);
    }

    /// <summary>Gets the days a period covers, first and last included.</summary>
    /// <param name="label">A label valid in this calendar.</param>
    /// <returns>The interval.</returns>
    public DateInterval IntervalOf(PeriodLabel label) => new(StartOf(label), EndOf(label));

    /// <summary>
    /// Gets the current period of a frequency at an as-of date: the latest period of that kind that ends on or
    /// before the as-of date (MEA-4). At 2025-03-31 the current UK quarter is <c>2024/25 Q4</c>; a day earlier it
    /// is <c>2024/25 Q3</c>.
    /// </summary>
    /// <param name="kind">Financial years, quarters or months.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The latest closed period of that kind.</returns>
    public PeriodLabel LatestClosed(PeriodKind kind, LocalDate asOf)
    {
        var containing = kind switch
        {
            PeriodKind.FinancialYear => FinancialYearOf(asOf),
            PeriodKind.Quarter => QuarterOf(asOf),
            PeriodKind.Month => MonthOf(asOf),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The kind must be a financial year, a quarter or a month."),
        };
        return EndOf(containing) == asOf ? containing : Previous(containing);
    }

    /// <summary>Gets the period of the same kind just before <paramref name="label"/> (the previous quarter of Q1 is Q4 of the year before).</summary>
    /// <param name="label">A label valid in this calendar.</param>
    /// <returns>The previous period.</returns>
    public PeriodLabel Previous(PeriodLabel label) => Shift(label, -1);

    /// <summary>Gets the period of the same kind just after <paramref name="label"/>.</summary>
    /// <param name="label">A label valid in this calendar.</param>
    /// <returns>The next period.</returns>
    public PeriodLabel Next(PeriodLabel label) => Shift(label, 1);

    /// <summary>Gets the same period a year earlier: the same quarter or month of the year before, or the previous financial year (MEA-6).</summary>
    /// <param name="label">A label valid in this calendar.</param>
    /// <returns>The period a year earlier.</returns>
    public PeriodLabel SamePeriodLastYear(PeriodLabel label) => CheckedLabel(label).Kind switch
    {
        PeriodKind.Quarter => Quarter(label.Year - 1, label.Quarter),
        PeriodKind.Month => PeriodLabel.ForMonth(label.Year - 1, label.Month),
        _ => FinancialYear(label.Year - 1),
    };

    private PeriodLabel Shift(PeriodLabel label, int steps)
    {
        CheckedLabel(label);
        switch (label.Kind)
        {
            case PeriodKind.FinancialYear:
                return FinancialYear(label.Year + steps);
            case PeriodKind.Quarter:
                var quarters = (label.Year * 4) + (label.Quarter - 1) + steps;
                return Quarter(Math.DivRem(quarters, 4, out var q), q + 1);
            default:
                var months = (label.Year * 12) + (label.Month - 1) + steps;
                return PeriodLabel.ForMonth(Math.DivRem(months, 12, out var m), m + 1);
        }
    }

    private int StartYearOf(LocalDate date) => date.Month >= CheckedStartMonth() ? date.Year : date.Year - 1;

    private int CheckedStartMonth() => HasValidStartMonth
        ? YearStartMonth
        : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The calendar's yearStartMonth is {YearStartMonth}; it must be 1 to 12. Validate the document first."));

    private PeriodLabel CheckedLabel(PeriodLabel label)
    {
        if (label.Kind == 0)
        {
            throw new ArgumentException("The label is default(PeriodLabel), not a period.", nameof(label));
        }

        var error = StyleError(label);
        return error is null ? label : throw new ArgumentException(error, nameof(label));
    }

    private string? StyleError(PeriodLabel label)
    {
        if (label.Kind == PeriodKind.Month || label.IsCalendarYearStyle == IsCalendarYear)
        {
            return null;
        }

        return IsCalendarYear
            ? $"'{label}' is written for a financial year that starts in a month other than January, but this calendar's year starts in January (CAL-3): write '{PeriodLabel.ForFinancialYear(label.Year, true)}'{QuarterSuffix(label)}."
            : string.Create(CultureInfo.InvariantCulture, $"'{label}' is written for a calendar-year financial year, but this calendar's year starts in month {YearStartMonth} (CAL-3): write '{PeriodLabel.ForFinancialYear(label.Year)}'{QuarterSuffix(label)}.");
    }

    private static string QuarterSuffix(PeriodLabel label) =>
        label.Kind == PeriodKind.Quarter ? string.Create(CultureInfo.InvariantCulture, $" with ' Q{label.Quarter}'") : string.Empty;
}

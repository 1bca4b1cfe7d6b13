using System.Globalization;

namespace StrategicPlanning.Calendar;

/// <summary>
/// A period label as written in documents and output (CAL-3): a financial year <c>2024/25</c>, a quarter
/// <c>2024/25 Q1</c>, a month <c>2024-05</c>, or, where the financial year is a calendar year, <c>2024</c>
/// and <c>2024 Q1</c>. Parsing is case-sensitive and strict, and <see cref="ToString"/> gives back exactly
/// the text that was parsed.
/// </summary>
/// <remarks>
/// A label on its own says nothing about dates: which months <c>2024/25 Q1</c> covers depends on the
/// financial year's start month, which lives in <see cref="ReportingCalendar"/>. A label in the calendar-year
/// style (<c>2024</c>) is valid only in a calendar whose year starts in January, and the split-year style
/// only in one that does not; <see cref="ReportingCalendar.TryParse(string?, out PeriodLabel, out string?)"/>
/// checks both. <c>default(PeriodLabel)</c> is not a label: its <see cref="Kind"/> is 0 and it formats as
/// an empty string. This type is an immutable value and thread-safe.
/// <para>
/// Labels of one kind and one style order in time: <c>2024/25 Q4</c> comes before <c>2025/26 Q1</c>. Comparing a
/// quarter with a year, or a split-year label with a calendar-year one (labels of different calendars), is
/// meaningless and throws <see cref="ArgumentException"/>.
/// </para>
/// </remarks>
public readonly struct PeriodLabel : IEquatable<PeriodLabel>, IComparable<PeriodLabel>, IComparable
{
    private const int MinYear = 1;
    private const int MaxYear = 9998;

    private readonly short year;
    private readonly byte kind;
    private readonly byte number;
    private readonly bool calendarYearStyle;

    private PeriodLabel(PeriodKind kind, int year, int number, bool calendarYearStyle)
    {
        this.kind = (byte)kind;
        this.year = (short)year;
        this.number = (byte)number;
        this.calendarYearStyle = calendarYearStyle;
    }

    /// <summary>Gets whether this is a financial year, a quarter or a month.</summary>
    public PeriodKind Kind => (PeriodKind)kind;

    /// <summary>
    /// Gets the year in the label: for a financial year or quarter, the calendar year in which the financial
    /// year starts (2024 for <c>2024/25</c>); for a month, its calendar year.
    /// </summary>
    public int Year => year;

    /// <summary>Gets the quarter number 1–4, or 0 when this is not a quarter.</summary>
    public int Quarter => Kind == PeriodKind.Quarter ? number : 0;

    /// <summary>Gets the month number 1–12, or 0 when this is not a month.</summary>
    public int Month => Kind == PeriodKind.Month ? number : 0;

    /// <summary>
    /// Gets whether a financial year or quarter is written in the calendar-year style (<c>2024</c>,
    /// <c>2024 Q1</c>) rather than the split-year style (<c>2024/25</c>). Always false for a month.
    /// </summary>
    public bool IsCalendarYearStyle => calendarYearStyle;

    /// <summary>Creates the label of a financial year.</summary>
    /// <param name="startYear">The calendar year in which the financial year starts.</param>
    /// <param name="calendarYearStyle">True for <c>2024</c>, false for <c>2024/25</c>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is outside 1–9998.</exception>
    public static PeriodLabel ForFinancialYear(int startYear, bool calendarYearStyle = false)
    {
        CheckYear(startYear);
        return new PeriodLabel(PeriodKind.FinancialYear, startYear, 0, calendarYearStyle);
    }

    /// <summary>Creates the label of a quarter of a financial year.</summary>
    /// <param name="startYear">The calendar year in which the financial year starts.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <param name="calendarYearStyle">True for <c>2024 Q1</c>, false for <c>2024/25 Q1</c>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static PeriodLabel ForQuarter(int startYear, int quarter, bool calendarYearStyle = false)
    {
        CheckYear(startYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new PeriodLabel(PeriodKind.Quarter, startYear, quarter, calendarYearStyle);
    }

    /// <summary>Creates the label of a calendar month.</summary>
    /// <param name="year">The calendar year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static PeriodLabel ForMonth(int year, int month)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new PeriodLabel(PeriodKind.Month, year, month, false);
    }

    /// <summary>Parses a period label (CAL-3).</summary>
    /// <param name="text">The label, e.g. <c>2024/25 Q1</c>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a period label; the message says what is allowed.</exception>
    public static PeriodLabel Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var label, out var error) ? label : throw new FormatException(error);
    }

    /// <summary>Tries to parse a period label (CAL-3).</summary>
    /// <param name="text">The label, e.g. <c>2024/25 Q1</c>.</param>
    /// <param name="label">The label when parsing succeeds.</param>
    /// <returns>True when <paramref name="text"/> is a period label.</returns>
    public static bool TryParse(string? text, out PeriodLabel label) => TryParse(text, out label, out _);

    /// <summary>Tries to parse a period label, saying what is wrong when it is not one (CAL-3).</summary>
    /// <param name="text">The label, e.g. <c>2024/25 Q1</c>.</param>
    /// <param name="label">The label when parsing succeeds.</param>
    /// <param name="error">When parsing fails, a message saying what was wrong and what is allowed.</param>
    /// <returns>True when <paramref name="text"/> is a period label.</returns>
    public static bool TryParse(string? text, out PeriodLabel label, out string? error)
    {
        error = null;
        if (text is not null && RecentLabels.TryGet(text, out label))
        {
            return true;
        }

        label = default;
        error = PeriodLabelParser.Parse(text, out var kind, out var year, out var number, out var calendarStyle);
        if (error is not null)
        {
            return false;
        }

        label = new PeriodLabel(kind, year, number, calendarStyle);
        RecentLabels.Remember(text!, label);
        return true;
    }

    /// <summary>The longest label, <c>2024/25 Q1</c>, in characters.</summary>
    internal const int MaxLength = 10;

    /// <summary>Writes the label as CAL-3 spells it into <paramref name="destination"/>, without allocating.</summary>
    /// <param name="destination">Where to write; <see cref="MaxLength"/> characters always suffice.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns>False when <paramref name="destination"/> is too short.</returns>
    internal bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        var length = Kind switch
        {
            PeriodKind.FinancialYear => calendarYearStyle ? 4 : 7,
            PeriodKind.Quarter => calendarYearStyle ? 7 : 10,
            PeriodKind.Month => 7,
            _ => 0,
        };
        if (destination.Length < length)
        {
            return false;
        }

        if (length == 0)
        {
            return true;
        }

        Digits(destination, year, 4);
        var at = 4;
        if (Kind == PeriodKind.Month)
        {
            destination[4] = '-';
            Digits(destination[5..], number, 2);
            at = 7;
        }
        else if (!calendarYearStyle)
        {
            destination[4] = '/';
            Digits(destination[5..], (year + 1) % 100, 2);
            at = 7;
        }

        if (Kind == PeriodKind.Quarter)
        {
            destination[at] = ' ';
            destination[at + 1] = 'Q';
            destination[at + 2] = (char)('0' + number);
        }

        charsWritten = length;
        return true;
    }

    /// <summary>Whether <paramref name="text"/> is this label's spelling: since parsing is strict, exactly when it parses to this label.</summary>
    /// <param name="text">The text to compare.</param>
    /// <returns>True when the text spells this label.</returns>
    internal bool IsSpelledBy(ReadOnlySpan<char> text)
    {
        Span<char> own = stackalloc char[MaxLength];
        return TryFormat(own, out var length) && length > 0 && text.SequenceEqual(own[..length]);
    }

    /// <summary>Formats the label exactly as CAL-3 writes it.</summary>
    /// <returns>The label, or an empty string for <c>default(PeriodLabel)</c>.</returns>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        return Kind switch
        {
            PeriodKind.FinancialYear => FinancialYearText(),
            PeriodKind.Quarter => FinancialYearText() + " Q" + number.ToString(inv),
            PeriodKind.Month => year.ToString("D4", inv) + "-" + number.ToString("D2", inv),
            _ => string.Empty,
        };
    }

    /// <inheritdoc />
    public bool Equals(PeriodLabel other) =>
        kind == other.kind && year == other.year && number == other.number && calendarYearStyle == other.calendarYearStyle;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PeriodLabel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(kind, year, number, calendarYearStyle);

    /// <summary>Compares two labels for equality.</summary>
    /// <param name="left">The first label.</param>
    /// <param name="right">The second label.</param>
    /// <returns>True when both are the same label.</returns>
    public static bool operator ==(PeriodLabel left, PeriodLabel right) => left.Equals(right);

    /// <summary>Compares two labels for inequality.</summary>
    /// <param name="left">The first label.</param>
    /// <param name="right">The second label.</param>
    /// <returns>True when the labels differ.</returns>
    public static bool operator !=(PeriodLabel left, PeriodLabel right) => !left.Equals(right);

    /// <summary>Compares two labels of the same kind and style in time order.</summary>
    /// <param name="other">The label to compare with.</param>
    /// <returns>Negative when this period comes first, zero when they are the same, positive when it comes later.</returns>
    /// <exception cref="ArgumentException">The labels are of different kinds (a quarter and a year), or of different styles (<c>2024/25</c> and <c>2024</c>), or only one of them is <c>default</c>.</exception>
    public int CompareTo(PeriodLabel other)
    {
        if (kind != other.kind || calendarYearStyle != other.calendarYearStyle)
        {
            throw new ArgumentException(
                $"'{this}' and '{other}' cannot be ordered: only periods of the same kind, written in the same calendar's style, can be compared.",
                nameof(other));
        }

        return year != other.year ? year.CompareTo(other.year) : number.CompareTo(other.number);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="PeriodLabel"/>, or cannot be compared with this one.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PeriodLabel other => CompareTo(other),
        _ => throw new ArgumentException($"A period label cannot be compared with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    /// <param name="left">The first label.</param>
    /// <param name="right">The second label, of the same kind and style.</param>
    /// <returns>True when the first period is earlier.</returns>
    /// <exception cref="ArgumentException">The labels cannot be compared (see <see cref="CompareTo(PeriodLabel)"/>).</exception>
    public static bool operator <(PeriodLabel left, PeriodLabel right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first label.</param>
    /// <param name="right">The second label, of the same kind and style.</param>
    /// <returns>True when the first period is later.</returns>
    /// <exception cref="ArgumentException">The labels cannot be compared (see <see cref="CompareTo(PeriodLabel)"/>).</exception>
    public static bool operator >(PeriodLabel left, PeriodLabel right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is the same as or comes before <paramref name="right"/>.</summary>
    /// <param name="left">The first label.</param>
    /// <param name="right">The second label, of the same kind and style.</param>
    /// <returns>True when the first period is not later.</returns>
    /// <exception cref="ArgumentException">The labels cannot be compared (see <see cref="CompareTo(PeriodLabel)"/>).</exception>
    public static bool operator <=(PeriodLabel left, PeriodLabel right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is the same as or comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first label.</param>
    /// <param name="right">The second label, of the same kind and style.</param>
    /// <returns>True when the first period is not earlier.</returns>
    /// <exception cref="ArgumentException">The labels cannot be compared (see <see cref="CompareTo(PeriodLabel)"/>).</exception>
    public static bool operator >=(PeriodLabel left, PeriodLabel right) => left.CompareTo(right) >= 0;

    private static void Digits(Span<char> destination, int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private string FinancialYearText()
    {
        var inv = CultureInfo.InvariantCulture;
        var start = year.ToString("D4", inv);
        return calendarYearStyle ? start : start + "/" + ((year + 1) % 100).ToString("D2", inv);
    }

    private static void CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
    }
}

using NodaTime;

namespace StrategicPlanning.Reviews;

/// <summary>A gap between reviews longer than the cadence: "at least every three months" broken (REV-2).</summary>
public sealed record CadenceBreach
{
    internal CadenceBreach(BreachKind kind, LocalDate from, LocalDate to, LocalDate due, Period gap, int daysOverdue)
    {
        Kind = kind;
        From = from;
        To = to;
        Due = due;
        Gap = gap;
        DaysOverdue = daysOverdue;
    }

    /// <summary>Gets which gap it is.</summary>
    public BreachKind Kind { get; }

    /// <summary>Gets the start of the gap: the cycle's start or the review before.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the end of the gap: the next review, or, when none has been held since, the as-of date or the cycle's end if that is earlier.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the date by which the next review was due: <see cref="From"/> plus the cadence.</summary>
    public LocalDate Due { get; }

    /// <summary>Gets the length of the gap in months and days.</summary>
    public Period Gap { get; }

    /// <summary>Gets days from the due date to <see cref="To"/>.</summary>
    public int DaysOverdue { get; }
}

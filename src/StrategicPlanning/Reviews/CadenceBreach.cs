using NodaTime;

namespace StrategicPlanning.Reviews;

/// <summary>A gap between reviews longer than the cadence: "at least every three months" broken (REV-2).</summary>
/// <param name="Kind">Which gap it is.</param>
/// <param name="From">The start of the gap: the cycle's start or the review before.</param>
/// <param name="To">The end of the gap: the next review, or the as-of date when none has been held since.</param>
/// <param name="Due">The date by which the next review was due: <paramref name="From"/> plus the cadence.</param>
/// <param name="Gap">The length of the gap in months and days.</param>
/// <param name="DaysOverdue">Days from the due date to <paramref name="To"/>.</param>
public sealed record CadenceBreach(BreachKind Kind, LocalDate From, LocalDate To, LocalDate Due, Period Gap, int DaysOverdue);

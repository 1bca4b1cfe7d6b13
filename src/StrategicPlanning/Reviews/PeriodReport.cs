using NodaTime;
using StrategicPlanning.Calendar;

namespace StrategicPlanning.Reviews;

/// <summary>The report for one closed period: a quarter's performance report (REV-4) or a year's Annual Report (REV-5).</summary>
/// <param name="Period">The quarter or financial year.</param>
/// <param name="Deadline">The period's last day plus the reporting lag (or the annual report lag).</param>
/// <param name="Status">On time, late, missing, or pending.</param>
/// <param name="PresentedOn">The date of the first held review naming the period, when there is one by the as-of date.</param>
/// <param name="DaysLate">Days after the deadline it was presented, or, when missing, days since the deadline; 0 otherwise.</param>
public sealed record PeriodReport(PeriodLabel Period, LocalDate Deadline, ReportStatus Status, LocalDate? PresentedOn, int DaysLate);

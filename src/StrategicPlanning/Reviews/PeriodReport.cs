using NodaTime;
using StrategicPlanning.Calendar;

namespace StrategicPlanning.Reviews;

/// <summary>The report for one closed period: a quarter's performance report (REV-4) or a year's Annual Report (REV-5).</summary>
public sealed record PeriodReport
{
    internal PeriodReport(PeriodLabel period, LocalDate deadline, ReportStatus status, LocalDate? presentedOn, int daysLate)
    {
        Period = period;
        Deadline = deadline;
        Status = status;
        PresentedOn = presentedOn;
        DaysLate = daysLate;
    }

    /// <summary>Gets the quarter or financial year.</summary>
    public PeriodLabel Period { get; }

    /// <summary>Gets the period's last day plus the reporting lag (or the annual report lag).</summary>
    public LocalDate Deadline { get; }

    /// <summary>Gets on time, late, missing, or pending.</summary>
    public ReportStatus Status { get; }

    /// <summary>Gets the date of the first held review naming the period, when there is one by the as-of date.</summary>
    public LocalDate? PresentedOn { get; }

    /// <summary>Gets days after the deadline it was presented, or, when missing, days since the deadline; 0 otherwise.</summary>
    public int DaysLate { get; }
}

namespace StrategicPlanning.Calendar;

/// <summary>The length of a reporting period (CAL-1, CAL-2).</summary>
public enum PeriodKind
{
    /// <summary>A financial year: twelve months from the calendar's start month (CAL-1).</summary>
    FinancialYear = 1,

    /// <summary>One of the four three-month blocks of a financial year, Q1 first (CAL-2).</summary>
    Quarter = 2,

    /// <summary>A calendar month.</summary>
    Month = 3,
}

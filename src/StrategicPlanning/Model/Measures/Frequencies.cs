using StrategicPlanning.Calendar;

namespace StrategicPlanning.Model;

/// <summary>The length of period a measure reports in (MEA-1): what its actuals name and what its current period is (MEA-4).</summary>
internal static class Frequencies
{
    public static PeriodKind PeriodKindOf(MeasureFrequency frequency) => frequency switch
    {
        MeasureFrequency.Monthly => PeriodKind.Month,
        MeasureFrequency.Quarterly => PeriodKind.Quarter,
        _ => PeriodKind.FinancialYear,
    };
}

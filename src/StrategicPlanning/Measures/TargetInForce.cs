using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.Measures;

/// <summary>The target that applies to a period at an evaluation date, and where it came from (MEA-3).</summary>
public readonly record struct TargetInForce
{
    internal TargetInForce(decimal value, MeasureTarget entry, PeriodLabel period, bool fromFinancialYear)
    {
        Value = value;
        Entry = entry;
        Period = period;
        FromFinancialYear = fromFinancialYear;
    }

    /// <summary>Gets the target value.</summary>
    public decimal Value { get; }

    /// <summary>Gets the target entry chosen: the latest set on or before the cut-off date.</summary>
    public MeasureTarget Entry { get; }

    /// <summary>Gets the period the entry names: the period itself, or its financial year.</summary>
    public PeriodLabel Period { get; }

    /// <summary>Gets whether no entry named the period itself and the financial year's target applies.</summary>
    public bool FromFinancialYear { get; }
}

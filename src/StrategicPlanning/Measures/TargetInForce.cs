using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.Measures;

/// <summary>The target that applies to a period at an evaluation date, and where it came from (MEA-3).</summary>
/// <param name="Value">The target value.</param>
/// <param name="Entry">The target entry chosen: the latest set on or before the cut-off date.</param>
/// <param name="Period">The period the entry names: the period itself, or its financial year.</param>
/// <param name="FromFinancialYear">True when no entry named the period itself and the financial year's target applies.</param>
public readonly record struct TargetInForce(decimal Value, MeasureTarget Entry, PeriodLabel Period, bool FromFinancialYear);

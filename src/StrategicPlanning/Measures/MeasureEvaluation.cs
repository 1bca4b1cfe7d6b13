using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.Measures;

/// <summary>A measure evaluated for one period at an as-of date: target, actual, status and direction of travel (MEA-3..7).</summary>
/// <remarks>A value: a scorecard of a million leaves holds its evaluations in one array, not a million objects.</remarks>
/// <param name="Measure">The measure.</param>
/// <param name="Period">The period evaluated: the current period (MEA-4) unless another was asked for.</param>
/// <param name="Basis">Whether targets were taken as restated or as reported (MEA-3).</param>
/// <param name="Target">The target in force, or null when none is (data only for this period).</param>
/// <param name="Actual">The actual for the period, or null when there is none.</param>
/// <param name="Status">The status (MEA-4, MEA-5).</param>
/// <param name="Shortfall">How far short of target the actual is (negative when better), or null when not compared (MEA-5).</param>
/// <param name="ShortTerm">Direction of travel against the previous period (MEA-6).</param>
/// <param name="LongTerm">Direction of travel against the same period a year earlier (MEA-6).</param>
public readonly record struct MeasureEvaluation(
    Measure Measure,
    PeriodLabel Period,
    TargetBasis Basis,
    TargetInForce? Target,
    MeasureActual? Actual,
    MeasureStatus Status,
    decimal? Shortfall,
    DirectionOfTravel ShortTerm,
    DirectionOfTravel LongTerm);

using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.Measures;

/// <summary>A measure evaluated for one period at an as-of date: target, actual, status and direction of travel (MEA-3..7).</summary>
/// <remarks>A value: a scorecard of a million leaves holds its evaluations in one array, not a million objects.</remarks>
public readonly record struct MeasureEvaluation
{
    internal MeasureEvaluation(Measure measure, PeriodLabel period, TargetBasis basis, TargetInForce? target, MeasureActual? actual, MeasureStatus status, decimal? shortfall, DirectionOfTravel shortTerm, DirectionOfTravel longTerm)
    {
        Measure = measure;
        Period = period;
        Basis = basis;
        Target = target;
        Actual = actual;
        Status = status;
        Shortfall = shortfall;
        ShortTerm = shortTerm;
        LongTerm = longTerm;
    }

    /// <summary>Gets the measure.</summary>
    public Measure Measure { get; }

    /// <summary>Gets the period evaluated: the current period (MEA-4) unless another was asked for.</summary>
    public PeriodLabel Period { get; }

    /// <summary>Gets whether targets were taken as restated or as reported (MEA-3).</summary>
    public TargetBasis Basis { get; }

    /// <summary>Gets the target in force, or null when none is (data only for this period).</summary>
    public TargetInForce? Target { get; }

    /// <summary>Gets the actual for the period, or null when there is none.</summary>
    public MeasureActual? Actual { get; }

    /// <summary>Gets the status (MEA-4, MEA-5).</summary>
    public MeasureStatus Status { get; }

    /// <summary>Gets how far short of target the actual is (negative when better), or null when not compared (MEA-5).</summary>
    public decimal? Shortfall { get; }

    /// <summary>Gets direction of travel against the previous period (MEA-6).</summary>
    public DirectionOfTravel ShortTerm { get; }

    /// <summary>Gets direction of travel against the same period a year earlier (MEA-6).</summary>
    public DirectionOfTravel LongTerm { get; }
}

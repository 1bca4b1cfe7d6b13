namespace StrategicPlanning.Measures;

/// <summary>Which targets an evaluation uses when targets have been restated (MEA-3).</summary>
public enum TargetBasis
{
    /// <summary>Targets as they stand at the as-of date: the latest entry set on or before it. The default.</summary>
    AsRestated = 1,

    /// <summary>Targets as they stood at the end of the period being evaluated: what was reported at the time.</summary>
    AsReported = 2,
}

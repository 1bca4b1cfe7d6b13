namespace StrategicPlanning.Model;

/// <summary>Which way is better for a measure (MEA-1, MEA-5, MEA-6).</summary>
public enum Polarity
{
    /// <summary>Aim to maximise: a higher value is better.</summary>
    HigherIsBetter = 1,

    /// <summary>Aim to minimise: a lower value is better.</summary>
    LowerIsBetter = 2,

    /// <summary>Closer to target is better, in either direction (the "Goldilocks" measure).</summary>
    TargetIsBest = 3,
}

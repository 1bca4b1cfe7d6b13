namespace StrategicPlanning.Measures;

/// <summary>Whether a measure got better or worse between two periods, by its polarity, whatever its status (MEA-6).</summary>
public enum DirectionOfTravel
{
    /// <summary>Better: higher, lower, or closer to target, as the polarity says.</summary>
    Improving = 1,

    /// <summary>Changed by no more than the stable margin (default 0).</summary>
    Stable = 2,

    /// <summary>Worse.</summary>
    Declining = 3,

    /// <summary>An actual is missing for one of the two periods, or (target is best) there is no target to be close to.</summary>
    NotComparable = 4,
}

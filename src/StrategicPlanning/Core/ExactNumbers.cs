namespace StrategicPlanning.Core;

/// <summary>
/// The range in which every number of a document stays exact (FIN-7, VAL-3): a million sums of such numbers, and the
/// product of any two, still fit a <see cref="decimal"/> without rounding. Validation refuses numbers beyond it
/// (SP1010); rules leave them out rather than overflow.
/// </summary>
internal static class ExactNumbers
{
    /// <summary>The largest magnitude a number may have: 10^15.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    /// <summary>Whether a number lies within ±<see cref="MaxMagnitude"/>.</summary>
    public static bool IsWithin(decimal value) => Math.Abs(value) <= MaxMagnitude;
}

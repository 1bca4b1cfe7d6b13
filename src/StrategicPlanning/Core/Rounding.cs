namespace StrategicPlanning.Core;

/// <summary>
/// The one way figures are rounded for people to read: half away from zero, as councils and spreadsheets round
/// (72.25 shows as 72.3). The library never rounds inside a rule (AGG-3); every output — traces, reports, the command
/// line — rounds through here, so a change "on last quarter" is always the difference of the figures shown.
/// </summary>
public static class Rounding
{
    /// <summary>Rounds a figure for display.</summary>
    /// <param name="value">The exact figure.</param>
    /// <param name="places">The decimal places to keep, 0 to 28.</param>
    /// <returns>The figure rounded half away from zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="places"/> is outside 0 to 28.</exception>
    public static decimal ForDisplay(decimal value, int places) => Math.Round(value, places, MidpointRounding.AwayFromZero);
}

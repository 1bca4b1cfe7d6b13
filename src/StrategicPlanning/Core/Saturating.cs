namespace StrategicPlanning.Core;

/// <summary>
/// Decimal arithmetic that stops at the largest decimal instead of throwing. Values of a validated document
/// (within ±10^15, SP1010) never get near it, so results there are exact; the guard only keeps rule functions
/// called on unvalidated data from throwing.
/// </summary>
internal static class Saturating
{
    public static decimal Subtract(decimal a, decimal b)
    {
        try
        {
            return a - b;
        }
        catch (OverflowException)
        {
            return a > b ? decimal.MaxValue : decimal.MinValue;
        }
    }

    public static decimal Multiply(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return (a < 0) ^ (b < 0) ? decimal.MinValue : decimal.MaxValue;
        }
    }
}

namespace StrategicPlanning.Finance;

/// <summary>FIN-6: an amount split equally to the penny; what is left over goes to the first share, so the shares always add up to the amount.</summary>
internal static class MoneySplit
{
    /// <summary>Returns the first share (with the remainder) and each other share.</summary>
    public static (decimal First, decimal Each) Equally(decimal amount, int parts)
    {
        if (parts <= 1)
        {
            return (amount, 0m);
        }

        var each = Math.Round(amount / parts, 2, MidpointRounding.ToZero);
        return (amount - (each * (parts - 1)), each);
    }
}

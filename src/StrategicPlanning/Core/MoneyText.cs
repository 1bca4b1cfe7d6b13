using System.Globalization;

namespace StrategicPlanning.Core;

/// <summary>
/// Money as councils write it: "£1,200,000" for whole pounds, "£33,333.34" with pence, never rounded (FIN-7): an
/// amount with more than two decimal places shows all of them.
/// </summary>
public static class MoneyText
{
    /// <summary>Formats an amount in a currency.</summary>
    /// <param name="amount">The exact amount.</param>
    /// <param name="currency">The ISO 4217 code; GBP, EUR and USD get their symbols, others their code.</param>
    /// <returns>e.g. "£1,200,000", "-£0.01", "CHF 12.50".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static string Format(decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        var magnitude = Math.Abs(amount) / 1.0000000000000000000000000000m;
        var digits = magnitude.Scale switch
        {
            0 => magnitude.ToString("#,##0", CultureInfo.InvariantCulture),
            <= 2 => magnitude.ToString("#,##0.00", CultureInfo.InvariantCulture),
            _ => magnitude.ToString("#,##0.00" + new string('#', magnitude.Scale - 2), CultureInfo.InvariantCulture),
        };
        var symbol = currency switch
        {
            "GBP" => "£",
            "EUR" => "€",
            "USD" => "$",
            _ => currency + " ",
        };
        return (amount < 0 ? "-" : string.Empty) + symbol + digits;
    }
}

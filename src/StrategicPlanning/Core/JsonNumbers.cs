using System.Globalization;
using System.Numerics;

namespace StrategicPlanning.Core;

/// <summary>
/// Compares JSON numbers by their exact value, from their text, whatever their size: "1.50" equals "1.5e0", and
/// "1e99999999999" (which no .NET number holds) equals "10e99999999998". Never throws for a valid JSON number.
/// </summary>
internal static class JsonNumbers
{
    /// <summary>Whether two JSON number texts have the same value.</summary>
    public static bool Equal(string a, string b) => Canonical(a) == Canonical(b);

    /// <summary>The number as sign, significant digits (no leading or trailing zeros) and the power of ten of the last digit.</summary>
    private static (bool Negative, string Digits, BigInteger Exponent) Canonical(string text)
    {
        var negative = text.StartsWith('-');
        var body = negative ? text[1..] : text;
        var e = body.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? body : body[..e];
        var exponent = e < 0 ? BigInteger.Zero : BigInteger.Parse(body[(e + 1)..].TrimStart('+'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var digits = dot < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, dot), mantissa.AsSpan(dot + 1));
        if (dot >= 0)
        {
            exponent -= mantissa.Length - dot - 1;
        }

        var trimmed = digits.TrimStart('0');
        if (trimmed.Length == 0)
        {
            return (false, "0", BigInteger.Zero); // zero has no sign and no exponent: -0 and 0.0e5 are 0
        }

        var significant = trimmed.TrimEnd('0');
        exponent += trimmed.Length - significant.Length;
        return (negative, significant, exponent);
    }
}

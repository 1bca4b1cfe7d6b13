using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace StrategicPlanning.Json;

/// <summary>
/// Reads a JSON number as a decimal only when the decimal holds it exactly. <see cref="Utf8JsonReader.TryGetDecimal"/>
/// quietly rounds digits beyond decimal's reach (<c>1e-30</c> becomes 0); money and targets must never be rounded on read (FIN-7).
/// </summary>
internal static class ExactDecimal
{
    /// <summary>Significant digits a decimal always holds exactly (it holds 28 or 29).</summary>
    private const int SafeDigits = 28;

    public static bool TryRead(ref Utf8JsonReader reader, out decimal value)
    {
        if (!reader.TryGetDecimal(out value))
        {
            return false;
        }

        var text = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        return IsPlainAndShort(text) || Matches(text, value);
    }

    /// <summary>The common case, checked without allocating: no exponent and at most 28 digits in all.</summary>
    private static bool IsPlainAndShort(ReadOnlySpan<byte> text)
    {
        var digits = 0;
        foreach (var b in text)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (b is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
            }
        }

        return digits <= SafeDigits;
    }

    /// <summary>Compares the number's digits and power of ten with the decimal's, both without leading or trailing zeros.</summary>
    private static bool Matches(ReadOnlySpan<byte> text, decimal value)
    {
        var (sourceDigits, sourceExponent) = Normalise(text);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        var (valueDigits, valueExponent) = Normalise(mantissa.ToString(CultureInfo.InvariantCulture), -scale);
        return sourceDigits.Length == 0
            ? valueDigits.Length == 0
            : sourceExponent is { } exponent && sourceDigits == valueDigits && exponent == valueExponent;
    }

    /// <summary>The digits and power of ten of a JSON number; the exponent is null when it is too large to hold.</summary>
    private static (string Digits, long? Exponent) Normalise(ReadOnlySpan<byte> text)
    {
        var digits = new StringBuilder(text.Length);
        long exponent = 0;
        var fraction = false;
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (b is (byte)'e' or (byte)'E')
            {
                if (!long.TryParse(text[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var power) || Math.Abs(power) > 1_000_000)
                {
                    var (zeros, _) = Normalise(digits.ToString(), 0);
                    return (zeros, null);
                }

                exponent += power;
                break;
            }

            if (b == (byte)'.')
            {
                fraction = true;
            }
            else if (b is >= (byte)'0' and <= (byte)'9')
            {
                digits.Append((char)b);
                exponent -= fraction ? 1 : 0;
            }
        }

        var (normalised, shift) = Normalise(digits.ToString(), exponent);
        return (normalised, shift);
    }

    private static (string Digits, long Exponent) Normalise(string digits, long exponent)
    {
        var trimmed = digits.TrimStart('0');
        var end = trimmed.TrimEnd('0');
        return (end, exponent + (trimmed.Length - end.Length));
    }
}

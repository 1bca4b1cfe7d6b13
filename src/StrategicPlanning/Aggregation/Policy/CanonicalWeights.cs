using System.Numerics;
using StrategicPlanning.Core;

namespace StrategicPlanning.Aggregation;

/// <summary>
/// Puts children into a canonical form before they are combined, so that a score is exactly the same whatever
/// the order of the document's lists and however its weights are scaled (AGG-3): children are sorted by score
/// and weight, and weights are divided by their greatest common divisor (1, 3 and 2, 6 both become 1, 3).
/// Decimal division rounds at 28 digits, so without this the last digit could depend on order or scale.
/// </summary>
internal static class CanonicalWeights
{
    /// <summary>The largest weight a document may hold (SP1010); reduced weights above it could overflow a product.</summary>
    private static readonly BigInteger MaxWeight = new(ExactNumbers.MaxMagnitude);

    /// <summary>Writes the canonical form of <paramref name="children"/> into <paramref name="into"/>, which must be as long.</summary>
    public static void Apply(ReadOnlySpan<WeightedScore> children, Span<WeightedScore> into)
    {
        children.CopyTo(into);
        Reduce(into);
        into.Sort(static (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : a.Weight.CompareTo(b.Weight));
    }

    private static void Reduce(Span<WeightedScore> children)
    {
        if (AllPositiveWeightsEqual(children, out var common))
        {
            for (var i = 0; i < children.Length; i++)
            {
                children[i] = children[i] with { Weight = children[i].Weight == 0 ? 0 : 1 };
            }

            return;
        }

        // General case: bring every weight to one scale as a whole number, then divide by their GCD.
        var scale = 0;
        foreach (var child in children)
        {
            scale = Math.Max(scale, Normalised(child.Weight).Scale);
        }

        var whole = new BigInteger[children.Length];
        var gcd = BigInteger.Zero;
        for (var i = 0; i < children.Length; i++)
        {
            whole[i] = Whole(children[i].Weight, scale);
            gcd = BigInteger.GreatestCommonDivisor(gcd, whole[i]);
        }

        if (gcd.IsZero || common < 0)
        {
            return; // all weights zero, or a negative weight (a validation error): leave them as they are
        }

        var reduced = new decimal[children.Length];
        for (var i = 0; i < children.Length; i++)
        {
            var value = whole[i] / gcd;
            if (value > MaxWeight)
            {
                return; // weights of very different scales: keep them as written, which no product can overflow
            }

            reduced[i] = (decimal)value;
        }

        for (var i = 0; i < children.Length; i++)
        {
            children[i] = children[i] with { Weight = reduced[i] };
        }
    }

    private static bool AllPositiveWeightsEqual(ReadOnlySpan<WeightedScore> children, out decimal common)
    {
        common = 0;
        foreach (var child in children)
        {
            if (child.Weight < 0)
            {
                common = -1;
                return false;
            }

            if (child.Weight == 0)
            {
                continue;
            }

            if (common == 0)
            {
                common = child.Weight;
            }
            else if (child.Weight != common)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same value with no trailing zeros after the decimal point (1.50 → 1.5).</summary>
    private static decimal Normalised(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>The value × 10^<paramref name="scale"/> as a whole number, exactly.</summary>
    private static BigInteger Whole(decimal value, int scale)
    {
        var n = Normalised(value);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(n, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        return mantissa * BigInteger.Pow(10, scale - n.Scale);
    }
}

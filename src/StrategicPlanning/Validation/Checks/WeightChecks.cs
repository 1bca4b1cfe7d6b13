using System.Globalization;
namespace StrategicPlanning.Validation;

/// <summary>VAL-3: weights are never negative, and at least one among siblings is positive.</summary>
internal static class WeightChecks
{
    /// <summary>Reports SP1301 at the current value's weight when it is negative.</summary>
    public static void CheckWeight(ValidationContext context, decimal weight, string what)
    {
        if (!context.CheckMagnitude(weight, "weight"))
        {
            return;
        }

        if (weight < 0)
        {
            context.ReportAt("weight", ValidationCodes.NegativeWeight,
                string.Create(CultureInfo.InvariantCulture, $"The {what}'s weight is {weight}; a weight must be 0 or more (VAL-3). Use 0 to leave it out of its parent's score."));
        }
    }

    /// <summary>Reports SP1302 at the current path when there are siblings and none has a positive weight; the words are formatted only then.</summary>
    public static void CheckSiblings(ValidationContext context, int count, bool anyPositive, string siblingKind, string parentKind, string parentId)
    {
        if (count > 0 && !anyPositive)
        {
            CheckSiblings(context, count, anyPositive, $"{siblingKind} of {parentKind} '{parentId}'");
        }
    }

    /// <summary>Reports SP1302 at the current path when there are siblings and none has a positive weight.</summary>
    public static void CheckSiblings(ValidationContext context, int count, bool anyPositive, string siblings)
    {
        if (count > 0 && !anyPositive)
        {
            // One sibling: "the only one … has no positive weight", not "… has a positive weight", which says the opposite.
            var which = count == 1
                ? $"The only one of the {siblings} has no positive weight"
                : string.Create(CultureInfo.InvariantCulture, $"None of the {count} {siblings} has a positive weight");
            context.Report(ValidationCodes.NoPositiveWeight,
                $"{which}; at least one must be positive so that a score can be computed (VAL-3, AGG-3).");
        }
    }

    public static bool AnyPositive<T>(IReadOnlyList<T> items, Func<T, decimal> weight)
    {
        foreach (var item in items)
        {
            if (weight(item) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
